import { applyDbContext, inDbContext, type Transaction } from '../../lib/db-context.js';
import { AppError, notFound } from '../../lib/errors.js';
import type { Principal } from '../../lib/http/authenticate.js';
import { Prisma as Sql } from '../../generated/prisma/client.js';
import { dbContextOf } from '../workspaces/index.js';
import { maySeeJob, mayOverseeJobs } from './access.js';
import type { JobsDeps } from './deps.js';
import {
  decodeJobCursor, decodeRowCursor, encodeJobCursor, encodeRowCursor, ERROR_OUTCOMES, ERRORS_SHOWN, FINISHED_STATES, toJobView,
  type JobRecord, type JobRowError, type JobView, type RowOutcome,
} from './job-view.js';
import type { JobRowsQuery, ListJobsQuery } from './jobs.schemas.js';
import { finish, RUN_QUEUE } from './runner.js';

export const jobNotFound = () => notFound('job_not_found', 'No job of yours has this id');

/** What createJob makes: a job of a defined kind, in a workspace the caller acts in. */
export interface NewJob {
  kind: string;
  workspaceId: string;
  /** What the kind needs to run it (JSON). */
  input: unknown;
  total?: number | null;
}

const JOB_COLUMNS = {
  id: true, kind: true, state: true, ownerId: true, workspaceId: true, input: true, total: true, done: true, failed: true,
  result: true, error: true, createdAt: true, startedAt: true, finishedAt: true, cancelRequestedAt: true,
} as const;
const JOB_SELECT = { ...JOB_COLUMNS, workspace: { select: { id: true, slug: true } }, owner: { select: { id: true, name: true } } } as const;

type JobWithNames = JobRecord & { workspace: { id: string; slug: string }; owner: { id: string; name: string } | null };

/**
 * Inserts the job and queues its run in one transaction (the caller's `tx` when given, so a job is
 * queued exactly when what it follows commits). The caller has checked the right to do what the
 * kind does; row-level security checks that the caller is in the workspace.
 */
export async function createJob(deps: JobsDeps, principal: Principal, spec: NewJob, tx?: Transaction): Promise<JobView> {
  if (!deps.kinds.get(spec.kind)) throw new Error(`no job kind ${spec.kind} is defined`);
  const insert = async (t: Transaction) => {
    await applyDbContext(t, { ...dbContextOf(principal), workspaceId: spec.workspaceId });
    const job = await t.job.create({
      data: { kind: spec.kind, ownerId: principal.userId, workspaceId: spec.workspaceId, input: spec.input as Sql.InputJsonValue, total: spec.total ?? null },
      select: JOB_SELECT,
    });
    await deps.queue.send(RUN_QUEUE, { jobId: job.id, workspaceId: spec.workspaceId }, t);
    return job as JobWithNames;
  };
  const job = tx ? await insert(tx) : await deps.prisma.$transaction(insert);
  return viewOf(deps, job, []);
}

/** The job, for a caller who may see it (its owner, the workspace's owners and admins, platform admins); else 404 job_not_found. */
export async function readJob(deps: JobsDeps, principal: Principal, id: string): Promise<JobRecord & Pick<JobWithNames, 'workspace' | 'owner'>> {
  const job = await inDbContext(deps.prisma, dbContextOf(principal), (tx) => tx.job.findUnique({ where: { id }, select: JOB_SELECT }));
  if (!job) throw jobNotFound();
  if (!maySeeJob(principal.userId, await deps.workspaces.actorIn(principal, job.workspaceId), job)) throw jobNotFound();
  return job;
}

export async function getJob(deps: JobsDeps, principal: Principal, id: string): Promise<JobView> {
  const job = await readJob(deps, principal, id);
  const errors = await firstErrors(deps, principal, [job.id]);
  return viewOf(deps, job, errors.get(job.id) ?? []);
}

export interface JobPage {
  data: JobView[];
  nextCursor: string | null;
}

/** The caller's jobs, newest first; with a workspace, its jobs (all of them for its owners and admins). */
export async function listJobs(deps: JobsDeps, principal: Principal, query: ListJobsQuery): Promise<JobPage> {
  const after = query.cursor === undefined ? null : decodeJobCursor(query.cursor);
  let whose: { workspaceId?: string; ownerId?: string } = { ownerId: principal.userId };
  if (query.workspace !== undefined) {
    const { workspace, actor } = await deps.workspaces.resolve(principal, query.workspace);
    whose = mayOverseeJobs(actor) ? { workspaceId: workspace.id } : { workspaceId: workspace.id, ownerId: principal.userId };
  }
  const rows = await inDbContext(deps.prisma, dbContextOf(principal), (tx) =>
    tx.job.findMany({
      where: {
        ...whose,
        ...(query.kind === undefined ? {} : { kind: query.kind }),
        ...(query.state === undefined ? {} : { state: query.state }),
        ...(after === null ? {} : { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] }),
      },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: query.limit + 1,
      select: JOB_SELECT,
    }),
  );
  const page = rows.slice(0, query.limit) as JobWithNames[];
  const errors = await firstErrors(deps, principal, page.map((j) => j.id));
  const last = page.at(-1);
  return {
    data: page.map((job) => viewOf(deps, job, errors.get(job.id) ?? [])),
    nextCursor: rows.length > query.limit && last ? encodeJobCursor(last) : null,
  };
}

/**
 * Asks the job to stop: a queued one is cancelled at once, a running one after its current chunk
 * (its runner sees the request; the chunk's changes are kept, the rest are not made). Asking again
 * changes nothing; a finished job answers 409 job_finished.
 */
export async function cancelJob(deps: JobsDeps, principal: Principal, id: string): Promise<JobView> {
  const job = await readJob(deps, principal, id);
  if (FINISHED_STATES.includes(job.state)) throw jobFinished(job.state);
  await inDbContext(deps.prisma, { ...dbContextOf(principal), workspaceId: job.workspaceId }, (tx) =>
    tx.job.updateMany({ where: { id, state: { in: ['queued', 'running'] }, cancelRequestedAt: null }, data: { cancelRequestedAt: new Date() } }),
  );
  // Only while still queued: a runner that has started it meanwhile ends it itself, between chunks.
  await finish(deps, job, 'cancelled', {}, ['queued']);
  return getJob(deps, principal, id);
}

const jobFinished = (state: string) =>
  new AppError(409, 'job_finished', `This job has finished (${state}); there is nothing left to cancel`, { extensions: { state } });

interface JobRowView {
  row: number;
  outcome: RowOutcome;
  productId: string | null;
  version: number | null;
  code: string | null;
  reason: string | null;
  data: unknown;
}

export interface JobRowsPage {
  data: JobRowView[];
  nextCursor: string | null;
}

/** A job's rows in input order, keyset-paged on the row. */
export async function listJobRows(deps: JobsDeps, principal: Principal, id: string, query: JobRowsQuery): Promise<JobRowsPage> {
  const after = query.cursor === undefined ? 0 : decodeRowCursor(query.cursor);
  await readJob(deps, principal, id);
  const rows = await inDbContext(deps.prisma, dbContextOf(principal), (tx) =>
    tx.jobRow.findMany({
      where: { jobId: id, row: { gt: after }, ...(query.outcome === undefined ? {} : { outcome: query.outcome }) },
      orderBy: { row: 'asc' },
      take: query.limit + 1,
      select: { row: true, outcome: true, productId: true, version: true, code: true, reason: true, data: true },
    }),
  );
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    data: page.map((r) => ({ ...r, outcome: r.outcome as RowOutcome, data: r.data ?? null })),
    nextCursor: rows.length > query.limit && last ? encodeRowCursor(last.row) : null,
  };
}

/**
 * The first ERRORS_SHOWN error rows of each job, in one query: per job and error outcome, the
 * first rows along the (jobId, outcome, row) index, so a job with 50,000 failed rows costs what
 * one with 20 does.
 */
async function firstErrors(deps: JobsDeps, principal: Principal, jobIds: string[]): Promise<Map<string, JobRowError[]>> {
  const byJob = new Map<string, JobRowError[]>();
  if (jobIds.length === 0) return byJob;
  const rows = await inDbContext(deps.prisma, dbContextOf(principal), (tx) => tx.$queryRaw<Array<JobRowError & { jobId: string }>>`
    SELECT r."jobId", r."row", r."outcome", r."productId", r."code", r."reason"
    FROM unnest(${jobIds}::uuid[]) AS j("id")
      CROSS JOIN unnest(${[...ERROR_OUTCOMES]}::text[]) AS o("outcome")
      CROSS JOIN LATERAL (
        SELECT * FROM "JobRow" r WHERE r."jobId" = j."id" AND r."outcome" = o."outcome" ORDER BY r."row" LIMIT ${ERRORS_SHOWN}
      ) r`);
  for (const { jobId, ...error } of rows) byJob.set(jobId, [...(byJob.get(jobId) ?? []), error]);
  for (const [jobId, errors] of byJob) byJob.set(jobId, errors.sort((a, b) => a.row - b.row).slice(0, ERRORS_SHOWN));
  return byJob;
}

function viewOf(deps: JobsDeps, job: JobWithNames, errors: JobRowError[]): JobView {
  const links = deps.kinds.get(job.kind)?.links?.(job) ?? {};
  return toJobView({ job, workspace: job.workspace, owner: job.owner, errors, links, now: new Date() });
}

/** Every row of a job with this outcome, in input order (a bulk edit's applied rows, for its undo), for a caller who may see it. */
export async function jobRowsWith(deps: JobsDeps, principal: Principal, id: string, outcome: RowOutcome): Promise<Array<{ row: number; productId: string | null; version: number | null }>> {
  await readJob(deps, principal, id);
  return inDbContext(deps.prisma, dbContextOf(principal), (tx) =>
    tx.jobRow.findMany({ where: { jobId: id, outcome }, orderBy: { row: 'asc' }, select: { row: true, productId: true, version: true } }),
  );
}
