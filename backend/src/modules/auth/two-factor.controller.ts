import type { NextFunction, Request, Response } from 'express';
import { signedIn } from '../../lib/http/authenticate.js';
import { inputOf } from '../../lib/http/validate.js';
import { setDeviceCookie, setRefreshCookie } from './cookies.js';
import type { AuthDeps } from './deps.js';
import { deviceKey, issueDeviceToken } from './device.js';
import { mfaClaimsOf, verifyMfaToken } from './mfa-token.js';
import * as twoFactor from './two-factor.service.js';
import type { DisableTwoFactorBody, EnableTwoFactorBody, LoginTwoFactorBody } from './two-factor.schemas.js';

export function twoFactorController(deps: AuthDeps, secure: boolean) {
  const devices = deviceKey(deps.auth.jwtSecret);
  return {
    /** Before the per-user limiter: a forged or expired token is refused without naming anyone. */
    readMfaToken: (_req: Request, res: Response, next: NextFunction) => {
      res.locals.mfaClaims = verifyMfaToken(deps.auth, inputOf<LoginTwoFactorBody>(res, 'body').mfaToken);
      next();
    },

    // What /login sends on success, cookies included (auth.controller.ts sendTokens and login).
    loginTwoFactor: async (req: Request, res: Response) => {
      const { code } = inputOf<LoginTwoFactorBody>(res, 'body');
      const meta = { userAgent: req.get('user-agent'), ip: req.ip };
      const { result, email } = await twoFactor.completeTwoFactorLogin(deps, mfaClaimsOf(res)!, { code }, meta);
      setRefreshCookie(res, result.refreshToken, result.refreshExpiresAt, secure);
      setDeviceCookie(res, issueDeviceToken(devices, email), secure);
      const { user, accessToken, refreshToken, expiresIn } = result;
      res.status(200).json({ user, accessToken, refreshToken, expiresIn });
    },

    setup: async (_req: Request, res: Response) => {
      res.json(await twoFactor.setUpTwoFactor(deps, signedIn(res)));
    },

    enable: async (_req: Request, res: Response) => {
      const recoveryCodes = await twoFactor.enableTwoFactor(deps, signedIn(res), inputOf<EnableTwoFactorBody>(res, 'body'));
      res.json({ recoveryCodes });
    },

    disable: async (_req: Request, res: Response) => {
      await twoFactor.disableTwoFactor(deps, signedIn(res), inputOf<DisableTwoFactorBody>(res, 'body'));
      res.status(204).end();
    },
  };
}

/** POST /users/:id/two-factor/reset (users.routes.ts, admins only). */
export function twoFactorResetHandler(deps: AuthDeps) {
  return async (_req: Request, res: Response) => {
    await twoFactor.resetTwoFactor(deps, signedIn(res), inputOf<{ id: string }>(res, 'params').id);
    res.status(204).end();
  };
}
