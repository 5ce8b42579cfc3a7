import { Router, type NextFunction, type Request, type Response } from 'express';
import { signedIn, type AuthMiddleware } from '../../lib/http/authenticate.js';
import { validate } from '../../lib/http/validate.js';
import { categoriesController } from './categories.controller.js';
import { categoryParams, createCategoryBody, updateCategoryBody } from './categories.schemas.js';
import { assertPlatformAdmin } from './categories.service.js';
import type { CategoriesDeps } from './deps.js';

// Before validation: someone who may not change the tree learns that, not what a valid body looks like.
function platformAdmin(_req: Request, res: Response, next: NextFunction): void {
  assertPlatformAdmin(signedIn(res));
  next();
}

/**
 * /api/v1/categories: the tree is public to read; only platform admins change it, with a session
 * (`authenticate.required` takes no API key).
 */
export function categoriesRouter(deps: CategoriesDeps, authenticate: AuthMiddleware): Router {
  const c = categoriesController(deps);
  const router = Router();
  const admin = [authenticate.required, platformAdmin];
  router.get('/', c.list);
  router.post('/', ...admin, validate({ body: createCategoryBody }), c.create);
  router.patch('/:id', ...admin, validate({ params: categoryParams, body: updateCategoryBody }), c.update);
  router.delete('/:id', ...admin, validate({ params: categoryParams }), c.remove);
  return router;
}
