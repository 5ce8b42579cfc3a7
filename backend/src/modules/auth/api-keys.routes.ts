import { Router } from 'express';
import type { AuthMiddleware } from '../../lib/http/authenticate.js';
import { validate } from '../../lib/http/validate.js';
import { apiKeysController } from './api-keys.controller.js';
import { apiKeyIdParams, createApiKeyBody } from './api-keys.schemas.js';
import type { AuthDeps } from './deps.js';

/**
 * /api/v1/auth/api-keys: the signed-in user's own keys. `authenticate.required` takes sessions
 * only, so a key can never mint, list or revoke keys (403 session_required).
 */
export function apiKeysRouter(deps: AuthDeps, authenticate: AuthMiddleware): Router {
  const c = apiKeysController(deps);
  const router = Router();
  router.use(authenticate.required);
  router.get('/', c.list);
  router.post('/', validate({ body: createApiKeyBody }), c.create);
  router.delete('/:id', validate({ params: apiKeyIdParams }), c.revoke);
  return router;
}
