import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.js';
import { registerUser, uniqueEmail } from './auth-support.js';

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
