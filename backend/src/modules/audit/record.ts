import type { Prisma as Db } from '../../lib/db.js';
import type { Principal } from '../../lib/http/authenticate.js';
import { currentRequest } from '../../lib/request-context.js';
import type { AuditAction, AuditTargetType } from './actions.js';

/** Who acted: a user (with the API key they used, if any); `userId` null is the system. */
export interface AuditActor {
  userId: string | null;
  apiKeyId?: string | null;
}

export const SYSTEM: AuditActor = { userId: null };

/** The caller of a request, as the log names them. */
export function actorOf(principal: Principal): AuditActor {
  return { userId: principal.userId, apiKeyId: principal.credential.kind === 'api_key' ? principal.credential.keyId : null };
}

/** What `detail` may hold: JSON. */
type AuditDetailValue = string | number | boolean | null | AuditDetailValue[] | { [key: string]: AuditDetailValue };

export interface AuditEntryInput {
  action: AuditAction;
  actor: AuditActor;
  target: { type: AuditTargetType; id: string | null };
  /** The workspace it happened in: its owners may read the entry. */
  workspaceId?: string | null;
  detail?: { [key: string]: AuditDetailValue };
}

// A Prisma client or the `tx` of an interactive transaction: pass the transaction of the change the
// entry describes, so that the two commit (or roll back) together.
type Writer = Pick<Db, 'auditEvent'>;

/**
 * Records one entry. The IP, user agent and request id are the request's being served
 * (lib/request-context.ts), so no caller passes them and none forgets them; a job has none.
 */
export async function recordAudit(db: Writer, entry: AuditEntryInput): Promise<void> {
  const request = currentRequest();
  // createMany: an INSERT without RETURNING, which row-level security would otherwise have to let
  // the writer read back (migration 20261205090100_audit_log).
  await db.auditEvent.createMany({
    data: [{
      action: entry.action,
      actorUserId: entry.actor.userId,
      actorApiKeyId: entry.actor.apiKeyId ?? null,
      targetType: entry.target.type,
      targetId: entry.target.id,
      workspaceId: entry.workspaceId ?? null,
      ip: request?.ip?.slice(0, 64) ?? null,
      userAgent: request?.userAgent?.slice(0, 256) ?? null,
      requestId: request?.requestId ?? null,
      detail: entry.detail ?? {},
    }],
  });
}

/**
 * Records an export (the audit log's CSV here; the product exports of issue 18 call it too): who,
 * what, of which workspace, with which filters.
 */
export async function recordExport(
  db: Writer,
  principal: Principal,
  exported: { what: 'audit' | 'products'; workspaceId: string | null; filters: Record<string, string | string[] | Date | undefined> },
): Promise<void> {
  await recordAudit(db, {
    action: exported.what === 'audit' ? 'audit_exported' : 'products_exported',
    actor: actorOf(principal),
    // Of a workspace, or of everything (the platform's whole log; the public catalogue).
    target: exported.workspaceId || exported.what === 'products' ? { type: 'workspace', id: exported.workspaceId } : { type: 'audit_log', id: null },
    workspaceId: exported.workspaceId,
    detail: { filters: jsonFilters(exported.filters) },
  });
}

// The filters given, times as ISO text; those left out are left out.
function jsonFilters(filters: Record<string, string | string[] | Date | undefined>): { [key: string]: AuditDetailValue } {
  return Object.fromEntries(
    Object.entries(filters).flatMap(([name, value]) => (value === undefined ? [] : [[name, value instanceof Date ? value.toISOString() : value]])),
  );
}
