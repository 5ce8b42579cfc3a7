import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.js';
import { PASSWORD, registerUser, uniqueEmail } from './auth-support.js';

// A real cost, so bcrypt dominates the timings (about 50 ms a compare here) instead of noise.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { BCRYPT_COST: '10', LOGIN_MAX_FAILURES_PER_ACCOUNT: '50' } });
});
afterAll(() => t.close());

async function timedLogin(email: string): Promise<number> {
  const started = performance.now();
  const res = await request(t.app).post('/api/v1/auth/login').send({ email, password: 'wrong-password-123' });
  expect(res.status).toBe(401);
  return performance.now() - started;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

describe('user enumeration by timing', () => {
  it('when the email is unknown, then bcrypt still runs (against a dummy hash), so it takes about as long as a wrong password', async () => {
    const { email } = await registerUser(t.app);
    const bcrypt = (await import('bcrypt')).default;
    const started = performance.now();
    await bcrypt.compare('x', await bcrypt.hash('y', 10));
    const oneCompare = (performance.now() - started) / 2;

    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 5; i++) {
      known.push(await timedLogin(email));
      unknown.push(await timedLogin(uniqueEmail('ghost')));
    }
    // Loose bounds: without the dummy compare the unknown path would take a few ms, far below these.
    expect(median(unknown)).toBeGreaterThan(oneCompare * 0.5);
    expect(median(unknown)).toBeGreaterThan(median(known) * 0.5);
    expect(median(unknown)).toBeLessThan(median(known) * 2);
  });
});

async function timed(path: string, body: object, status: number): Promise<number> {
  const started = performance.now();
  const res = await request(t.app).post(`/api/v1/auth${path}`).send(body);
  expect(res.status).toBe(status);
  return performance.now() - started;
}

describe('user enumeration by timing, at sign-up and password reset', () => {
  it('when an address is taken, then registering with it takes about as long as with a free one (both hash the password first)', async () => {
    const { email } = await registerUser(t.app);
    const taken: number[] = [];
    const free: number[] = [];
    for (let i = 0; i < 5; i++) {
      taken.push(await timed('/register', { email, password: PASSWORD, name: 'Twin' }, 202));
      free.push(await timed('/register', { email: uniqueEmail('fresh'), password: PASSWORD, name: 'New' }, 202));
    }
    expect(median(taken)).toBeGreaterThan(median(free) * 0.5);
    expect(median(taken)).toBeLessThan(median(free) * 2);
  });

  it('when a reset is asked for, then the request does the same work for a known and an unknown address: it queues one job and writes nothing else', async () => {
    // Timed in milliseconds these would be noise; what they do is checked instead. (Nothing works
    // the queue in this file, so the jobs stay queued.)
    const { email } = await registerUser(t.app);
    const ghost = uniqueEmail('ghost');
    const jobsFor = async (address: string) =>
      (await t.db.prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pgboss.job WHERE name = 'account.password-reset' AND data->>'email' = ${address}`)[0]!.n;
    const before = await t.db.prisma.accountToken.count();

    await timed('/password-reset', { email }, 202);
    await timed('/password-reset', { email: ghost }, 202);

    expect([await jobsFor(email), await jobsFor(ghost)]).toEqual([1n, 1n]);
    expect(await t.db.prisma.accountToken.count()).toBe(before);
  });
});
