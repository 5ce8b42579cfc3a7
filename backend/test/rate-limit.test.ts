import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { waitForRedisReady } from '../src/lib/redis.js';
import { createTestApp, type TestApp } from './support/app.js';
import { startPrivateRedis } from './support/private-servers.js';

// Every test builds its own apps: a fresh database and Redis key prefix each, so every test starts
// with a full budget and passes alone or in any order.
const opened: TestApp[] = [];
afterEach(async () => {
  for (const app of opened.splice(0).reverse()) await app.close();
});

/** Two instances of one deployment (same database, same Redis namespace) with a budget of `max`. */
async function twoInstances(max: number) {
  const env = { RATE_LIMIT_MAX: String(max), RATE_LIMIT_WINDOW_MS: '60000' };
  const first = await createTestApp({ env });
  opened.push(first);
  const second = await createTestApp({ shareWith: first, env });
  opened.push(second);
  return { first, second };
}

describe('rate limiting shared through Redis', () => {
  it('when two instances share one Redis, then the limit counts requests to both and the next one is a 429 problem', async () => {
    const { first, second } = await twoInstances(4);
    const apps = [first.app, second.app, first.app, second.app];
    for (const [i, app] of apps.entries()) {
      const res = await request(app).get('/api/v1/anything');
      expect(res.status).toBe(404);
      expect(res.headers.ratelimit).toMatch(new RegExp(`r=${3 - i}\\b`));
      expect(res.headers['ratelimit-policy']).toMatch(/q=4/);
    }
    const limited = await request(second.app).get('/api/v1/anything');
    expect(limited.status).toBe(429);
    expect(limited.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(limited.body).toMatchObject({ status: 429, code: 'rate_limited' });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((await request(first.app).get('/api/v1/anything')).status).toBe(429);
  });

  it('when the client rotates X-Forwarded-For without a trusted proxy, then the limit still holds', async () => {
    const { first, second } = await twoInstances(2);
    const asClient = (app: TestApp, forwardedFor: string) => request(app.app).get('/api/v1/anything').set('X-Forwarded-For', forwardedFor);
    // A different claimed address on every request: each one is still counted against the one socket address.
    const spent = await asClient(first, '203.0.113.1');
    expect(spent.status).toBe(404);
    expect(spent.headers.ratelimit).toMatch(/r=1\b/);
    expect((await asClient(second, '203.0.113.2')).headers.ratelimit).toMatch(/r=0\b/);
    const limited = await asClient(first, '203.0.113.99');
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ status: 429, code: 'rate_limited' });
  });
});

describe('rate limiting when Redis comes and goes', () => {
  it('when Redis was down while the app was built, then limits are shared through it once it is up (the hit made meanwhile still counts)', async () => {
    const redis = await startPrivateRedis();
    await redis.stop();
    const app = await createTestApp({ redisUrl: redis.url, env: { RATE_LIMIT_MAX: '3' } });
    let other: TestApp | undefined;
    try {
      expect((await request(app.app).get('/api/v1/anything')).status).toBe(404);
      await redis.start();
      await waitForRedisReady(app.redis!, 5_000);
      // Counted in Redis (1) and in this instance's memory (2, from the outage): the higher one shows.
      expect((await request(app.app).get('/api/v1/anything')).headers.ratelimit).toMatch(/r=1\b/);
      // Another instance has no memory of the outage, so what it sees comes from Redis.
      other = await createTestApp({ shareWith: app, env: { RATE_LIMIT_MAX: '3' } });
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await request(other.app).get('/api/v1/anything')).status);
      expect(statuses).toEqual([404, 404, 429]);
    } finally {
      await other?.close();
      await app.close();
      await redis.destroy();
    }
  });
});
