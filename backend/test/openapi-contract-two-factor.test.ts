import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../src/modules/auth/index.js';
import { createAdmin, PASSWORD, uniqueEmail } from './auth-support.js';
import { contractClient, unexercised } from './openapi-support.js';
import { createTestApp, type TestApp } from './support/app.js';

// The two-factor operations, each response checked against the OpenAPI document by contractClient
// (see openapi-contract.test.ts for the rest of the API).

let t: TestApp;
let api: ReturnType<typeof contractClient>;
beforeAll(async () => {
  t = await createTestApp();
  api = contractClient(t.app);
});
afterAll(() => t.close());

// Codes of the step before, at and after now: each works once, in that order (see auth-two-factor.test.ts).
const codeAt = (secret: string, offset: number) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + offset * 30 });

describe('two-factor', () => {
  it('when a user enrols, signs in in two steps, turns it off, and an admin resets it, then each answer matches the document', async () => {
    const left = 30 - ((Date.now() / 1000) % 30);
    if (left < 5) await new Promise((resolve) => setTimeout(resolve, left * 1000 + 100));
    const email = uniqueEmail('2fa-contract');
    const user = await createUser({ prisma: t.db.prisma, auth: t.config.auth }, { email, password: PASSWORD, name: 'Contract' });
    const first = await api.call('post', '/api/v1/auth/login', { body: { email, password: PASSWORD } });
    const token = first.body.accessToken as string;

    const setup = await api.call('post', '/api/v1/auth/two-factor/setup', { token });
    expect(setup.status).toBe(200);
    const secret = setup.body.secret as string;
    expect((await api.call('post', '/api/v1/auth/two-factor/enable', { token, body: { code: 'abcdef' } })).status).toBe(400);
    expect((await api.call('post', '/api/v1/auth/two-factor/enable', { token, body: { code: await codeAt(secret, -1) } })).status).toBe(200);
    expect((await api.call('post', '/api/v1/auth/two-factor/setup', { token })).status).toBe(409);

    const challenge = await api.call('post', '/api/v1/auth/login', { body: { email, password: PASSWORD } });
    expect(challenge.status).toBe(202);
    const mfaToken = challenge.body.mfaToken as string;
    expect((await api.call('post', '/api/v1/auth/login/two-factor', { body: { mfaToken, code: 'zzzz-zzzz-zzzz-zzzz' } })).status).toBe(401);
    const code = await codeAt(secret, 0);
    expect((await api.call('post', '/api/v1/auth/login/two-factor', { body: { mfaToken, code } })).status).toBe(200);
    expect((await api.call('post', '/api/v1/auth/login/two-factor', { body: { mfaToken, code } })).status).toBe(401);

    expect((await api.call('post', '/api/v1/auth/two-factor/disable', { token, body: { currentPassword: PASSWORD, code } })).status).toBe(400);
    expect((await api.call('post', '/api/v1/auth/two-factor/disable', { token, body: { currentPassword: PASSWORD, code: await codeAt(secret, 1) } })).status).toBe(204);
    expect((await api.call('post', '/api/v1/auth/two-factor/disable', { token, body: { currentPassword: PASSWORD, code } })).status).toBe(409);

    const admin = await createAdmin(t);
    expect((await api.call('post', `/api/v1/users/${user.id}/two-factor/reset`, { token: admin.accessToken })).status).toBe(204);
    expect((await api.call('post', `/api/v1/users/${user.id}/two-factor/reset`, { token })).status).toBe(403);
  });

  it('when the file has run, then every two-factor operation was seen answering 2xx', () => {
    expect(unexercised(api, (op) => op.tags.includes('two-factor'))).toEqual([]);
  });
});
