import { Router } from 'express';
import { requireRole, type AuthMiddleware } from '../../lib/http/authenticate.js';
import { validate } from '../../lib/http/validate.js';
import type { AuthDeps } from './deps.js';
import { twoFactorResetHandler } from './two-factor.controller.js';
import { usersController } from './users.controller.js';
import { changeRoleBody, listUsersQuery, userIdParams } from './users.schemas.js';

/** /api/v1/users: administration, for admins only. */
export function usersRouter(deps: AuthDeps, authenticate: AuthMiddleware): Router {
  const c = usersController(deps);
  const router = Router();
  router.use(authenticate.required, requireRole('ADMIN'), (_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  router.get('/', validate({ query: listUsersQuery }), c.list);
  router.patch('/:id', validate({ params: userIdParams, body: changeRoleBody }), c.changeRole);
  router.post('/:id/deactivate', validate({ params: userIdParams }), c.deactivate);
  router.post('/:id/reactivate', validate({ params: userIdParams }), c.reactivate);
  router.post('/:id/two-factor/reset', validate({ params: userIdParams }), twoFactorResetHandler(deps));
  return router;
}
