import type { Database, Prisma } from '../../lib/db.js';
import type { JobQueue } from '../../lib/jobs.js';
import type { Logger } from '../../lib/logger.js';
import type { Metrics } from '../../lib/metrics.js';
import type { Workspaces } from '../workspaces/index.js';
import type { JobKinds } from './kinds.js';
import type { JobMetrics } from './metrics.js';

/** What the jobs module takes from the composition root (app.ts) to build itself (index.ts). */
export interface JobsModuleNeeds {
  logger: Logger;
  db: Pick<Database, 'prisma'>;
  jobs: JobQueue;
  metrics: Pick<Metrics, 'registry'>;
  /** The caller's role in a job's workspace, and which workspace a slug names (the workspaces module). */
  workspaces: Workspaces;
}

/** What the jobs services need; built once by index.ts. */
export interface JobsDeps {
  prisma: Prisma;
  logger: Logger;
  queue: JobQueue;
  workspaces: Workspaces;
  kinds: JobKinds;
  metrics: JobMetrics;
}
