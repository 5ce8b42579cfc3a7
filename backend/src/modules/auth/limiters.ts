import { createHash } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { ipKeyGenerator } from 'express-rate-limit';
import type { Redis } from 'ioredis';
import type { Config } from '../../config.js';
import type { Database } from '../../lib/db.js';
import { principalOf } from '../../lib/http/authenticate.js';
import { createRateLimiter } from '../../lib/http/rate-limit.js';
import type { Logger } from '../../lib/logger.js';
import { recordAudit, SYSTEM } from '../audit/index.js';
import { deviceCookie } from './cookies.js';
import { deviceKey, trustedDevice } from './device.js';
import { mfaClaimsOf } from './mfa-token.js';

interface LimiterDeps {
  config: Config;
  redis: Redis | null;
  logger: Logger;
  /** Where lockouts are recorded (the audit log). */
  db: Pick<Database, 'prisma'>;
}

// Keys name an account without storing its email in Redis.
const digest = (value: string) => createHash('sha256').update(value).digest('base64url');

const emailOf = (res: Response) => (res.locals.input as { body: { email: string } }).body.email;
// Set by classifyLogin: the device cookie's nonce when it is genuine for this account, else null.
const deviceOf = (res: Response) => res.locals.loginDevice as string | null;
const UNTRUSTED_COUNT = 'loginUntrustedFailures';
const SLOWDOWN_BASE_MS = 250;

/**
 * Brute-force limits, all checked before bcrypt runs and shared across instances through Redis
 * (in process memory while it is down, lib/http/failover-store.ts):
 * - per client IP on every endpoint that takes a credential (req.ip is the socket address unless
 *   TRUST_PROXY names the proxy, so a forged X-Forwarded-For does not give a fresh budget);
 * - on login, failures only, following OWASP's device-cookie scheme (device.ts): a client with a
 *   genuine device cookie for the account is limited per device; any other client per account and
 *   IP (the strict bound), and all of them together per account by a looser bound, slowed down with
 *   a growing delay on the way. So an attacker cannot lock the owner out, from their usual device or
 *   from a new one, and one spreading guesses over many IPs still gets few guesses per account. The
 *   answer is the same whether or not the account exists;
 * - per user on password change, so a stolen access token cannot be used to guess the password;
 * - per user on two-factor codes (the sign-in step, keyed by the mfaToken's user, and enabling or
 *   disabling), failures only: at the default 10 per 15 minutes a six-digit code is all but unguessable.
 */
export function authLimiters({ config, redis, logger, db }: LimiterDeps) {
  const failureWindowMs = config.auth.loginFailureWindowSeconds * 1000;
  const onLimited = (name: string) => logger.warn({ event: 'rate_limited', limiter: name }, 'auth rate limit reached');
  // A failure limit reached is a lockout: recorded once, at its first refusal, with the account it
  // protects (an address no account has is recorded as such). A lost entry never turns the 429 into a 500.
  const lockedOut = async (name: string, refused: { req: Request; res: Response; first: boolean }) => {
    onLimited(name);
    if (!refused.first) return;
    try {
      const email = (refused.res.locals.input as { body?: { email?: string } } | undefined)?.body?.email;
      const userId = email
        ? (await db.prisma.user.findUnique({ where: { email }, select: { id: true } }))?.id ?? null
        : (mfaClaimsOf(refused.res)?.userId ?? principalOf(refused.res)?.userId ?? null);
      await recordAudit(db.prisma, {
        action: 'sign_in_locked_out',
        actor: SYSTEM,
        target: { type: 'user', id: userId },
        detail: { limiter: name, windowSeconds: config.auth.loginFailureWindowSeconds, ...(email ? { email } : {}) },
      });
    } catch (err) {
      logger.error({ err, limiter: name }, 'could not record a lockout in the audit log');
    }
  };
  const key = deviceKey(config.auth.jwtSecret);
  const failures = { windowMs: failureWindowMs, redis, logger, onLimited: lockedOut, skipSuccessfulRequests: true };
  const { loginSlowdownAfterFailures: slowAfter, loginSlowdownMaxMs: slowMax } = config.auth;
  return {
    perIp: createRateLimiter({
      name: 'auth-ip',
      windowMs: config.rateLimit.windowMs,
      limit: config.rateLimit.authMax,
      redis,
      logger,
      onLimited,
    }),
    // The ones below run after validation, so the email is already normalised: case or spaces do not reset them.
    login: [
      function classifyLogin(req: Request, res: Response, next: NextFunction) {
        res.locals.loginDevice = trustedDevice(key, emailOf(res), deviceCookie(req));
        next();
      },
      createRateLimiter({
        ...failures,
        name: 'login-device',
        limit: config.auth.loginMaxFailuresPerAccount,
        skip: (_req, res) => deviceOf(res) === null,
        keyGenerator: (_req, res) => `${digest(emailOf(res))}:${deviceOf(res)}`,
      }),
      createRateLimiter({
        ...failures,
        name: 'login-account-ip',
        limit: config.auth.loginMaxFailuresPerAccount,
        skip: (_req, res) => deviceOf(res) !== null,
        keyGenerator: (req, res) => `${digest(emailOf(res))}:${ipKeyGenerator(req.ip ?? '')}`,
      }),
      createRateLimiter({
        ...failures,
        name: 'login-account',
        limit: config.auth.loginMaxUntrustedFailuresPerAccount,
        skip: (_req, res) => deviceOf(res) !== null,
        keyGenerator: (_req, res) => digest(emailOf(res)),
        requestPropertyName: UNTRUSTED_COUNT,
      }),
      // Past the slowdown threshold every untrusted attempt on the account waits, doubling per
      // failure up to the cap: guessing slows down long before the loose bound refuses everyone.
      async function slowDown(req: Request, res: Response, next: NextFunction) {
        const used = (req as unknown as Record<string, { used: number } | undefined>)[UNTRUSTED_COUNT]?.used ?? 0;
        const excess = used - slowAfter;
        if (deviceOf(res) === null && excess > 0) {
          await new Promise((resolve) => setTimeout(resolve, Math.min(SLOWDOWN_BASE_MS * 2 ** Math.min(excess - 1, 20), slowMax)));
        }
        next();
      },
    ],
    twoFactorPerUser: createRateLimiter({
      ...failures,
      name: 'two-factor',
      limit: config.auth.loginMaxFailuresPerAccount,
      keyGenerator: (_req: Request, res: Response) => mfaClaimsOf(res)?.userId ?? principalOf(res)?.userId ?? 'anonymous',
    }),
    passwordChangePerUser: createRateLimiter({
      ...failures,
      name: 'password-change',
      limit: config.auth.loginMaxFailuresPerAccount,
      keyGenerator: (_req: Request, res: Response) => principalOf(res)?.userId ?? 'anonymous',
    }),
  };
}
