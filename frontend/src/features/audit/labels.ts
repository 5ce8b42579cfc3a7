import type { AuditAction, AuditEntry } from './types';

/** Every action the API records, in the order the filter offers them, with what it reads as. */
export const ACTION_LABELS: Record<AuditAction, string> = {
  signed_in: 'Signed in',
  sign_in_failed: 'Sign-in failed',
  sign_in_locked_out: 'Locked out',
  signed_out: 'Signed out',
  refresh_token_reused: 'Refresh token reused',
  sessions_revoked: 'Sessions ended',
  password_changed: 'Password changed',
  password_reset: 'Password reset',
  email_changed: 'Email changed',
  user_role_changed: 'Role changed',
  two_factor_enabled: 'Two-factor on',
  two_factor_disabled: 'Two-factor off',
  two_factor_reset: 'Two-factor reset',
  user_deactivated: 'User deactivated',
  user_reactivated: 'User reactivated',
  api_key_created: 'API key created',
  api_key_revoked: 'API key revoked',
  workspace_created: 'Workspace created',
  workspace_renamed: 'Workspace renamed',
  workspace_deleted: 'Workspace deleted',
  invitation_created: 'Invitation sent',
  invitation_revoked: 'Invitation revoked',
  invitation_accepted: 'Invitation accepted',
  member_role_changed: 'Member role changed',
  member_removed: 'Member removed',
  member_left: 'Member left',
  ownership_transferred: 'Ownership transferred',
  webhook_created: 'Webhook created',
  webhook_updated: 'Webhook changed',
  webhook_secret_rotated: 'Webhook secret rotated',
  webhook_deleted: 'Webhook deleted',
  webhook_disabled: 'Webhook disabled (failing)',
  audit_exported: 'Audit log exported',
  products_exported: 'Products exported',
};

/** The actions a workspace's own log can hold (the rest are about accounts, platform-wide). */
export const WORKSPACE_ACTIONS: readonly AuditAction[] = [
  'workspace_created', 'workspace_renamed', 'workspace_deleted',
  'invitation_created', 'invitation_revoked', 'invitation_accepted',
  'member_role_changed', 'member_removed', 'member_left', 'ownership_transferred',
  'webhook_created', 'webhook_updated', 'webhook_secret_rotated', 'webhook_deleted', 'webhook_disabled',
  'audit_exported', 'products_exported',
];

const TARGET_LABELS: Record<AuditEntry['target']['type'], string> = {
  user: 'User',
  api_key: 'API key',
  invitation: 'Invitation',
  workspace: 'Workspace',
  webhook: 'Webhook',
  audit_log: 'Audit log',
};

/** Who acted: a person by name, "API key <name>", or System. */
export function actorLabel(actor: AuditEntry['actor']): string {
  if (actor.type === 'system') return 'System';
  if (actor.type === 'apiKey') return `API key ${actor.name ?? '(deleted)'}`;
  return actor.name ?? '(deleted user)';
}

export function targetLabel(target: AuditEntry['target']): string {
  return target.id ? `${TARGET_LABELS[target.type]} ${target.id.slice(0, 8)}` : TARGET_LABELS[target.type];
}

// PostgreSQL's jsonb keeps keys by length, not as written: "from" reads before "to", the rest by name.
const FIRST = ['from', 'to'];
const rank = (key: string) => (FIRST.includes(key) ? FIRST.indexOf(key) : FIRST.length);

/** The detail as short "key: value" pairs (a role change's from and to, a failure's reason). */
export function detailLabel(detail: AuditEntry['detail']): string {
  return Object.entries(detail)
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(', ');
}
