import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.js';
import { expectProblem, PASSWORD, registerUser } from './auth-support.js';

// TRUST_PROXY makes X-Forwarded-For name the client, so one test process plays several clients.
const STRICT = 3;
const LOOSE = 8;
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({
    env: {
      TRUST_PROXY: 'loopback',
      LOGIN_MAX_FAILURES_PER_ACCOUNT: String(STRICT),
      LOGIN_MAX_UNTRUSTED_FAILURES_PER_ACCOUNT: String(LOOSE),
      LOGIN_SLOWDOWN_MAX_MS: '0',
    },
  });
});
afterAll(() => t.close());

let ipCounter = 0;
const newClient = () => `198.18.${Math.floor(ipCounter / 250)}.${(ipCounter++ % 250) + 1}`;
const login = (from: string, email: string, password: string, device?: string, app = t.app) => {
  const req = request(app).post('/api/v1/auth/login').set('X-Forwarded-For', from);
  if (device) req.set('Cookie', `shelfwise_device=${device}`);
  return req.send({ email, password });
};
function deviceCookieOf(res: request.Response): string {
  const header = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('shelfwise_device='));
  expect(header).toBeDefined();
  expect(header).toMatch(/HttpOnly/i);
  expect(header).toMatch(/SameSite=Strict/i);
  expect(header).toMatch(/Path=\/api\/v1\/auth/);
  return header!.split(';')[0]!.slice('shelfwise_device='.length);
}
/** The owner signs in once from their usual client and keeps its device cookie. */
async function ownerDevice(email: string): Promise<{ ip: string; device: string }> {
  const ip = newClient();
  const res = await login(ip, email, PASSWORD);
  expect(res.status).toBe(200);
  return { ip, device: deviceCookieOf(res) };
}

describe('lockout is not a lever against the owner', () => {
  it('when one client fails past the strict bound, then it gets 429, while the owner signs in from a trusted device and from a new client', async () => {
    const { email } = await registerUser(t.app);
    const owner = await ownerDevice(email);
    const attacker = newClient();
    for (let i = 0; i < STRICT; i++) expectProblem(await login(attacker, email, 'wrong-password-1'), 401, 'invalid_credentials');
    const refused = await login(attacker, email, PASSWORD);
    expectProblem(refused, 429, 'rate_limited');
    expect(refused.headers['retry-after']).toBeDefined();

    expect((await login(owner.ip, email, PASSWORD, owner.device)).status).toBe(200);
    expect((await login(newClient(), email, PASSWORD)).status).toBe(200);
  });

  it('when untrusted clients together pass the loose per-account bound, then every untrusted client gets 429 but the trusted device still signs in', async () => {
    const { email } = await registerUser(t.app);
    const owner = await ownerDevice(email);
    for (let failures = 0; failures < LOOSE;) {
      const attacker = newClient();
      for (let i = 0; i < STRICT && failures < LOOSE; i++, failures++) {
        expectProblem(await login(attacker, email, 'wrong-password-1'), 401, 'invalid_credentials');
      }
    }
    expectProblem(await login(newClient(), email, PASSWORD), 429, 'rate_limited');
    expect((await login(newClient(), email, PASSWORD, owner.device)).status).toBe(200);
  });

  it('when a device cookie is forged, tampered with or belongs to another account, then the client counts as untrusted', async () => {
    const { email } = await registerUser(t.app);
    const other = await registerUser(t.app);
    const owner = await ownerDevice(email);
    const otherDevice = (await ownerDevice(other.email)).device;
    const client = newClient();
    for (let i = 0; i < STRICT; i++) expectProblem(await login(client, email, 'wrong-password-1'), 401, 'invalid_credentials');

    const last = owner.device.at(-1) === 'A' ? 'B' : 'A';
    const tampered = owner.device.slice(0, -1) + last;
    const [v, account, , signature] = owner.device.split('.');
    const renonced = [v, account, 'AAAAAAAAAAAAAAAAAAAAAA', signature].join('.');
    for (const fake of [tampered, renonced, otherDevice, 'v1.x.y.z', 'garbage']) {
      expectProblem(await login(client, email, PASSWORD, fake), 429, 'rate_limited');
    }
    // The genuine cookie, on that same client, is trusted.
    expect((await login(client, email, PASSWORD, owner.device)).status).toBe(200);
  });

  it('when a trusted device fails past the strict bound, then that device gets 429 and the other clients are unaffected', async () => {
    const { email } = await registerUser(t.app);
    const stolen = await ownerDevice(email);
    for (let i = 0; i < STRICT; i++) expectProblem(await login(stolen.ip, email, 'wrong-password-1', stolen.device), 401, 'invalid_credentials');
    expectProblem(await login(stolen.ip, email, PASSWORD, stolen.device), 429, 'rate_limited');
    expect((await login(stolen.ip, email, PASSWORD)).status).toBe(200);
  });

  it('when untrusted failures on an account pass LOGIN_SLOWDOWN_AFTER_FAILURES, then further untrusted attempts are delayed (checked before bcrypt), trusted ones are not', async () => {
    const slow = await createTestApp({
      env: { TRUST_PROXY: 'loopback', LOGIN_SLOWDOWN_AFTER_FAILURES: '2', LOGIN_SLOWDOWN_MAX_MS: '600' },
    });
    try {
      const { email } = await registerUser(slow.app);
      const device = deviceCookieOf(await login(newClient(), email, PASSWORD, undefined, slow.app));
      for (let i = 0; i < 2; i++) await login(newClient(), email, 'wrong-password-1', undefined, slow.app);
      const timed = async (dev?: string) => {
        const started = performance.now();
        await login(newClient(), email, 'wrong-password-1', dev, slow.app);
        return performance.now() - started;
      };
      expect(await timed()).toBeGreaterThanOrEqual(240); // 250 ms after the first failure over
      expect(await timed()).toBeGreaterThanOrEqual(490); // doubling
      expect(await timed(device)).toBeLessThan(240);
    } finally {
      await slow.close();
    }
  });
});
