import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';

/** The run's shared Redis (private, or REDIS_URL's). */
export function injectRedisUrl(): string {
  return inject('redisUrl');
}

/**
 * A key prefix of one's own: test files share one Redis, so each uses this as its key prefix
 * instead of flushing. On a shared REDIS_URL, global teardown deletes keys under test:<runId>:.
 */
export function uniqueRedisPrefix(): string {
  return `test:${inject('testRunId')}:${randomBytes(6).toString('hex')}:`;
}
