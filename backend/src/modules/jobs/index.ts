import type { Router } from 'express';
import type { Transaction } from '../../lib/db-context.js';
import type { AuthMiddleware, Principal } from '../../lib/http/authenticate.js';
import type { JobsDeps, JobsModuleNeeds } from './deps.js';
import type { JobRecord, JobView, RowOutcome } from './job-view.js';
import { jobKinds, type JobHandler, type JobKindOptions } from './kinds.js';
import { jobMetrics } from './metrics.js';
import { jobsRouter } from './jobs.routes.js';
import { createJob, jobRowsWith, readJob, type NewJob } from './jobs.service.js';
import { jobQueues } from './runner.js';

// User-facing background jobs (issue 18): imports, bulk edits and their undo, on the pg-boss queue
// of lib/jobs.ts. A kind processes its input in chunks through JobContext.commitChunk (kinds.ts),
// each one transaction with its rows' record, so a job survives a restart: pg-boss retries it (a
// dead worker's job after its heartbeat lapses) and it continues after its last committed chunk.

export { JobFailure, type JobContext, type JobHandler, type JobRowInput } from './kinds.js';
export { FINISHED_STATES, jobPath, jobProgress, type JobView } from './job-view.js';
export { maySeeJob } from './access.js';
export { jobId as jobIdParam } from './jobs.routes.js';
export { jobsApiDoc } from './jobs.openapi.js';
export type { JobsModuleNeeds } from './deps.js';

/** What other modules use: define their kinds, start jobs, read one for a route of their own. */
export interface UserJobs {
  /**
   * Registers what runs the jobs of `kind` (while the app is built, as queues are defined). The
   * handler's result becomes the job's `result`; JobFailure fails it at once, any other throw is
   * retried from the last committed chunk.
   */
  defineJobKind(kind: string, handler: JobHandler, options?: JobKindOptions): void;
  /**
   * Inserts a job for `principal` in `spec.workspaceId` and queues it, in `tx` when given (so it
   * runs exactly when the caller's transaction commits). The caller checks the right to do what the
   * kind does.
   */
  createJob(principal: Principal, spec: NewJob, tx?: Transaction): Promise<JobView>;
  /** The job, if `principal` may see it (its owner, the workspace's owners and admins, platform admins); else 404 job_not_found. */
  readJob(principal: Principal, id: string): Promise<JobRecord>;
  /** Every row of that job with this outcome, in input order (the same rule for who may see them). */
  rowsWith(principal: Principal, id: string, outcome: RowOutcome): Promise<Array<{ row: number; productId: string | null; version: number | null }>>;
}

export interface JobsModule {
  /** Mount at /api/v1/jobs (after the routers other modules add there: a bulk edit's undo, an import's failed rows). */
  router: Router;
  jobs: UserJobs;
}

export function jobsModule(app: JobsModuleNeeds, authenticate: AuthMiddleware): JobsModule {
  const deps: JobsDeps = {
    prisma: app.db.prisma,
    logger: app.logger,
    queue: app.jobs,
    workspaces: app.workspaces,
    kinds: jobKinds(),
    metrics: jobMetrics(app.metrics.registry),
  };
  for (const queue of jobQueues(deps)) app.jobs.define(queue);
  return {
    router: jobsRouter(deps, authenticate),
    jobs: {
      defineJobKind: (kind, handler, options) => deps.kinds.define(kind, handler, options),
      createJob: (principal, spec, tx) => createJob(deps, principal, spec, tx),
      readJob: (principal, id) => readJob(deps, principal, id),
      rowsWith: (principal, id, outcome) => jobRowsWith(deps, principal, id, outcome),
    },
  };
}
