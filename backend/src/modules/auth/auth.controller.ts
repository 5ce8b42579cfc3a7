import type { Request, Response } from 'express';
import { AppError, unauthorized } from '../../lib/errors.js';
import { principalOf, signedIn } from '../../lib/http/authenticate.js';
import { inputOf } from '../../lib/http/validate.js';
import type { AuthResult } from './auth.service.js';
import * as auth from './auth.service.js';
import type { ChangePasswordBody, LoginBody, RefreshBody, UpdateMeBody } from './auth.schemas.js';
import { clearRefreshCookie, refreshCookie, setDeviceCookie, setRefreshCookie } from './cookies.js';
import { deviceKey, issueDeviceToken } from './device.js';
import type { AuthDeps, ClientMeta } from './deps.js';

const clientMeta = (req: Request): ClientMeta => ({ userAgent: req.get('user-agent'), ip: req.ip });

/** `secure`: the refresh cookie is marked Secure (production, behind HTTPS). */
export function authController(deps: AuthDeps, secure: boolean) {
  const devices = deviceKey(deps.auth.jwtSecret);

  // The refresh token goes both in the body (for non-browser clients) and in the cookie (for the SPA).
  function sendTokens(res: Response, status: number, result: AuthResult, alsoSet?: () => void): void {
    setRefreshCookie(res, result.refreshToken, result.refreshExpiresAt, secure);
    alsoSet?.();
    const { user, accessToken, refreshToken, expiresIn } = result;
    res.status(status).json({ user, accessToken, refreshToken, expiresIn });
  }

  // Arrow functions rather than methods: the router is handed each handler on its own, detached from
  // this object, and an arrow function has no `this` to lose.
  return {

    login: async (req: Request, res: Response) => {
      const input = inputOf<LoginBody>(res, 'body');
      const result = await auth.login(deps, input, clientMeta(req));
      // Password right, second factor still to come (/login/two-factor): no session, no cookie yet.
      if ('mfaRequired' in result) {
        res.status(202).json(result);
        return;
      }
      // A fresh device cookie on every sign-in: this browser's later attempts are limited on their own (limiters.ts).
      sendTokens(res, 200, result, () => setDeviceCookie(res, issueDeviceToken(devices, input.email), secure));
    },

    refresh: async (req: Request, res: Response) => {
      const token = inputOf<RefreshBody>(res, 'body').refreshToken ?? refreshCookie(req);
      if (!token) throw unauthorized('A refresh token is required (cookie or body)', 'invalid_refresh_token');
      try {
        sendTokens(res, 200, await auth.refresh(deps, token));
      } catch (err) {
        // A dead token in the cookie would only make the SPA retry it: drop it with the refusal.
        // Not on other failures (a database blip) which would sign the user out for nothing.
        if (err instanceof AppError && err.status === 401) clearRefreshCookie(res, secure);
        throw err;
      }
    },

    logout: async (req: Request, res: Response) => {
      const principal = principalOf(res);
      const refreshToken = inputOf<RefreshBody>(res, 'body').refreshToken ?? refreshCookie(req);
      if (!principal && !refreshToken) throw unauthorized('An access token or a refresh token is required');
      await auth.logout(deps, { principal, refreshToken });
      clearRefreshCookie(res, secure);
      res.status(204).end();
    },

    logoutAll: async (_req: Request, res: Response) => {
      await auth.logoutAll(deps, signedIn(res));
      clearRefreshCookie(res, secure);
      res.status(204).end();
    },

    me: async (_req: Request, res: Response) => {
      res.json({ user: await auth.me(deps, signedIn(res)) });
    },

    updateMe: async (_req: Request, res: Response) => {
      res.json({ user: await auth.updateProfile(deps, signedIn(res), inputOf<UpdateMeBody>(res, 'body')) });
    },

    changePassword: async (_req: Request, res: Response) => {
      await auth.changePassword(deps, signedIn(res), inputOf<ChangePasswordBody>(res, 'body'));
      res.status(204).end();
    },
  };
}
