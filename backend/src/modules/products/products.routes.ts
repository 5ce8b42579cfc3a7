import { Router, type NextFunction, type Request, type Response } from 'express';
import type { AuthMiddleware } from '../../lib/http/authenticate.js';
import { validate } from '../../lib/http/validate.js';
import type { ProductsDeps } from './deps.js';
import { productsController } from './products.controller.js';
import { createProductBody, listProductsQuery, productIdParams, updateProductBody } from './products.schemas.js';
import { productNotFound } from './products.service.js';

// No product has an id that is not a UUID: 404 at once, and no malformed value reaches a uuid column.
function productId(req: Request, _res: Response, next: NextFunction): void {
  if (productIdParams.validate(req.params).error) throw productNotFound();
  next();
}

/** /api/v1/products. Reads are open to anyone (rights decided per product); writes need a sign-in. */
export function productsRouter(deps: ProductsDeps, authenticate: AuthMiddleware): Router {
  const c = productsController(deps);
  const router = Router();
  router.get('/', authenticate.optional, validate({ query: listProductsQuery }), c.list);
  router.post('/', authenticate.required, validate({ body: createProductBody }), c.create);
  router.get('/:id', productId, authenticate.optional, c.get);
  router.patch('/:id', productId, authenticate.required, validate({ body: updateProductBody }), c.update);
  router.delete('/:id', productId, authenticate.required, c.remove);
  return router;
}
