import { Redis } from 'ioredis';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.js';
import { startPrivateRedis } from './support/private-servers.js';
import { expectProblem, PASSWORD, registerUser, uniqueEmail } from './auth-support.js';

// This file stops its Redis on purpose, so it has a private one.
let redis: Awaited<ReturnType<typeof startPrivateRedis>>;
beforeAll(async () => {
  redis = await startPrivateRedis();
});
afterAll(async () => {
  await redis?.destroy();
});

const LIMITS = { LOGIN_MAX_FAILURES_PER_ACCOUNT: '3', AUTH_RATE_LIMIT_MAX: '1000', RATE_LIMIT_MAX: '1000' };
const login = (t: TestApp, email: string, password: string) =>
  request(t.app).post('/api/v1/auth/login').send({ email, password });

async function untilReady(...apps: TestApp[]): Promise<void> {
  for (const t of apps) await expect.poll(() => t.redis!.status, { timeout: 10_000, interval: 50 }).toBe('ready');
}

/** Runs `body` with the private Redis stopped, and starts it again whatever happens. */
async function duringOutage(body: () => Promise<void>, ...apps: TestApp[]): Promise<void> {
  await redis.stop();
  try {
    await body();
  } finally {
    await redis.start();
    await untilReady(...apps);
  }
}

describe('rate limits while Redis is unreachable', () => {
  it('when Redis is down, then wrong passwords beyond the limit get 429, the right one included', async () => {
    const t = await createTestApp({ redisUrl: redis.url, env: LIMITS });
    try {
      const { email } = await registerUser(t.app);
      await duringOutage(async () => {
        for (let i = 0; i < 3; i++) expectProblem(await login(t, email, 'wrong-password-1'), 401, 'invalid_credentials');
        expectProblem(await login(t, email, PASSWORD), 429, 'rate_limited');
      }, t);
    } finally {
      await t.close();
    }
  });

  it('when Redis is down, then the per-IP auth limit still holds', async () => {
    const t = await createTestApp({ redisUrl: redis.url, env: { ...LIMITS, AUTH_RATE_LIMIT_MAX: '3' } });
    try {
      await duringOutage(async () => {
        for (let i = 0; i < 3; i++) expectProblem(await login(t, uniqueEmail(), 'wrong-password-1'), 401, 'invalid_credentials');
        const limited = await login(t, uniqueEmail(), 'wrong-password-1');
        expectProblem(limited, 429, 'rate_limited');
        expect(limited.headers['ratelimit-policy']).toMatch(/auth-ip/);
      }, t);
    } finally {
      await t.close();
    }
  });

  it('when Redis is down, then the API limit still holds', async () => {
    const t = await createTestApp({ redisUrl: redis.url, env: { ...LIMITS, RATE_LIMIT_MAX: '3' } });
    try {
      await duringOutage(async () => {
        for (let i = 0; i < 3; i++) expect((await request(t.app).get('/api/v1/anything')).status).toBe(404);
        expect((await request(t.app).get('/api/v1/anything')).status).toBe(429);
      }, t);
    } finally {
      await t.close();
    }
  });

  it('when Redis comes back, then the counting is shared through it again: the key is in Redis and a second instance sees the failures', async () => {
    const first = await createTestApp({ redisUrl: redis.url, env: LIMITS });
    const second = await createTestApp({ shareWith: first, env: LIMITS });
    const probe = new Redis(redis.url, { lazyConnect: true });
    try {
      const { email } = await registerUser(first.app);
      // During the outage each instance counts on its own.
      await duringOutage(async () => {
        for (let i = 0; i < 3; i++) await login(first, uniqueEmail('other'), 'wrong-password-1');
        expect((await request(first.app).get('/api/v1/anything')).status).toBe(404);
      }, first, second);

      await login(first, email, 'wrong-password-1');
      await login(second, email, 'wrong-password-1');
      await login(first, email, 'wrong-password-1');
      expectProblem(await login(second, email, PASSWORD), 429, 'rate_limited');
      await probe.connect();
      const keys = await probe.keys(`${first.config.redis.keyPrefix}rl:*`);
      expect(keys.some((k) => k.includes(':rl:api:'))).toBe(true);
      expect(keys.some((k) => k.includes(':rl:login-'))).toBe(true);
    } finally {
      probe.disconnect();
      await second.close();
      await first.close();
    }
  });
});
