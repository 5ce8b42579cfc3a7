import type { Router } from 'express';
import type { AuthMiddleware } from '../../lib/http/authenticate.js';
import { validate } from '../../lib/http/validate.js';
import type { AuthDeps } from './deps.js';
import type { authLimiters } from './limiters.js';
import { twoFactorController } from './two-factor.controller.js';
import { disableTwoFactorBody, enableTwoFactorBody, loginTwoFactorBody } from './two-factor.schemas.js';

interface TwoFactorRouteOptions {
  deps: AuthDeps;
  authenticate: AuthMiddleware;
  limiters: ReturnType<typeof authLimiters>;
  secureCookies: boolean;
}

/**
 * The two-factor routes under /api/v1/auth. Every route that checks a code is limited per IP and,
 * on failures, per user (one budget for the sign-in step, enabling and disabling together), so six
 * digits cannot be guessed by spreading attempts over routes or addresses.
 */
export function addTwoFactorRoutes(router: Router, { deps, authenticate, limiters, secureCookies }: TwoFactorRouteOptions): void {
  const c = twoFactorController(deps, secureCookies);
  const perUser = limiters.twoFactorPerUser;
  router.post('/login/two-factor', limiters.perIp, validate({ body: loginTwoFactorBody }), c.readMfaToken, perUser, c.loginTwoFactor);
  router.post('/two-factor/setup', limiters.perIp, authenticate.required, c.setup);
  router.post('/two-factor/enable', limiters.perIp, authenticate.required, validate({ body: enableTwoFactorBody }), perUser, c.enable);
  router.post('/two-factor/disable', limiters.perIp, authenticate.required, validate({ body: disableTwoFactorBody }), perUser, c.disable);
}
