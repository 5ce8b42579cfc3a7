import { applyDbContext, inDbContext, type DbContext, type Transaction } from '../../lib/db-context.js';
import { AppError } from '../../lib/errors.js';
import type { QueueDefinition } from '../../lib/jobs.js';
import { Prisma as Sql } from '../../generated/prisma/client.js';
import type { JobsDeps } from './deps.js';
import { ERROR_OUTCOMES, ROW_OUTCOMES, type JobRecord, type JobState, type RowOutcome } from './job-view.js';
import { JobFailure, type JobContext, type JobRowInput } from './kinds.js';

// How a job runs: the pg-boss queue jobs.run carries {jobId, workspaceId}; each attempt continues
// after the last committed chunk (JobRow), so a job whose process died, retried by pg-boss, picks up
// where it stopped and never applies a row twice.

export const RUN_QUEUE = 'jobs.run';
const DEAD_QUEUE = 'jobs.dead';

export interface RunData {
  jobId: string;
  /** Where the job is: what the runner's transactions name to read and write it (row-level security). */
  workspaceId: string;
}

// A worker that stops sending heartbeats (its process died) loses the job after this many seconds,
// and the supervisor (lib/jobs.ts, every 10 s) hands it to another instance: pg-boss's minimum.
const HEARTBEAT_SECONDS = 10;
// A backstop for a handler that is alive but stuck; an import of a 100 MB file takes minutes.
const ATTEMPT_MAX_SECONDS = 4 * 3600;
// Jobs at once per instance: each holds a database connection in its chunks, and two cores do the work.
const CONCURRENCY = 2;
// Generous: a chunk of an import writes a thousand products in one transaction.
const CHUNK_TRANSACTION = { timeout: 120_000, maxWait: 10_000 };

/** The queues: jobs.run, and jobs.dead, where a job that no attempt could finish is marked failed. */
export function jobQueues(deps: JobsDeps): QueueDefinition<RunData>[] {
  return [
    // Before jobs.run, which names it as its dead letter queue.
    { name: DEAD_QUEUE, options: { retryLimit: 5, retryDelay: 5 }, handle: (data) => giveUp(deps, data) },
    {
      name: RUN_QUEUE,
      options: {
        retryLimit: 4,
        retryDelay: 1,
        retryBackoff: true,
        heartbeatSeconds: HEARTBEAT_SECONDS,
        expireInSeconds: ATTEMPT_MAX_SECONDS,
        deadLetter: DEAD_QUEUE,
      },
      concurrency: CONCURRENCY,
      handle: (data) => runJob(deps, data),
    },
  ];
}

/** A cancel was asked for: the chunk rolled back, and the job ends 'cancelled'. */
class JobCancelled extends Error {}
/** Another attempt of the same job has committed since this one started (this one lost its claim): it stops quietly. */
class Superseded extends Error {}

const OPEN_STATES: JobState[] = ['queued', 'running'];

async function runJob(deps: JobsDeps, { jobId, workspaceId }: RunData): Promise<void> {
  const job = await start(deps, jobId, workspaceId);
  if (!job) return;
  if (job.cancelRequestedAt !== null) {
    await finish(deps, job, 'cancelled');
    return;
  }
  const kind = deps.kinds.get(job.kind);
  // An instance of an older release, during a rolling deployment: another attempt will find one that knows it.
  if (!kind) throw new Error(`this instance runs no job of kind ${job.kind}`);
  const ownerId = job.ownerId;
  const owner = ownerId === null ? null : await deps.prisma.user.findUnique({ where: { id: ownerId }, select: { role: true, deactivatedAt: true } });
  if (ownerId === null || !owner || owner.deactivatedAt !== null) {
    await finish(deps, job, 'failed', { error: 'The account that started this job was deleted or deactivated' });
    return;
  }
  const context: DbContext = {
    userId: ownerId,
    workspaceId,
    platformAdmin: owner.role === 'ADMIN',
    apiKeyId: null,
    requestId: null,
    jobId: job.id,
    change: kind.change ?? null,
  };
  const progress = { committed: await lastRow(deps, job), cancelSeen: false };
  const ctx = contextFor(deps, job, context, { userId: ownerId, platformAdmin: owner.role === 'ADMIN' }, progress);
  try {
    const result = await kind.handler(ctx);
    await finish(deps, job, progress.cancelSeen ? 'cancelled' : 'succeeded', { result });
  } catch (err) {
    if (err instanceof JobCancelled) return void (await finish(deps, job, 'cancelled'));
    if (err instanceof Superseded) return;
    if (err instanceof JobFailure || (err instanceof AppError && err.status < 500)) {
      return void (await finish(deps, job, 'failed', { error: err.message }));
    }
    // Unexpected (the database went away, a bug): this attempt fails and pg-boss retries the job,
    // which continues after its last committed chunk; the error stays visible meanwhile.
    deps.logger.warn({ err, jobId: job.id, kind: job.kind }, 'job attempt failed; it is retried from its last committed chunk');
    await inDbContext(deps.prisma, { workspaceId }, (tx) =>
      tx.job.updateMany({ where: { id: job.id, state: 'running' }, data: { state: 'queued', error: messageOf(err) } }),
    ).catch(() => undefined);
    throw err;
  }
}

function contextFor(
  deps: JobsDeps,
  job: JobRecord,
  context: DbContext,
  owner: JobContext['owner'],
  progress: { committed: number; cancelSeen: boolean },
): JobContext {
  const inJob = <T>(work: (tx: Transaction) => Promise<T>) => inDbContext(deps.prisma, { workspaceId: job.workspaceId }, work);
  return {
    job,
    owner,
    prisma: deps.prisma,
    logger: deps.logger,
    nextRow: () => progress.committed + 1,
    async commitChunk(work) {
      const rows = await deps.prisma.$transaction(async (tx) => {
        await applyDbContext(tx, context);
        // The job's row is locked for the chunk: a cancel waits for it, and two attempts of one job
        // (one that lost its claim but runs on) cannot both commit the same rows.
        const [locked] = await tx.$queryRaw<{ state: string; cancelRequestedAt: Date | null }[]>`
          SELECT "state"::text AS "state", "cancelRequestedAt" FROM "Job" WHERE "id" = ${job.id}::uuid FOR UPDATE`;
        if (!locked || locked.state !== 'running') throw new Superseded();
        if (locked.cancelRequestedAt !== null) throw new JobCancelled();
        const [{ last }] = await tx.$queryRaw<[{ last: number | null }]>`SELECT max("row") AS "last" FROM "JobRow" WHERE "jobId" = ${job.id}::uuid`;
        if ((last ?? 0) !== progress.committed) throw new Superseded();
        const produced = await work(tx);
        assertRows(produced, progress.committed);
        if (produced.length > 0) {
          await insertRows(tx, job.id, produced);
          const failed = produced.filter((r) => ERROR_OUTCOMES.includes(r.outcome)).length;
          await tx.job.updateMany({ where: { id: job.id }, data: { done: { increment: produced.length }, failed: { increment: failed } } });
        }
        return produced;
      }, CHUNK_TRANSACTION);
      for (const r of rows) progress.committed = Math.max(progress.committed, r.row);
      countRows(deps, job.kind, rows);
      return rows;
    },
    async cancelled() {
      const row = await inJob((tx) => tx.job.findUnique({ where: { id: job.id }, select: { cancelRequestedAt: true } }));
      const asked = row !== null && row.cancelRequestedAt !== null;
      if (asked) progress.cancelSeen = true;
      return asked;
    },
    async setTotal(total) {
      await inJob((tx) => tx.job.updateMany({ where: { id: job.id }, data: { total } }));
      job.total = total;
    },
    async outcomes() {
      const groups = await inJob((tx) => tx.jobRow.groupBy({ by: ['outcome'], where: { jobId: job.id }, _count: { _all: true } }));
      const counts = Object.fromEntries(ROW_OUTCOMES.map((o) => [o, 0])) as Record<RowOutcome, number>;
      for (const g of groups) counts[g.outcome as RowOutcome] = g._count._all;
      return counts;
    },
  };
}

function assertRows(rows: JobRowInput[], committed: number): void {
  const seen = new Set<number>();
  for (const { row } of rows) {
    if (!Number.isInteger(row) || row <= committed || seen.has(row)) {
      throw new Error(`a chunk reported row ${row}, which is not after the last committed row (${committed}) or is reported twice`);
    }
    seen.add(row);
  }
}

// One statement and one parameter for the chunk's rows: Prisma's createMany spent 70 ms building
// 200 rows' parameters where PostgreSQL inserted them in 3.
async function insertRows(tx: Transaction, jobId: string, rows: JobRowInput[]): Promise<void> {
  const values = rows.map((r) => ({
    row: r.row,
    outcome: r.outcome,
    productId: r.productId ?? null,
    version: r.version ?? null,
    reason: r.reason ?? null,
    code: r.code ?? null,
    data: r.data ?? null,
  }));
  await tx.$executeRaw`
    INSERT INTO "JobRow" ("jobId", "row", "outcome", "productId", "version", "reason", "code", "data")
    SELECT ${jobId}::uuid, r."row", r."outcome", r."productId", r."version", r."reason", r."code", r."data"
    FROM jsonb_to_recordset(${JSON.stringify(values)}::jsonb)
      AS r("row" integer, "outcome" text, "productId" uuid, "version" integer, "reason" text, "code" text, "data" jsonb)`;
}

function countRows(deps: JobsDeps, kind: string, rows: JobRowInput[]): void {
  const counts = new Map<string, number>();
  for (const { outcome } of rows) counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
  for (const [outcome, count] of counts) deps.metrics.rows(kind, outcome, count);
}

const JOB_SELECT = {
  id: true, kind: true, state: true, ownerId: true, workspaceId: true, input: true, total: true, done: true, failed: true,
  result: true, error: true, createdAt: true, startedAt: true, finishedAt: true, cancelRequestedAt: true,
} as const;

/** Marks the job running (its first start kept), or null when it is finished already (cancelled while queued, a duplicate delivery). */
async function start(deps: JobsDeps, jobId: string, workspaceId: string): Promise<JobRecord | null> {
  return inDbContext(deps.prisma, { workspaceId }, async (tx) => {
    // Locked first, so a cancel of the queued job is either seen here or waits and finds it running.
    await tx.$queryRaw`SELECT 1 FROM "Job" WHERE "id" = ${jobId}::uuid FOR UPDATE`;
    const job = await tx.job.findUnique({ where: { id: jobId }, select: JOB_SELECT });
    if (!job || !OPEN_STATES.includes(job.state)) return null;
    const started = await tx.job.update({ where: { id: jobId }, data: { state: 'running', startedAt: job.startedAt ?? new Date() }, select: JOB_SELECT });
    return started;
  });
}

async function lastRow(deps: JobsDeps, job: JobRecord): Promise<number> {
  const [{ last }] = await inDbContext(deps.prisma, { workspaceId: job.workspaceId }, (tx) =>
    tx.$queryRaw<[{ last: number | null }]>`SELECT max("row") AS "last" FROM "JobRow" WHERE "jobId" = ${job.id}::uuid`,
  );
  return last ?? 0;
}

/** Ends an open job (a finished one, or one in no state of `from`, is left as it is) and counts it. */
export async function finish(
  deps: Pick<JobsDeps, 'prisma' | 'metrics'>,
  job: Pick<JobRecord, 'id' | 'workspaceId'>,
  state: Exclude<JobState, 'queued' | 'running'>,
  outcome: { result?: unknown; error?: string } = {},
  from: JobState[] = OPEN_STATES,
): Promise<boolean> {
  const [ended] = await inDbContext(deps.prisma, { workspaceId: job.workspaceId }, (tx) =>
    tx.job.updateManyAndReturn({
      where: { id: job.id, state: { in: from } },
      data: {
        state,
        finishedAt: new Date(),
        ...(outcome.result === undefined || outcome.result === null ? {} : { result: outcome.result as Sql.InputJsonValue }),
        // A success clears what an earlier attempt's failure left there.
        ...(outcome.error !== undefined ? { error: outcome.error } : state === 'succeeded' ? { error: null } : {}),
      },
      select: { kind: true, startedAt: true, finishedAt: true },
    }),
  );
  if (!ended) return false;
  const seconds = ended.startedAt && ended.finishedAt ? (ended.finishedAt.getTime() - ended.startedAt.getTime()) / 1000 : null;
  deps.metrics.finished(ended.kind, state, seconds);
  return true;
}

/** No attempt finished it (each died or failed): it fails, with the last attempt's error if one was recorded. */
async function giveUp(deps: JobsDeps, { jobId, workspaceId }: RunData): Promise<void> {
  const job = await inDbContext(deps.prisma, { workspaceId }, (tx) => tx.job.findUnique({ where: { id: jobId }, select: { error: true } }));
  if (!job) return;
  await finish(deps, { id: jobId, workspaceId }, 'failed', { error: job.error ?? 'Every attempt to run this job was interrupted' });
}

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err)).slice(0, 1_000);
