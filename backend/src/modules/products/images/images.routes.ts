import { Router, type NextFunction, type Request, type Response } from 'express';
import { principalOf, requireScope, requireVerifiedEmail, type AuthMiddleware } from '../../../lib/http/authenticate.js';
import { validate } from '../../../lib/http/validate.js';
import { productNotFound } from '../products.service.js';
import type { ImagesDeps } from './deps.js';
import { imagesController } from './images.controller.js';
import { reorderImagesBody } from './images.schemas.js';
import { imageNotFound } from './images.service.js';

const CANONICAL_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// No product or picture has an id that is not a UUID: 404 at once, nothing malformed reaches a uuid column.
function ids(req: Request, _res: Response, next: NextFunction): void {
  if (!CANONICAL_UUID.test(String(req.params.id))) throw productNotFound();
  if (req.params.imageId !== undefined && !CANONICAL_UUID.test(String(req.params.imageId))) throw imageNotFound();
  next();
}

export interface WriteRules {
  unverifiedUsersMayWrite: boolean;
}

/** As for the product's other writes (products.routes.ts): products:write, and a confirmed address unless configured otherwise. */
const writeGuards = ({ unverifiedUsersMayWrite }: WriteRules) =>
  unverifiedUsersMayWrite ? [requireScope('products:write')] : [requireScope('products:write'), requireVerifiedEmail];

function pictureRoutes(router: Router, deps: ImagesDeps, rules: WriteRules): Router {
  const c = imagesController(deps);
  const write = writeGuards(rules);
  router.post('/', ids, ...write, c.add);
  router.put('/', ids, ...write, validate({ body: reorderImagesBody }), c.reorder);
  router.delete('/:imageId', ids, ...write, c.remove);
  return router;
}

/** /api/v1/products/:id/images: the pictures of a product, wherever it is. */
export function imagesRouter(deps: ImagesDeps, authenticate: AuthMiddleware, rules: WriteRules): Router {
  const router = Router({ mergeParams: true });
  router.use(authenticate.orApiKey.required);
  return pictureRoutes(router, deps, rules);
}

/** /api/v1/workspaces/:slug/products/:id/images: the same, for a product of that workspace only. */
export function workspaceImagesRouter(deps: ImagesDeps, authenticate: AuthMiddleware, rules: WriteRules): Router {
  const router = Router({ mergeParams: true });
  router.use(authenticate.orApiKey.required, requireScope('products:read'), async (req: Request, res: Response, next: NextFunction) => {
    const { workspace } = await deps.products.workspaces.resolve(principalOf(res)!, String(req.params.slug));
    res.locals.workspaceId = workspace.id;
    next();
  });
  return pictureRoutes(router, deps, rules);
}

/**
 * /api/v1/images: the stored variants, public. Mounted before the API's rate limit (app.ts): a
 * catalogue page shows dozens of pictures, and each is immutable and cached in process.
 */
export function imageFilesRouter(deps: ImagesDeps): Router {
  return Router().get('/:file', imagesController(deps).file);
}
