import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import { ipKeyGenerator, rateLimit, type IncrementResponse, type Store } from 'express-rate-limit';
import type { Redis } from 'ioredis';
import { RedisStore } from 'rate-limit-redis';
import { AppError } from '../errors.js';
import type { Logger } from '../logger.js';
import { FailoverStore } from './failover-store.js';

export interface RateLimitOptions {
  /** Distinguishes limiters sharing one Redis, e.g. "api" and "login". */
  name: string;
  windowMs: number;
  limit: number;
  /** Shared store so a limit holds across instances; null means an in-process store. */
  redis: Redis | null;
  logger: Logger;
  keyGenerator?: (req: Request, res: Response) => string;
  /** Count only requests that fail (status >= 400), e.g. wrong passwords but not sign-ins. */
  skipSuccessfulRequests?: boolean;
  /**
   * Told of each refused request; `first` when it is the first refusal of its key in this window
   * (the moment a lockout starts). Awaited before the 429 is sent.
   */
  onLimited?: (name: string, refused: { req: Request; res: Response; first: boolean }) => void | Promise<void>;
  /** Requests this limiter neither counts nor limits. */
  skip?: (req: Request, res: Response) => boolean;
  /** Where on req the limiter leaves its count (express-rate-limit's requestPropertyName). */
  requestPropertyName?: string;
}

/**
 * express-rate-limit with the RFC draft-8 `RateLimit` headers and a problem+json 429. The limits
 * fail closed: while Redis cannot be reached each instance counts in its own memory
 * (failover-store.ts) and goes back to Redis when it answers, so an outage never lifts a limit.
 * (The cache, lib/cache, fails open instead.)
 */
export function createRateLimiter(options: RateLimitOptions) {
  return buildRateLimiter(options).middleware;
}

/**
 * What lib/http/fast-lane.ts needs to count a request for a limiter before handing it to Express:
 * the key express-rate-limit derives from the address, one count in the limiter's own store, and the
 * headers that count gives. A request the lane does not answer is handed over with its count
 * (adopt), so the limiter counts it once and answers (or refuses) it from that count.
 */
export interface LimitCounter {
  limit: number;
  /** express-rate-limit's default key for a client address (req.ip): the address, an IPv6 one by its /56. */
  keyOf(ip: string): string;
  count(key: string): Promise<IncrementResponse>;
  adopt(key: string, counted: IncrementResponse): void;
  /** The draft-8 RateLimit and RateLimit-Policy headers the middleware sets for this count. */
  headers(key: string, counted: IncrementResponse): Array<[string, string]>;
}

/** The limiter's middleware, and (with a shared store) its counter for the fast lane. */
export function buildRateLimiter(options: RateLimitOptions): { middleware: ReturnType<typeof rateLimit>; counter: LimitCounter | null } {
  const store = options.redis ? new FailoverStore(redisStore(options.redis, options.name), options.name, options.logger) : undefined;
  const middleware = rateLimit({
    windowMs: options.windowMs,
    limit: options.limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    identifier: options.name,
    // The failover store never throws; a store that did would become a 500, not a pass.
    passOnStoreError: false,
    store,
    ...(options.keyGenerator ? { keyGenerator: options.keyGenerator } : {}),
    skipSuccessfulRequests: options.skipSuccessfulRequests ?? false,
    ...(options.skip ? { skip: options.skip } : {}),
    ...(options.requestPropertyName ? { requestPropertyName: options.requestPropertyName } : {}),
    handler: (req, res, next) => {
      // Counted by the request metrics (lib/http/metrics.ts) for every limiter, including the ones
      // other modules build with an onLimited of their own.
      res.locals.rateLimitedBy = options.name;
      // The count includes this request: one past the limit is the first refused.
      const counted = (req as unknown as Record<string, { used?: number } | undefined>)[options.requestPropertyName ?? 'rateLimit'];
      const refusal = () => {
        const retryAfter = res.getHeader('Retry-After');
        return new AppError(429, 'rate_limited', 'Too many requests; slow down and retry later', {
          extensions: retryAfter ? { retryAfterSeconds: Number(retryAfter) } : undefined,
        });
      };
      // onLimited may write (a lockout into the audit log): the 429 goes once it is done.
      Promise.resolve(options.onLimited?.(options.name, { req, res, first: counted?.used === options.limit + 1 })).then(() => next(refusal()), next);
    },
    logger: options.logger,
    // A client-sent X-Forwarded-For without a trusted proxy is expected noise, not a misconfiguration.
    validate: { xForwardedForHeader: false },
  });
  // A custom key (per user, per API key) is the route's business: the lane counts by address only.
  const counter = store && !options.keyGenerator && !options.skip && !options.skipSuccessfulRequests ? laneCounter(store, options) : null;
  return { middleware, counter };
}

function laneCounter(store: FailoverStore, { name, limit, windowMs }: RateLimitOptions): LimitCounter {
  const windowSeconds = Math.ceil(windowMs / 1000);
  // The policy's partition key is a hash of the key: computed once per client address.
  const policies = new Map<string, string>();
  const policyOf = (key: string) => {
    let policy = policies.get(key);
    if (policy === undefined) {
      const partition = Buffer.from(createHash('sha256').update(key).digest('hex').slice(0, 12)).toString('base64');
      policy = `"${name}"; q=${limit}; w=${windowSeconds}; pk=:${partition}:`;
      if (policies.size >= 10_000) policies.clear();
      policies.set(key, policy);
    }
    return policy;
  };
  return {
    limit,
    keyOf: (ip) => ipKeyGenerator(ip),
    count: (key) => store.count(key),
    adopt: (key, counted) => store.adopt(key, counted),
    headers(key, { totalHits, resetTime }) {
      const reset = resetTime ? Math.max(0, Math.ceil((resetTime.getTime() - Date.now()) / 1000)) : windowSeconds;
      return [
        ['RateLimit', `"${name}"; r=${Math.max(limit - totalHits, 0)}; t=${reset}`],
        ['RateLimit-Policy', policyOf(key)],
      ];
    },
  };
}

function redisStore(redis: Redis, name: string): Store {
  return new RedisStore({ prefix: `rl:${name}:`, sendCommand: scriptTolerantSender(redis) });
}

/**
 * rate-limit-redis loads its Lua scripts once, when the app is built; if Redis is not reachable at
 * that moment the stored promise stays rejected and the limiter never works again. So SCRIPT LOAD is
 * answered locally (the SHA-1 Redis would return) and an EVALSHA that meets NOSCRIPT (first use, or
 * Redis restarted) is re-sent as EVAL, which also caches the script server-side.
 */
function scriptTolerantSender(redis: Redis) {
  const scripts = new Map<string, string>();
  return async (command: string, ...args: string[]): Promise<never> => {
    if (command === 'SCRIPT' && args[0] === 'LOAD' && args[1]) {
      const sha = createHash('sha1').update(args[1]).digest('hex');
      scripts.set(sha, args[1]);
      return sha as never;
    }
    if (command === 'EVALSHA' && args[0]) {
      try {
        return (await redis.call('EVALSHA', ...args)) as never;
      } catch (err) {
        const script = scripts.get(args[0]);
        if (!script || !/^NOSCRIPT/.test((err as Error).message)) throw err;
        return (await redis.call('EVAL', script, ...args.slice(1))) as never;
      }
    }
    return (await redis.call(command, ...args)) as never;
  };
}
