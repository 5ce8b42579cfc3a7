import cookieParser from 'cookie-parser';
import { type NextFunction, type Request, type Response, Router } from 'express';
import type { AuthMiddleware } from '../../lib/http/authenticate.js';
import { validate } from '../../lib/http/validate.js';
import { apiKeysRouter } from './api-keys.routes.js';
import { authController } from './auth.controller.js';
import { addAccountRoutes } from './account.routes.js';
import { changePasswordBody, loginBody, refreshBody, updateMeBody } from './auth.schemas.js';
import type { AuthDeps } from './deps.js';
import type { authLimiters } from './limiters.js';
import { addTwoFactorRoutes } from './two-factor.routes.js';

interface AuthRouterOptions {
  deps: AuthDeps;
  authenticate: AuthMiddleware;
  limiters: ReturnType<typeof authLimiters>;
  secureCookies: boolean;
}

// Responses carry tokens or personal data: no cache, shared or private, may keep them (RFC 6749 §5.1).
function noStore(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('Cache-Control', 'no-store');
  next();
}

/** /api/v1/auth: the order on each route is limits → validation → (per-account limits) → handler. */
export function authRouter({ deps, authenticate, limiters, secureCookies }: AuthRouterOptions): Router {
  const c = authController(deps, secureCookies);
  const router = Router();
  router.use(noStore, cookieParser());

  addAccountRoutes(router, { deps, authenticate, limiters });
  router.post('/login', limiters.perIp, validate({ body: loginBody }), ...limiters.login, c.login);
  addTwoFactorRoutes(router, { deps, authenticate, limiters, secureCookies });
  router.post('/refresh', limiters.perIp, validate({ body: refreshBody }), c.refresh);
  router.post('/logout', authenticate.optional, validate({ body: refreshBody }), c.logout);
  router.post('/logout-all', authenticate.required, c.logoutAll);
  router.get('/me', authenticate.required, c.me);
  router.use('/api-keys', limiters.perIp, apiKeysRouter(deps, authenticate));
  router.patch('/me', authenticate.required, validate({ body: updateMeBody }), c.updateMe);
  router.post(
    '/change-password',
    limiters.perIp,
    authenticate.required,
    validate({ body: changePasswordBody }),
    limiters.passwordChangePerUser,
    c.changePassword,
  );
  return router;
}
