import type { NextFunction, Request, Response } from 'express';
import { forbidden, unauthorized } from '../errors.js';

export type Role = 'USER' | 'ADMIN';

/** Who is calling, as proven by a valid access token. */
export interface Principal {
  userId: string;
  role: Role;
  /** Whether the user has confirmed their email address; writes may require it (config). */
  emailVerified: boolean;
  sessionId: string;
  tokenId: string;
}

/** Checks a bearer token and returns its principal, or throws a 401 AppError. Supplied by the auth module. */
export type VerifyAccessToken = (token: string) => Promise<Principal>;

function bearerToken(req: Request): string | undefined {
  const header = req.get('authorization');
  if (!header) return undefined;
  const match = /^Bearer ([A-Za-z0-9\-_.~+/]+=*)$/i.exec(header);
  if (!match) throw unauthorized('The Authorization header must be "Bearer <token>"', 'invalid_token');
  return match[1];
}

export interface AuthMiddleware {
  /** Requires a valid access token. */
  required: (req: Request, res: Response, next: NextFunction) => Promise<void>;
  /** Accepts anonymous callers, but a presented token must be valid. */
  optional: (req: Request, res: Response, next: NextFunction) => Promise<void>;
}

export function createAuthenticate(verify: VerifyAccessToken): AuthMiddleware {
  return {
    async required(req, res, next) {
      const token = bearerToken(req);
      if (!token) throw unauthorized();
      res.locals.principal = await verify(token);
      next();
    },
    async optional(req, res, next) {
      const token = bearerToken(req);
      if (token) res.locals.principal = await verify(token);
      next();
    },
  };
}

/** Must run after `required`: lets only the given roles through. */
export function requireRole(...roles: Role[]) {
  return (_req: Request, res: Response, next: NextFunction): void => {
    const principal = res.locals.principal as Principal | undefined;
    if (!principal) throw unauthorized();
    if (!roles.includes(principal.role)) throw forbidden('This action needs the ' + roles.join(' or ') + ' role');
    next();
  };
}

export function principalOf(res: Response): Principal | undefined {
  return res.locals.principal as Principal | undefined;
}
