import type { Role } from '../../lib/http/authenticate.js';

/**
 * The only user fields that ever leave the API. Every query that feeds a response selects exactly
 * these, so a password hash cannot slip into a body by a forgotten `omit`.
 */
export const publicUserSelect = { id: true, email: true, name: true, role: true, createdAt: true } as const;

export interface PublicUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  createdAt: Date;
}
