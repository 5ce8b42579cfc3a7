import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { RATE_LIMIT_MAX: '1' } });
});
afterAll(() => t.close());

describe('liveness', () => {
  it('when probed, then it answers 200 with status, uptime, timestamp and version', async () => {
    const res = await request(t.app).get('/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', uptime: expect.any(Number), timestamp: expect.any(String), version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('when probed with HEAD, then both probes answer without a body', async () => {
    const live = await request(t.app).head('/health');
    expect(live.status).toBe(200);
    expect(live.text).toBeFalsy();
    expect((await request(t.app).head('/health/ready')).status).toBe(200);
  });

  it('when probed far more often than the rate limit allows, then probes are never limited', async () => {
    for (let i = 0; i < 5; i++) {
      expect((await request(t.app).get('/health')).status).toBe(200);
      expect((await request(t.app).get('/health/ready')).status).toBe(200);
    }
    expect((await request(t.app).get('/api/v1/x')).status).toBe(404);
    expect((await request(t.app).get('/api/v1/x')).status).toBe(429);
  });
});

describe('readiness', () => {
  it('when the database and Redis answer, then it is ok with each check', async () => {
    const res = await request(t.app).get('/health/ready');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'ok',
      checks: { database: { status: 'up' }, cache: { status: 'up', driver: 'redis' } },
    });
  });

  it('when the instance is draining, then it is 503 so the balancer takes it out', async () => {
    const draining = await createTestApp({ shareWith: t });
    draining.lifecycle.startDraining();
    const res = await request(draining.app).get('/health/ready');
    expect(res.status).toBe(503);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body).toMatchObject({ code: 'draining', status: 503 });
    expect(res.headers.connection).toBe('close');
    await draining.close();
  });

  it('when running on the in-process cache, then readiness reports the memory driver', async () => {
    const memory = await createTestApp({ shareWith: t, redisUrl: null });
    const res = await request(memory.app).get('/health/ready');
    expect(res.status).toBe(200);
    expect(res.body.checks.cache).toMatchObject({ status: 'up', driver: 'memory' });
    await memory.close();
  });
});
