/**
 * Everything the audit log records. Each name says what happened; the target says to what (an
 * account, a key, an invitation, a workspace, the log itself).
 */
export const AUDIT_ACTIONS = [
  // sign-in and sessions
  'signed_in',
  'sign_in_failed',
  'sign_in_locked_out',
  'signed_out',
  'refresh_token_reused',
  'sessions_revoked',
  // the account
  'password_changed',
  'password_reset',
  'email_changed',
  'user_role_changed',
  'two_factor_enabled',
  'two_factor_disabled',
  'two_factor_reset',
  'user_deactivated',
  'user_reactivated',
  'api_key_created',
  'api_key_revoked',
  // workspaces
  'workspace_created',
  'workspace_renamed',
  'workspace_deleted',
  'invitation_created',
  'invitation_revoked',
  'invitation_accepted',
  'member_role_changed',
  'member_removed',
  'member_left',
  'ownership_transferred',
  // webhooks
  'webhook_created',
  'webhook_updated',
  'webhook_secret_rotated',
  'webhook_deleted',
  'webhook_disabled',
  // exports
  'audit_exported',
  'products_exported',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** What an entry is about. `audit_log`: the log itself (a platform-wide export). */
export const AUDIT_TARGET_TYPES = ['user', 'api_key', 'invitation', 'workspace', 'webhook', 'audit_log'] as const;
export type AuditTargetType = (typeof AUDIT_TARGET_TYPES)[number];
