import { Router } from 'express';
import { requireScope, type AuthMiddleware } from '../../lib/http/authenticate.js';
import { validate } from '../../lib/http/validate.js';
import type { ProductsDeps } from './deps.js';
import { tagsController } from './tags.controller.js';
import { suggestTagsQuery } from './tags.js';

/**
 * /api/v1/workspaces/:slug/tags: autocompletion of the workspace's tags, for its members (any role)
 * and platform admins; a session or an API key with products:read, like the workspace's products.
 */
export function tagsRouter(deps: ProductsDeps, authenticate: AuthMiddleware): Router {
  const c = tagsController(deps);
  const router = Router({ mergeParams: true });
  router.get('/', authenticate.orApiKey.required, requireScope('products:read'), validate({ query: suggestTagsQuery }), c.suggest);
  return router;
}
