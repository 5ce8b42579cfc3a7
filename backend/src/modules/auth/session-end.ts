// Every reason a session is revoked for (Session.revokedReason), once: the OpenAPI Problem's
// `reason` (lib/openapi/components.ts) is tested against this list.
const REASONS = {
  logout: true,
  logout_all: true,
  password_changed: true,
  password_reset: true,
  account_deactivated: true,
  refresh_token_reuse: true,
} as const;

export type RevokeReason = keyof typeof REASONS;

export const SESSION_END_REASONS = Object.keys(REASONS) as RevokeReason[];

/** A stored Session.revokedReason as one the API may tell, or null (none, or not one it knows). */
export function revokeReasonOf(stored: string | null | undefined): RevokeReason | null {
  return stored && Object.hasOwn(REASONS, stored) ? (stored as RevokeReason) : null;
}

/**
 * The problem extension that says why a session ended (`reason`), for AppError options. Only ever
 * given for a credential of that very session (a refresh token found by its hash, an access token
 * with our signature): its holder already had the session, a stranger's guess learns nothing.
 */
export function endReasonExtension(reason: RevokeReason | null): { extensions?: { reason: RevokeReason } } {
  return reason ? { extensions: { reason } } : {};
}
