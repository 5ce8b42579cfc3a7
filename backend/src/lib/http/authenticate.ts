import type { NextFunction, Request, Response } from 'express';
import { AppError, forbidden, unauthorized } from '../errors.js';

export type Role = 'USER' | 'ADMIN';

/** What an API key may be allowed to do; a session may do all of it. */
export const SCOPES = ['products:read', 'products:write'] as const;
export type Scope = (typeof SCOPES)[number];

/** Which credential proved the caller: a session's access token, or a personal API key. */
type Credential =
  | { kind: 'session'; sessionId: string; tokenId: string }
  | { kind: 'api_key'; keyId: string; scopes: readonly Scope[] };

/** Who is calling, as proven by a valid access token or API key. */
export interface Principal {
  userId: string;
  role: Role;
  /** Whether the user has confirmed their email address; writes may require it (config). */
  emailVerified: boolean;
  credential: Credential;
}

/** Checks a bearer credential and returns its principal, or throws a 401 AppError. Supplied by the auth module. */
export type VerifyCredential = (token: string) => Promise<Principal>;

export interface AuthenticateOptions {
  verify: VerifyCredential;
  /** Whether a bearer value is an API key (by its shape) rather than an access token. */
  isApiKey: (token: string) => boolean;
  /** Runs after an API key was accepted, e.g. its own rate limit. */
  afterApiKey?: (req: Request, res: Response, next: NextFunction) => Promise<void>;
}

export function bearerToken(req: Request): string | undefined {
  const header = req.get('authorization');
  if (!header) return undefined;
  const match = /^Bearer ([A-Za-z0-9\-_.~+/]+=*)$/i.exec(header);
  if (!match) throw unauthorized('The Authorization header must be "Bearer <token>"', 'invalid_token');
  return match[1];
}

type Middleware = (req: Request, res: Response, next: NextFunction) => Promise<void>;

export interface AuthMiddleware {
  /** Requires a session's access token; an API key is refused with 403 session_required. */
  required: Middleware;
  /** Accepts anonymous callers, but a presented token must be a session's and valid. */
  optional: Middleware;
  /** The same two, also accepting API keys: for the routes keys are for (their scopes say which). */
  orApiKey: { required: Middleware; optional: Middleware };
  /** The check behind them: a long-lived answer (an SSE stream) asks it again as time goes by. */
  verify: VerifyCredential;
}

const sessionRequired = () =>
  forbidden('This needs a signed-in session; an API key cannot be used here', 'session_required');

export const insufficientScope = (scope: Scope) =>
  new AppError(403, 'insufficient_scope', `This API key lacks the ${scope} scope`, {
    headers: { 'WWW-Authenticate': `Bearer error="insufficient_scope", scope="${scope}"` },
    extensions: { scope },
  });

export function createAuthenticate({ verify, isApiKey, afterApiKey }: AuthenticateOptions): AuthMiddleware {
  // A key is refused by its shape on the routes that need a session, before any lookup: such a
  // request is never worth a cache read, a last-used write or a count against the key's limit.
  async function check(req: Request, res: Response, next: NextFunction, need: { token: boolean; keys: boolean }): Promise<void> {
    const token = bearerToken(req);
    if (!token) {
      if (need.token) throw unauthorized();
      next();
      return;
    }
    const key = isApiKey(token);
    if (key && !need.keys) throw sessionRequired();
    res.locals.principal = await verify(token);
    if (key && afterApiKey) await afterApiKey(req, res, next);
    else next();
  }
  return {
    required: (req, res, next) => check(req, res, next, { token: true, keys: false }),
    optional: (req, res, next) => check(req, res, next, { token: false, keys: false }),
    orApiKey: {
      required: (req, res, next) => check(req, res, next, { token: true, keys: true }),
      optional: (req, res, next) => check(req, res, next, { token: false, keys: true }),
    },
    verify,
  };
}

/** Sessions have every scope; an API key only those it was created with. `products:write` includes reading. */
export function hasScope(principal: Principal, scope: Scope): boolean {
  const { credential } = principal;
  if (credential.kind === 'session') return true;
  return credential.scopes.includes(scope) || (scope === 'products:read' && credential.scopes.includes('products:write'));
}

/** Must run after `orApiKey.required`: an API key without `scope` is refused with 403 insufficient_scope. */
export function requireScope(scope: Scope) {
  return (_req: Request, res: Response, next: NextFunction): void => {
    const principal = principalOf(res);
    if (!principal) throw unauthorized();
    if (!hasScope(principal, scope)) throw insufficientScope(scope);
    next();
  };
}

/** Must run after `required`: a user who has not confirmed their email address gets 403 email_not_verified. */
export function requireVerifiedEmail(_req: Request, res: Response, next: NextFunction): void {
  const principal = principalOf(res);
  if (!principal) throw unauthorized();
  if (!principal.emailVerified) {
    throw forbidden('Confirm your email address first: follow the link we sent you, or ask for a new one on your account page', 'email_not_verified');
  }
  next();
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

/** The principal of a route that required one (authenticate.required ran before), else 401. */
export function signedIn(res: Response): Principal {
  const principal = principalOf(res);
  if (!principal) throw unauthorized();
  return principal;
}

/** The session behind the principal, or undefined for an API key. */
export function sessionOf(principal: Principal | undefined): { sessionId: string; tokenId: string } | undefined {
  return principal?.credential.kind === 'session' ? principal.credential : undefined;
}
