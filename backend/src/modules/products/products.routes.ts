import { Router, type NextFunction, type Request, type Response } from 'express';
import { requireScope, requireVerifiedEmail, type AuthMiddleware } from '../../lib/http/authenticate.js';
import { validate } from '../../lib/http/validate.js';
import type { ProductsDeps } from './deps.js';
import { productsController } from './products.controller.js';
import { createProductBody, listProductsQuery, productIdParams, updateProductBody } from './products.schemas.js';
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

/**
 * /api/v1/products. Reads are open to anyone (rights decided per product, access.ts); writes need a
 * sign-in or an API key with products:write. A key without products:read reads like an anonymous caller.
 */
export function productsRouter(
  deps: ProductsDeps,
  authenticate: AuthMiddleware,
  /** UNVERIFIED_USERS_MAY_WRITE: when false, every write needs a confirmed email address. */
  { unverifiedUsersMayWrite }: { unverifiedUsersMayWrite: boolean },
): Router {
  const c = productsController(deps);
  const { optional, required } = authenticate.orApiKey;
  const writeScope = requireScope('products:write');
  // Scope first: a key that may not write is told so, whatever its owner's email.
  const write = unverifiedUsersMayWrite ? [writeScope] : [writeScope, requireVerifiedEmail];
  const router = Router();
  router.get('/', optional, validate({ query: listProductsQuery }, { rememberQueries: true }), c.list);
  router.post('/', required, ...write, validate({ body: createProductBody }), c.create);
  router.get('/:id', productId, optional, c.get);
  router.patch('/:id', productId, required, ...write, validate({ body: updateProductBody }), c.update);
  router.delete('/:id', productId, required, ...write, c.remove);
  return router;
}
