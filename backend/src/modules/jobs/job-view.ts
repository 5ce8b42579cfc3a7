import { badRequest } from '../../lib/errors.js';

// What a "Job" row (migration 20261206090000_jobs) looks like to clients.

export const JOB_STATES = ['queued', 'running', 'succeeded', 'failed', 'cancelled'] as const;
export type JobState = (typeof JOB_STATES)[number];
export const ROW_OUTCOMES = ['applied', 'unchanged', 'failed', 'conflict', 'refused'] as const;
export type RowOutcome = (typeof ROW_OUTCOMES)[number];
/** The outcomes that count as `failed` on the job and are listed in its `errors`. */
export const ERROR_OUTCOMES: readonly RowOutcome[] = ['failed', 'conflict', 'refused'];
export const FINISHED_STATES: readonly JobState[] = ['succeeded', 'failed', 'cancelled'];
/** How many of a job's row errors its view lists (the rest: GET …/rows?outcome=). */
export const ERRORS_SHOWN = 20;

/** A job row as the services read it, with its workspace's slug and its owner's name. */
export interface JobRecord {
  id: string;
  kind: string;
  state: JobState;
  ownerId: string | null;
  workspaceId: string;
  input: unknown;
  total: number | null;
  done: number;
  failed: number;
  result: unknown;
  error: string | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  cancelRequestedAt: Date | null;
}

export interface JobRowError {
  row: number;
  productId: string | null;
  outcome: RowOutcome;
  code: string | null;
  reason: string | null;
}

export interface JobView {
  id: string;
  kind: string;
  state: JobState;
  workspace: { id: string; slug: string };
  owner: { id: string; name: string } | null;
  total: number | null;
  done: number;
  failed: number;
  /** done of total, 0 to 100 (floored: 100 only when every row is done); null while the total is unknown. */
  percent: number | null;
  /** The time left at the rate so far; null until there is a rate (or a total), 0 once finished. */
  etaSeconds: number | null;
  /** The first ERRORS_SHOWN rows that failed, conflicted or were refused, in input order. */
  errors: JobRowError[];
  /** Why the job itself failed (or the last attempt did, while it is retried). */
  error: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  cancelRequestedAt: string | null;
  result: unknown;
  links: Record<string, string>;
}

export interface JobViewParts {
  job: JobRecord;
  workspace: { id: string; slug: string };
  owner: { id: string; name: string } | null;
  errors: JobRowError[];
  /** The kind's own links (an import's failed rows, a bulk edit's undo), given the job. */
  links: Record<string, string>;
  now: Date;
}

export const jobPath = (id: string) => `/api/v1/jobs/${id}`;

export function toJobView({ job, workspace, owner, errors, links, now }: JobViewParts): JobView {
  return {
    id: job.id,
    kind: job.kind,
    state: job.state,
    workspace,
    owner,
    total: job.total,
    done: job.done,
    failed: job.failed,
    ...jobProgress(job, now),
    errors,
    error: job.error,
    createdAt: job.createdAt.toISOString(),
    startedAt: job.startedAt?.toISOString() ?? null,
    finishedAt: job.finishedAt?.toISOString() ?? null,
    cancelRequestedAt: job.cancelRequestedAt?.toISOString() ?? null,
    result: job.result ?? null,
    links: { rows: `${jobPath(job.id)}/rows`, ...links },
  };
}

/** The view's percent and etaSeconds (also what a job's events add to the trigger's fields, modules/events/outbox.ts). */
export function jobProgress(job: Pick<JobRecord, 'state' | 'total' | 'done' | 'startedAt'>, now: Date): Pick<JobView, 'percent' | 'etaSeconds'> {
  const finished = FINISHED_STATES.includes(job.state);
  return {
    percent: job.total === null ? null : job.total === 0 ? (finished ? 100 : 0) : Math.min(100, Math.floor((job.done / job.total) * 100)),
    etaSeconds: finished ? 0 : etaSeconds(job, now),
  };
}

/** From the rate so far: rows done since the start over the time since. */
export function etaSeconds(job: Pick<JobRecord, 'state' | 'total' | 'done' | 'startedAt'>, now: Date): number | null {
  if (job.state !== 'running' || job.total === null || job.startedAt === null || job.done === 0) return null;
  const elapsed = (now.getTime() - job.startedAt.getTime()) / 1000;
  if (elapsed <= 0) return null;
  return Math.max(0, Math.ceil((job.total - job.done) / (job.done / elapsed)));
}

/** A position in a list of jobs, newest first: the last job of the previous page. */
export interface JobCursor {
  createdAt: Date;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const invalidCursor = () =>
  badRequest('invalid_cursor', 'The cursor is not valid; start again from the first page', [
    { in: 'query', field: 'cursor', message: '"cursor" is not a cursor returned by this API', code: 'cursor.invalid' },
  ]);

// Opaque to clients (base64url JSON), so the ordering can change without breaking their code.
export const encodeJobCursor = (cursor: JobCursor) => Buffer.from(JSON.stringify([cursor.createdAt.toISOString(), cursor.id])).toString('base64url');

export function decodeJobCursor(raw: string): JobCursor {
  try {
    const value: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && UUID.test(String(value[1]))) {
      const createdAt = new Date(value[0]);
      if (!Number.isNaN(createdAt.getTime())) return { createdAt, id: String(value[1]) };
    }
  } catch {
    // falls through to the 400 below
  }
  throw invalidCursor();
}

/** A job's rows are paged on their position: the cursor is the last row of the previous page. */
export const encodeRowCursor = (row: number) => Buffer.from(JSON.stringify(['row', row])).toString('base64url');

export function decodeRowCursor(raw: string): number {
  try {
    const value: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && value[0] === 'row' && Number.isInteger(value[1]) && (value[1] as number) >= 0) return value[1] as number;
  } catch {
    // falls through to the 400 below
  }
  throw invalidCursor();
}
