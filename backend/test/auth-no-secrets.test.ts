import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.js';
import { COOKIE, createAdmin, expectNoSecrets, PASSWORD, uniqueEmail } from './auth-support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('secrets in responses', () => {
  it('when a user goes through every auth endpoint, successes and failures alike, then no body holds a hash', async () => {
    const api = () => request(t.app);
    const email = uniqueEmail();
    const bodies: unknown[] = [];
    const keep = <T extends { body: unknown }>(res: T) => {
      bodies.push(res.body);
      return res;
    };
    keep(await api().post('/api/v1/auth/register').send({ email, password: PASSWORD, name: 'S' }));
    keep(await api().post('/api/v1/auth/register').send({ email, password: PASSWORD, name: 'S' }));
    keep(await api().post('/api/v1/auth/register').send({ email: uniqueEmail(), password: 'password', name: 'S' }));
    keep(await api().post('/api/v1/auth/login').send({ email, password: 'wrong-password-1' }));
    const login = keep(await api().post('/api/v1/auth/login').send({ email, password: PASSWORD }));
    const bearer = `Bearer ${login.body.accessToken}`;
    keep(await api().get('/api/v1/auth/me').set('Authorization', bearer));
    const refreshed = keep(await api().post('/api/v1/auth/refresh').set('Cookie', `${COOKIE}=${login.body.refreshToken}`));
    keep(await api().post('/api/v1/auth/refresh').send({ refreshToken: 'x'.repeat(43) }));
    keep(await api().post('/api/v1/auth/change-password').set('Authorization', bearer).send({ currentPassword: 'nope-nope-1', newPassword: 'another-good-one-9' }));
    keep(await api().post('/api/v1/auth/change-password').set('Authorization', bearer).send({ currentPassword: PASSWORD, newPassword: 'another-good-one-9' }));
    const admin = await createAdmin(t);
    keep(await api().get('/api/v1/users').set('Authorization', `Bearer ${admin.accessToken}`));
    keep(await api().patch(`/api/v1/users/${login.body.user.id}`).set('Authorization', `Bearer ${admin.accessToken}`).send({ role: 'USER' }));
    keep(await api().post('/api/v1/auth/logout').set('Authorization', `Bearer ${refreshed.body.accessToken}`));
    keep(await api().post('/api/v1/auth/logout-all').set('Authorization', bearer));
    keep(await api().get('/api/v1/auth/me').set('Authorization', bearer));

    expect(bodies).toHaveLength(15);
    for (const body of bodies) expectNoSecrets(body);
  });
});
