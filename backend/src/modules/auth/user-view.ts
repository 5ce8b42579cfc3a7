import type { Role } from '../../lib/http/authenticate.js';

/**
 * The only user fields that ever leave the API. Every query that feeds a response selects exactly
 * these and passes the row through toPublicUser, so a password hash cannot slip into a body by a
 * forgotten `omit`, and a stored detail (when two-factor was enabled) leaves only as a yes or no.
 */
export const publicUserSelect = { id: true, email: true, name: true, role: true, createdAt: true, totpEnabledAt: true, deactivatedAt: true, emailVerifiedAt: true } as const;

export interface PublicUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  createdAt: Date;
  /** Set while an admin has deactivated the account. */
  deactivatedAt: Date | null;
  twoFactorEnabled: boolean;
  /** Whether the owner has followed the link mailed to `email`. */
  emailVerified: boolean;
}

/** A row as publicUserSelect (or the list's query, users.query.ts) reads it. */
export interface PublicUserRow extends Omit<PublicUser, 'twoFactorEnabled' | 'emailVerified'> {
  totpEnabledAt: Date | null;
  emailVerifiedAt: Date | null;
}

export function toPublicUser({ totpEnabledAt, emailVerifiedAt, ...row }: PublicUserRow): PublicUser {
  return { ...row, twoFactorEnabled: totpEnabledAt !== null, emailVerified: emailVerifiedAt !== null };
}
