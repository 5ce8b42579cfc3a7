import { Router, type NextFunction, type Request, type Response } from 'express';
import { principalOf, requireScope, requireVerifiedEmail, type AuthMiddleware } from '../../../lib/http/authenticate.js';
import { validate } from '../../../lib/http/validate.js';
import { jobIdParam } from '../../jobs/index.js';
import type { ImportDeps } from './deps.js';
import { failedRowsCsv } from './failed-rows.js';
import { importsController } from './imports.controller.js';
import type { ImportTarget } from './imports.service.js';
import { mappingBody } from './mapping.js';
import { importNotFound } from './problems.js';

const CANONICAL_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// No upload has an id that is not a UUID: 404 at once, nothing malformed reaches a uuid column.
function uploadId(req: Request, _res: Response, next: NextFunction): void {
  if (!CANONICAL_UUID.test(String(req.params.id))) throw importNotFound();
  next();
}

export interface WriteRules {
  unverifiedUsersMayWrite: boolean;
}

/** As for the products' own writes (products.routes.ts): products:write, and a confirmed address unless configured otherwise. */
const writeGuards = ({ unverifiedUsersMayWrite }: WriteRules) =>
  unverifiedUsersMayWrite ? [requireScope('products:write')] : [requireScope('products:write'), requireVerifiedEmail];

/**
 * /api/v1/workspaces/:slug/imports: CSV uploads of the caller in that workspace, their previews,
 * and the import jobs started from them. A session or an API key; uploading and starting need
 * products:write (and the editor role or above: imports.service.ts).
 */
export function importsRouter(deps: ImportDeps, authenticate: AuthMiddleware, rules: WriteRules): Router {
  const c = importsController(deps);
  const write = writeGuards(rules);
  const router = Router({ mergeParams: true });
  router.use(authenticate.orApiKey.required, requireScope('products:read'), async (req: Request, res: Response, next: NextFunction) => {
    const { workspace, actor } = await deps.products.workspaces.resolve(principalOf(res)!, String(req.params.slug));
    res.locals.importTarget = { id: workspace.id, actor } satisfies ImportTarget;
    next();
  });
  router.post('/', ...write, c.upload);
  router.get('/:id', uploadId, c.get);
  router.post('/:id/preview', uploadId, validate({ body: mappingBody }), c.preview);
  router.post('/:id/start', uploadId, ...write, validate({ body: mappingBody }), c.start);
  return router;
}

/**
 * GET /api/v1/jobs/:id/failed-rows.csv, mounted at /api/v1/jobs before the jobs module's router
 * (modules/jobs index.ts: other modules' routes there come first). Only this path is handled here.
 */
export function importJobsRouter(deps: ImportDeps, authenticate: AuthMiddleware): Router {
  const noStore = (_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  };
  return Router().get('/:id/failed-rows.csv', authenticate.orApiKey.required, noStore, jobIdParam, requireScope('products:read'), failedRowsCsv(deps));
}
