import { jobProgress, type JobView } from '../jobs/index.js';
import { toProductView, type ProductRow } from '../products/index.js';

// The outbox's rows (migration 20261207090000_outbox) and the events its consumers are handed.

/** The changes of the catalogue and its workspaces: what webhooks and the broker may be offered. */
export const WEBHOOK_EVENT_TYPES = [
  'product.created', 'product.updated', 'product.trashed', 'product.restored', 'product.deleted',
  'workspace.created', 'workspace.updated', 'workspace.deleted',
  'membership.created', 'membership.updated', 'membership.deleted',
] as const;
/**
 * A job's progress (migration 20261208090100_job_events): for the SSE stream's progress bars, seen
 * only by whom the jobs API shows the job (audience.ts); never offered to webhooks.
 */
export const JOB_EVENT_TYPES = ['job.created', 'job.updated'] as const;
export const EVENT_TYPES = [...WEBHOOK_EVENT_TYPES, ...JOB_EVENT_TYPES] as const;
type EventType = (typeof EVENT_TYPES)[number];

/** One change as consumers receive it: the SSE stream's `data`, a webhook's body, a broker message. */
export interface DomainEvent {
  /** Stable across redeliveries: a consumer that sees it twice knows it is the same change. */
  id: string;
  /** The order of the outbox: every consumer is handed events in ascending seq. */
  seq: number;
  type: EventType;
  workspaceId: string;
  /** The product, the workspace, or the member of a membership. */
  subjectId: string;
  /** The product's version the change produced (a deletion: the last one); null for the others. */
  version: number | null;
  occurredAt: string;
  /**
   * product.*: the product as the API shows it; workspace.*: the workspace; membership.*: the
   * membership; job.*: the job's fields as the jobs API shows them (its ownerId rather than its
   * owner, no errors or links), with the percent and etaSeconds at the time of the change.
   */
  payload: Record<string, unknown>;
}

/** A row as the queries below select it. */
export interface EventRow {
  seq: string;
  id: string;
  type: string;
  workspaceId: string;
  subjectId: string;
  version: number | null;
  occurredAt: Date;
  payload: Record<string, unknown>;
}

/** The select list of every outbox read (the table aliased `e`). */
export const EVENT_COLUMNS = `e."seq"::text AS "seq", e."id"::text AS "id", e."type", e."workspaceId"::text AS "workspaceId",
  e."subjectId"::text AS "subjectId", e."version", e."occurredAt", e."payload"`;

/** Events after `after` up to `upTo`, in order, at most `limit`. */
export const READ_RANGE = `SELECT ${EVENT_COLUMNS} FROM "OutboxEvent" e WHERE e."seq" > $1::bigint AND e."seq" <= $2::bigint ORDER BY e."seq" LIMIT $3::int`;

type ProductPayload = Omit<ProductRow, 'createdAt' | 'updatedAt'> & { createdAt: string; updatedAt: string };

/**
 * The row's payload as the API would show it: a product's row (as the trigger stored it) becomes
 * the products module's view, so every consumer sees what GET /products/:id answers.
 */
export function toDomainEvent(row: EventRow): DomainEvent {
  const payload = row.type.startsWith('product.')
    ? presentProduct(row.payload as unknown as ProductPayload)
    : row.type.startsWith('job.')
      ? presentJob(row.payload as unknown as JobPayload, row.occurredAt)
      : row.payload;
  return {
    id: row.id,
    seq: Number(row.seq),
    type: row.type as EventType,
    workspaceId: row.workspaceId,
    subjectId: row.subjectId,
    version: row.version,
    occurredAt: row.occurredAt.toISOString(),
    payload,
  };
}

function presentProduct(row: ProductPayload): Record<string, unknown> {
  return { ...toProductView({ ...row, createdAt: new Date(row.createdAt), updatedAt: new Date(row.updatedAt) }) };
}

type JobPayload = Pick<JobView, 'state' | 'total' | 'done'> & { startedAt: string | null };

function presentJob(row: JobPayload, at: Date): Record<string, unknown> {
  return { ...row, ...jobProgress({ ...row, startedAt: row.startedAt === null ? null : new Date(row.startedAt) }, at) };
}
