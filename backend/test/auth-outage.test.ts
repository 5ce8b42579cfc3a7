import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.js';
import { startPrivateRedis } from './support/private-servers.js';
import { expectProblem, loginUser, me, registerUser } from './auth-support.js';

// This file stops its Redis on purpose, so it has a private one.
let redis: Awaited<ReturnType<typeof startPrivateRedis>>;
let t: TestApp;
beforeAll(async () => {
  redis = await startPrivateRedis();
  t = await createTestApp({ redisUrl: redis.url });
});
afterAll(async () => {
  await t?.close();
  await redis?.destroy();
});

const logout = (accessToken: string) => request(t.app).post('/api/v1/auth/logout').set('Authorization', `Bearer ${accessToken}`);

describe('sessions while Redis is down', () => {
  it('when Redis stops after a token was cached as active, then logout still ends it, during and after the outage', async () => {
    const session = await registerUser(t.app);
    const bystander = await loginUser(t.app, session.email);
    expect((await me(t.app, session.accessToken)).status).toBe(200);
    expect((await me(t.app, bystander.accessToken)).status).toBe(200);

    await redis.stop();
    // Sign-in, checks and revocation all fall back to the database.
    expect((await me(t.app, session.accessToken)).status).toBe(200);
    expect((await logout(session.accessToken)).status).toBe(204);
    expectProblem(await me(t.app, session.accessToken), 401, 'session_revoked');
    const during = await registerUser(t.app);
    expect((await me(t.app, during.accessToken)).status).toBe(200);

    // Redis comes back holding the "active" entry written before the outage: it must not be served.
    await redis.start();
    await expect.poll(async () => t.cache.ping(200), { timeout: 10_000, interval: 100 }).toBe(true);
    expectProblem(await me(t.app, session.accessToken), 401, 'session_revoked');
    expect((await me(t.app, bystander.accessToken)).status).toBe(200);
  });
});
