import { Router, type NextFunction, type Request, type Response } from 'express';
import { principalOf, requireScope, requireVerifiedEmail, type AuthMiddleware } from '../../lib/http/authenticate.js';
import { validate } from '../../lib/http/validate.js';
import type { ProductsDeps } from './deps.js';
import { exportController } from './export/export.controller.js';
import { exportProductsQuery, workspaceExportQuery } from './export/export.schemas.js';
import { historyController } from './history/history.controller.js';
import { historyQuery, revertBody } from './history/history.schemas.js';
import { productsController, type ResolvedWorkspace } from './products.controller.js';
import {
  createProductBody,
  deleteProductQuery,
  listProductsQuery,
  productFacetsQuery,
  productIdParams,
  updateProductBody,
  workspaceFacetsQuery,
  workspaceProductsQuery,
} from './products.schemas.js';
import { productNotFound } from './products.service.js';

// The canonical form, which every id PostgreSQL returns has; Joi's guid() accepts it and more.
const CANONICAL_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// No product has an id that is not a UUID: 404 at once, and no malformed value reaches a uuid column.
// The canonical form skips Joi (a tenth of a cached read's CPU); the other forms Joi accepts
// (braces, no hyphens, colons) go through it and are then rewritten to the canonical form, so every
// spelling of one id names one cache entry, which a write's invalidation reaches.
function productId(req: Request, _res: Response, next: NextFunction): void {
  const id = String(req.params.id);
  if (!CANONICAL_UUID.test(id)) {
    if (productIdParams.validate(req.params).error) throw productNotFound();
    req.params.id = canonicalUuid(id);
  }
  next();
}

function canonicalUuid(id: string): string {
  const hex = id.replace(/[^0-9a-f]/gi, '').toLowerCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** UNVERIFIED_USERS_MAY_WRITE: when false, every write needs a confirmed email address. */
interface WriteRules {
  unverifiedUsersMayWrite: boolean;
}

function writeGuards({ unverifiedUsersMayWrite }: WriteRules) {
  const writeScope = requireScope('products:write');
  // Scope first: a key that may not write is told so, whatever its owner's email.
  return unverifiedUsersMayWrite ? [writeScope] : [writeScope, requireVerifiedEmail];
}

/**
 * /api/v1/products. Reads are open to anyone (rights decided per product, access.ts); writes need a
 * sign-in or an API key with products:write, and act in the caller's personal workspace (create) or
 * wherever the product is (by id). A key without products:read reads like an anonymous caller.
 */
export function productsRouter(deps: ProductsDeps, authenticate: AuthMiddleware, rules: WriteRules): Router {
  const c = productsController(deps);
  const { optional, required } = authenticate.orApiKey;
  const write = writeGuards(rules);
  const router = Router();
  router.get('/', optional, validate({ query: listProductsQuery }, { rememberQueries: true }), c.list);
  router.get('/facets', optional, validate({ query: productFacetsQuery }, { rememberQueries: true }), c.facets);
  // Exports are by someone: the public catalogue too, so that each is in the audit log.
  router.get('/export.csv', required, requireScope('products:read'), validate({ query: exportProductsQuery }), exportController(deps).exportCsv);
  router.post('/', required, ...write, validate({ body: createProductBody }), c.create);
  router.get('/:id', productId, optional, c.get);
  router.patch('/:id', productId, required, ...write, validate({ body: updateProductBody }), c.update);
  router.delete('/:id', productId, required, ...write, validate({ query: deleteProductQuery }), c.remove);
  router.post('/:id/restore', productId, required, ...write, c.restore);
  // The history is the workspace's (its members, platform admins): no anonymous reader.
  const h = historyController(deps);
  const read = requireScope('products:read');
  router.get('/:id/history', productId, required, read, validate({ query: historyQuery }), h.history);
  router.get('/:id/versions/:version', productId, required, read, h.version);
  router.post('/:id/revert', productId, required, ...write, validate({ body: revertBody }), h.revert);
  return router;
}

/**
 * /api/v1/workspaces/:slug/products: one workspace's products, every status, for its members (and
 * platform admins). Signed in or an API key; reads need products:read.
 */
export function workspaceProductsRouter(deps: ProductsDeps, authenticate: AuthMiddleware, rules: WriteRules): Router {
  const c = productsController(deps);
  const write = writeGuards(rules);
  const router = Router({ mergeParams: true });
  router.use(authenticate.orApiKey.required, requireScope('products:read'), inWorkspace(deps));
  router.get('/', validate({ query: workspaceProductsQuery }, { rememberQueries: true }), c.list);
  router.get('/facets', validate({ query: workspaceFacetsQuery }, { rememberQueries: true }), c.facets);
  router.get('/export.csv', validate({ query: workspaceExportQuery }), exportController(deps).exportCsv);
  router.post('/', ...write, validate({ body: createProductBody }), c.create);
  router.get('/:id', productId, c.get);
  router.patch('/:id', productId, ...write, validate({ body: updateProductBody }), c.update);
  router.delete('/:id', productId, ...write, validate({ query: deleteProductQuery }), c.remove);
  router.post('/:id/restore', productId, ...write, c.restore);
  const h = historyController(deps);
  router.get('/:id/history', productId, validate({ query: historyQuery }), h.history);
  router.get('/:id/versions/:version', productId, h.version);
  router.post('/:id/revert', productId, ...write, validate({ body: revertBody }), h.revert);
  return router;
}

/** Resolves :slug to a workspace the caller may see (else 404 workspace_not_found) for the handlers. */
function inWorkspace(deps: ProductsDeps) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const { workspace, actor } = await deps.workspaces.resolve(principalOf(res)!, String(req.params.slug));
    res.locals.workspace = { id: workspace.id, actor } satisfies ResolvedWorkspace;
    next();
  };
}
