import type { components } from '../../lib/api/schema';

export type AuditEntry = components['schemas']['AuditEntry'];
export type AuditPage = components['schemas']['AuditPage'];
export type AuditAction = AuditEntry['action'];

/** Whose log: the whole platform's (platform admins) or one workspace's (its owners). */
export type AuditScope = { kind: 'platform' } | { kind: 'workspace'; slug: string };

/** The filters as the API takes them (GET …/audit): ids, a comma list of actions, ISO times. */
export interface AuditFilters {
  actor?: string;
  action?: AuditAction;
  target?: string;
  from?: string;
  to?: string;
}
