import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.js';
import { startPrivatePostgres, startPrivateRedis } from './support/private-servers.js';

// These tests stop and restart servers, so they use private ones rather than the shared pair.
let postgres: Awaited<ReturnType<typeof startPrivatePostgres>>;
let redis: Awaited<ReturnType<typeof startPrivateRedis>>;
let t: TestApp;

beforeAll(async () => {
  [postgres, redis] = await Promise.all([startPrivatePostgres({ migrate: true }), startPrivateRedis()]);
  t = await createTestApp({ databaseUrl: postgres.url, redisUrl: redis.url, env: { READINESS_TIMEOUT_MS: '500', DATABASE_POOL_TIMEOUT_MS: '500' } });
});
afterAll(async () => {
  await t?.close();
  await Promise.all([postgres?.destroy(), redis?.destroy()]);
});

describe('readiness through outages', () => {
  it('when the database stops, then readiness is 503 quickly, and 200 again once it returns', async () => {
    expect((await request(t.app).get('/health/ready')).status).toBe(200);
    await postgres.stop();
    const started = Date.now();
    const down = await request(t.app).get('/health/ready');
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ code: 'not_ready', checks: { database: { status: 'down' } } });
    expect((await request(t.app).get('/health')).status).toBe(200);
    // An API request that needs the database fails fast with a retryable 503, not a 500 or a hang.
    const read = await request(t.app).get('/api/v1/products?q=outage');
    expect(read.status).toBe(503);
    expect(read.body).toMatchObject({ code: 'service_unavailable' });
    expect(read.headers['retry-after']).toBe('5');
    expect(Date.now() - started).toBeLessThan(4_000);

    await postgres.start();
    await expect.poll(async () => (await request(t.app).get('/health/ready')).status, { timeout: 10_000, interval: 200 }).toBe(200);
    expect((await request(t.app).get('/api/v1/products?q=outage')).status).toBe(200);
  });

  it('when Redis stops, then readiness stays 200 but says degraded, and ok once it returns', async () => {
    await redis.stop();
    const degraded = await request(t.app).get('/health/ready');
    expect(degraded.status).toBe(200);
    expect(degraded.body).toMatchObject({ status: 'degraded', checks: { database: { status: 'up' }, cache: { status: 'down' } } });

    await redis.start();
    await expect.poll(async () => (await request(t.app).get('/health/ready')).body.status, { timeout: 10_000, interval: 200 }).toBe('ok');
  });
});
