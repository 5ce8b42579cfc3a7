import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import type { Redis } from 'ioredis';
import type { Config } from '../../config.js';
import { principalOf } from '../../lib/http/authenticate.js';
import { createRateLimiter } from '../../lib/http/rate-limit.js';
import type { Logger } from '../../lib/logger.js';

interface LimiterDeps {
  config: Config;
  redis: Redis | null;
  logger: Logger;
}

// Keys name an account without storing its email in Redis.
const digest = (value: string) => createHash('sha256').update(value).digest('base64url');

/**
 * Brute-force limits, all checked before bcrypt runs and shared across instances through Redis:
 * - per client IP on every endpoint that takes a credential (req.ip is the socket address unless
 *   TRUST_PROXY names the proxy, so a forged X-Forwarded-For does not give a fresh budget);
 * - per account on login, counting failures only, so an attacker spreading guesses over many IPs
 *   still gets few guesses per account (the same answer whether or not the account exists);
 * - per user on password change, so a stolen access token cannot be used to guess the password.
 */
export function authLimiters({ config, redis, logger }: LimiterDeps) {
  const failureWindowMs = config.auth.loginFailureWindowSeconds * 1000;
  const onLimited = (name: string) => logger.warn({ event: 'rate_limited', limiter: name }, 'auth rate limit reached');
  return {
    perIp: createRateLimiter({
      name: 'auth-ip',
      windowMs: config.rateLimit.windowMs,
      limit: config.rateLimit.authMax,
      redis,
      logger,
      onLimited,
    }),
    // Runs after validation, so the email is already normalised: case or spaces do not reset it.
    loginPerAccount: createRateLimiter({
      name: 'login-account',
      windowMs: failureWindowMs,
      limit: config.auth.loginMaxFailuresPerAccount,
      redis,
      logger,
      onLimited,
      skipSuccessfulRequests: true,
      keyGenerator: (_req: Request, res: Response) => digest((res.locals.input as { body: { email: string } }).body.email),
    }),
    passwordChangePerUser: createRateLimiter({
      name: 'password-change',
      windowMs: failureWindowMs,
      limit: config.auth.loginMaxFailuresPerAccount,
      redis,
      logger,
      onLimited,
      skipSuccessfulRequests: true,
      keyGenerator: (_req: Request, res: Response) => principalOf(res)?.userId ?? 'anonymous',
    }),
  };
}
