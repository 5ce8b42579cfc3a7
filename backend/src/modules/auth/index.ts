import type { Router } from 'express';
import { createAuthenticate, type AuthMiddleware } from '../../lib/http/authenticate.js';
import { accessTokenVerifier } from './access.js';
import { apiKeyLimiter } from './api-key-limiter.js';
import { looksLikeApiKey } from './api-key-secret.js';
import { verifyApiKey } from './api-key-state.js';
import { authRouter } from './auth.routes.js';
import type { AuthDeps, AuthModuleNeeds } from './deps.js';
import { authLimiters } from './limiters.js';
import { passwordResetQueue } from './password-reset.service.js';
import { dummyHash } from './passwords.js';
import { usersRouter } from './users.routes.js';

export { authApiDoc } from './auth.openapi.js';
export { apiKeysApiDoc } from './api-keys.openapi.js';
export { createUser } from './auth.service.js';
export { email, newPassword, userName } from './auth.schemas.js';
export { hashPassword } from './passwords.js';
export { sessionRevoked } from './tokens.js';
export type { AuthModuleNeeds } from './deps.js';

export interface AuthModule {
  /** Mount at /api/v1/auth (the refresh cookie's path). */
  router: Router;
  /** Mount at /api/v1/users. */
  usersRouter: Router;
  /** `required` / `optional` middleware for other modules' routes. */
  authenticate: AuthMiddleware;
}

export function authModule(app: AuthModuleNeeds): AuthModule {
  const deps: AuthDeps = {
    prisma: app.db.prisma,
    cache: app.cache,
    logger: app.logger,
    auth: app.config.auth,
    accounts: app.config.accounts,
    jobs: app.jobs,
  };
  app.jobs.define(passwordResetQueue(deps));
  // Made now, not on the first sign-in attempt for an unknown email, which would otherwise be slower.
  dummyHash(deps.auth.bcryptCost).catch((err: unknown) => app.logger.error({ err }, 'could not prepare the dummy hash'));
  const verifyAccessToken = accessTokenVerifier(deps);
  const authenticate = createAuthenticate({
    verify: (token) => (looksLikeApiKey(token) ? verifyApiKey(deps, token) : verifyAccessToken(token)),
    isApiKey: looksLikeApiKey,
    afterApiKey: apiKeyLimiter(app),
  });
  return {
    router: authRouter({
      deps,
      authenticate,
      limiters: authLimiters(app),
      secureCookies: app.config.env === 'production',
    }),
    usersRouter: usersRouter(deps, authenticate),
    authenticate,
  };
}
