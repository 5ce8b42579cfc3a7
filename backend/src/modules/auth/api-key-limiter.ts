import type { NextFunction, Request, Response } from 'express';
import { principalOf } from '../../lib/http/authenticate.js';
import { createRateLimiter } from '../../lib/http/rate-limit.js';
import type { AuthModuleNeeds } from './deps.js';

/**
 * Requests per key per RATE_LIMIT_WINDOW_MS (API_KEY_RATE_LIMIT_MAX), shared across instances
 * through Redis like every limit: a leaked or runaway script is held to its own budget, whichever
 * addresses it calls from, on top of the per-client limit every request has.
 */
export function apiKeyLimiter({ config, redis, logger }: Pick<AuthModuleNeeds, 'config' | 'redis' | 'logger'>) {
  const limiter = createRateLimiter({
    name: 'api-key',
    windowMs: config.rateLimit.windowMs,
    limit: config.rateLimit.apiKeyMax,
    redis,
    logger,
    keyGenerator: (_req, res) => {
      const credential = principalOf(res)?.credential;
      return credential?.kind === 'api_key' ? credential.keyId : 'none';
    },
    onLimited: (name) => logger.warn({ event: 'rate_limited', limiter: name }, 'API key rate limit reached'),
  });
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    await limiter(req, res, next);
  };
}
