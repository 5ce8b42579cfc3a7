import { type NextFunction, type Request, type Response, Router } from 'express';
import { requireScope, type AuthMiddleware } from '../../lib/http/authenticate.js';
import { validate } from '../../lib/http/validate.js';
import type { JobsDeps } from './deps.js';
import { jobsController } from './jobs.controller.js';
import { jobIdParams, jobRowsQuery, listJobsQuery } from './jobs.schemas.js';
import { jobNotFound } from './jobs.service.js';

// Progress changes from one poll to the next: never kept by a shared or a browser cache.
function noStore(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('Cache-Control', 'no-store');
  next();
}

/** Any :id that is not a UUID names no job: 404, and no malformed value reaches a uuid column. */
export function jobId(req: Request, _res: Response, next: NextFunction): void {
  if (jobIdParams.validate(req.params).error) throw jobNotFound();
  next();
}

/**
 * /api/v1/jobs: a session or an API key (scripts start bulk edits and poll them). Jobs are about
 * products: reading needs products:read, cancelling products:write.
 */
export function jobsRouter(deps: JobsDeps, authenticate: AuthMiddleware): Router {
  const c = jobsController(deps);
  const router = Router();
  router.use(authenticate.orApiKey.required, noStore);
  const read = requireScope('products:read');
  router.get('/', read, validate({ query: listJobsQuery }), c.list);
  router.get('/:id', jobId, read, c.get);
  router.post('/:id/cancel', jobId, requireScope('products:write'), c.cancel);
  router.get('/:id/rows', jobId, read, validate({ query: jobRowsQuery }), c.rows);
  return router;
}
