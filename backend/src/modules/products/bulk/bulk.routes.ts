import { Router } from 'express';
import { requireScope, requireVerifiedEmail, type AuthMiddleware } from '../../../lib/http/authenticate.js';
import { validate } from '../../../lib/http/validate.js';
import { jobIdParam } from '../../jobs/index.js';
import { bulkController } from './bulk.controller.js';
import { bulkBody } from './bulk.schemas.js';
import type { BulkDeps } from './kinds.js';

/** UNVERIFIED_USERS_MAY_WRITE: when false, a bulk edit needs a confirmed email address, as every write does. */
interface WriteRules {
  unverifiedUsersMayWrite: boolean;
}

const writeGuards = ({ unverifiedUsersMayWrite }: WriteRules) =>
  unverifiedUsersMayWrite ? [requireScope('products:write')] : [requireScope('products:write'), requireVerifiedEmail];

/** /api/v1/workspaces/:slug/products/bulk: a signed-in member who may change products, or an API key with products:write. */
export function bulkRouter(deps: BulkDeps, authenticate: AuthMiddleware, rules: WriteRules): Router {
  const c = bulkController(deps);
  const router = Router({ mergeParams: true });
  router.post('/', authenticate.orApiKey.required, ...writeGuards(rules), validate({ body: bulkBody }), c.edit);
  return router;
}

/** Mounted at /api/v1/jobs before the jobs module's router: POST /:id/undo. */
export function bulkJobsRouter(deps: BulkDeps, authenticate: AuthMiddleware, rules: WriteRules): Router {
  const c = bulkController(deps);
  const router = Router();
  router.post('/:id/undo', jobIdParam, authenticate.orApiKey.required, ...writeGuards(rules), c.undo);
  return router;
}
