import type { Router } from 'express';
import type { AuthMiddleware } from '../../lib/http/authenticate.js';
import { validate } from '../../lib/http/validate.js';
import { accountController } from './account.controller.js';
import { changeEmailBody, passwordResetConfirmBody, passwordResetRequestBody, verifyEmailBody } from './account.schemas.js';
import { registerBody } from './auth.schemas.js';
import type { AuthDeps } from './deps.js';
import type { authLimiters } from './limiters.js';

/**
 * Registration, password reset, address verification and change, on the /auth router. Every route
 * is limited per client; the emails each account can be sent are limited per hour in the services.
 */
export function addAccountRoutes(
  router: Router,
  { deps, authenticate, limiters }: { deps: AuthDeps; authenticate: AuthMiddleware; limiters: ReturnType<typeof authLimiters> },
): void {
  const c = accountController(deps);
  router.post('/register', limiters.perIp, validate({ body: registerBody }), c.register);
  router.post('/password-reset', limiters.perIp, validate({ body: passwordResetRequestBody }), c.requestPasswordReset);
  router.post('/password-reset/confirm', limiters.perIp, validate({ body: passwordResetConfirmBody }), c.confirmPasswordReset);
  router.post('/verify-email', limiters.perIp, validate({ body: verifyEmailBody }), c.verifyEmail);
  router.post('/verify-email/resend', limiters.perIp, authenticate.required, c.resendVerification);
  router.post(
    '/change-email',
    limiters.perIp,
    authenticate.required,
    validate({ body: changeEmailBody }),
    // The password is asked for again here: guesses count with the change-password ones.
    limiters.passwordChangePerUser,
    c.changeEmail,
  );
}
