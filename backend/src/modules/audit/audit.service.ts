import { inDbContext } from '../../lib/db-context.js';
import type { Prisma as Db } from '../../lib/db.js';
import { badRequest } from '../../lib/errors.js';
import type { Principal } from '../../lib/http/authenticate.js';
import { decodeAuditCursor, encodeAuditCursor, type AuditCursor } from './cursor.js';
import type { AuditDeps } from './deps.js';
import { parseTarget, type AuditQuery } from './audit.schemas.js';
import { toAuditEntry, type ActorNames, type AuditEntry, type AuditRow } from './audit-view.js';

/** Whose entries: every one (platform admins), or one workspace's (its owners). */
export type AuditScope = { workspaceId: string | null };

export interface AuditPage {
  data: AuditEntry[];
  nextCursor: string | null;
}

type Filters = Omit<AuditQuery, 'limit' | 'cursor' | 'format'>;

const invalidTimeRange = () =>
  badRequest('invalid_time_range', '"from" must not be after "to"', [
    { in: 'query', field: 'from', message: '"from" must be at or before "to"', code: 'date.range' },
  ]);

/** The filters as a Prisma where (scope first; keyset position last). */
function whereOf(scope: AuditScope, filters: Filters, after: AuditCursor | null) {
  if (filters.from && filters.to && filters.from > filters.to) throw invalidTimeRange();
  const target = filters.target ? parseTarget(filters.target) : null;
  return {
    AND: [
      scope.workspaceId ? { workspaceId: scope.workspaceId } : {},
      filters.actor ? { OR: [{ actorUserId: filters.actor }, { actorApiKeyId: filters.actor }] } : {},
      filters.action ? { action: { in: filters.action } } : {},
      target ? { targetId: target.id, ...(target.type ? { targetType: target.type } : {}) } : {},
      filters.from || filters.to ? { at: { ...(filters.from ? { gte: filters.from } : {}), ...(filters.to ? { lte: filters.to } : {}) } } : {},
      after ? { OR: [{ at: { lt: after.at } }, { at: after.at, id: { lt: after.id } }] } : {},
    ],
  };
}

// Row-level security shows the log to platform admins and to a workspace's owners only
// (migration 20261205090100_audit_log): the reads carry who asks.
const readerContext = (principal: Principal) => ({ userId: principal.userId, platformAdmin: principal.role === 'ADMIN' });

async function readRows(deps: AuditDeps, principal: Principal, scope: AuditScope, filters: Filters, after: AuditCursor | null, take: number): Promise<AuditRow[]> {
  return inDbContext(deps.prisma, readerContext(principal), (tx) =>
    tx.auditEvent.findMany({ where: whereOf(scope, filters, after), orderBy: [{ at: 'desc' }, { id: 'desc' }], take }),
  );
}

/** The names of who acted in these rows, in two queries whatever their number. */
async function actorNames(prisma: Db, rows: AuditRow[]): Promise<ActorNames> {
  const userIds = [...new Set(rows.flatMap((r) => (r.actorUserId ? [r.actorUserId] : [])))];
  const keyIds = [...new Set(rows.flatMap((r) => (r.actorApiKeyId ? [r.actorApiKeyId] : [])))];
  const [users, keys] = await Promise.all([
    userIds.length ? prisma.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true, email: true } }) : [],
    keyIds.length ? prisma.apiKey.findMany({ where: { id: { in: keyIds } }, select: { id: true, name: true } }) : [],
  ]);
  return { users: new Map(users.map((u) => [u.id, u.name || u.email])), apiKeys: new Map(keys.map((k) => [k.id, k.name])) };
}

/** One page, newest first; `nextCursor` continues with older entries. */
export async function listAudit(deps: AuditDeps, principal: Principal, scope: AuditScope, query: AuditQuery): Promise<AuditPage> {
  const after = query.cursor ? decodeAuditCursor(query.cursor) : null;
  const rows = await readRows(deps, principal, scope, query, after, query.limit + 1);
  const page = rows.slice(0, query.limit);
  const names = await actorNames(deps.prisma, page);
  const last = page.at(-1);
  return { data: page.map((r) => toAuditEntry(r, names)), nextCursor: rows.length > query.limit && last ? encodeAuditCursor(last) : null };
}

const EXPORT_BATCH = 500;

/**
 * Every matching entry, newest first, a batch at a time (keyset, so the cost of a batch does not
 * grow with the depth). Checks the filters before the first batch, so a bad one is still a 400.
 */
export async function* exportAudit(deps: AuditDeps, principal: Principal, scope: AuditScope, filters: Filters): AsyncGenerator<AuditEntry[]> {
  let after: AuditCursor | null = null;
  for (;;) {
    const rows = await readRows(deps, principal, scope, filters, after, EXPORT_BATCH);
    if (rows.length === 0) return;
    const names = await actorNames(deps.prisma, rows);
    yield rows.map((r) => toAuditEntry(r, names));
    if (rows.length < EXPORT_BATCH) return;
    after = rows.at(-1)!;
  }
}

/** Throws the filters' 400 (a reversed time range) before anything is sent. */
export function checkFilters(filters: Filters): void {
  whereOf({ workspaceId: null }, filters, null);
}
