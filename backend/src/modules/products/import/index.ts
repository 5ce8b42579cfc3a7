import type { Router } from 'express';
import type { AuthMiddleware } from '../../../lib/http/authenticate.js';
import type { QueueDefinition } from '../../../lib/jobs.js';
import type { Logger } from '../../../lib/logger.js';
import type { Storage } from '../../../lib/storage/index.js';
import { jobPath, type UserJobs } from '../../jobs/index.js';
import type { ProductsDeps } from '../deps.js';
import type { ImportDeps } from './deps.js';
import { importJobsRouter, importsRouter, type WriteRules } from './imports.routes.js';
import { IMPORT_KIND, importJob } from './job.js';
import { importSweepQueue } from './sweep.js';

export { importsApiDoc } from './imports.openapi.js';

export interface ProductImportsNeeds {
  products: ProductsDeps;
  storage: Storage;
  jobs: UserJobs;
  maxBytes: number;
  logger: Logger;
  rules: WriteRules;
}

export interface ProductImports {
  /** Mount at /api/v1/workspaces/:slug/imports. */
  router: Router;
  /** Mount at /api/v1/jobs, before the jobs module's router: an import's failed rows. */
  jobsRouter: Router;
  /** The hourly sweep of expired uploads, for the job queue. */
  sweepQueue: QueueDefinition<object>;
}

/** CSV imports (issue 18): uploads, their previews, and the 'import' job kind that applies them. */
export function productImports(needs: ProductImportsNeeds, authenticate: AuthMiddleware): ProductImports {
  const deps: ImportDeps = { products: needs.products, storage: needs.storage, jobs: needs.jobs, maxBytes: needs.maxBytes };
  needs.jobs.defineJobKind(IMPORT_KIND, importJob(deps), {
    change: 'import',
    links: (job) => ({ failedRowsCsv: `${jobPath(job.id)}/failed-rows.csv` }),
  });
  return {
    router: importsRouter(deps, authenticate, needs.rules),
    jobsRouter: importJobsRouter(deps, authenticate),
    sweepQueue: importSweepQueue({ prisma: needs.products.prisma, storage: needs.storage }, needs.logger),
  };
}
