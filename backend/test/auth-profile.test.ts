import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../src/modules/auth/index.js';
import { expectNoSecrets, expectProblem, loginUser, me, PASSWORD, type Session, uniqueEmail } from './auth-support.js';
import { createTestApp, type TestApp } from './support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function signedIn(name = 'Before'): Promise<Session> {
  const email = uniqueEmail('profile');
  await createUser({ prisma: t.db.prisma, auth: t.config.auth }, { email, password: PASSWORD, name });
  return loginUser(t.app, email);
}

const rename = (body: object, accessToken?: string) => {
  const req = request(t.app).patch('/api/v1/auth/me');
  return (accessToken ? req.set('Authorization', `Bearer ${accessToken}`) : req).send(body);
};

describe('PATCH /auth/me', () => {
  it('when a signed-in user sends a new name, then 200 with the user under that name, trimmed, and GET /me says the same', async () => {
    const session = await signedIn();
    const res = await rename({ name: '  Ada Lovelace ' }, session.accessToken);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body.user).toMatchObject({ id: session.userId, email: session.email, name: 'Ada Lovelace' });
    expectNoSecrets(res.body);
    expect((await me(t.app, session.accessToken)).body.user.name).toBe('Ada Lovelace');
  });

  it('when one user renames themself, then another user keeps their name', async () => {
    const a = await signedIn('Alice');
    const b = await signedIn('Bob');
    await rename({ name: 'Alicia' }, a.accessToken);
    expect((await me(t.app, b.accessToken)).body.user.name).toBe('Bob');
  });

  it.each([
    ['empty', { name: '   ' }],
    ['too long', { name: 'x'.repeat(101) }],
    ['on two lines', { name: 'Ada\nLovelace' }],
    ['missing', {}],
  ])('when the name is %s, then 400 validation_failed naming the field, and the name is unchanged', async (_case, body) => {
    const session = await signedIn('Unchanged');
    const res = await rename(body, session.accessToken);
    expectProblem(res, 400, 'validation_failed');
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['name']);
    expect((await me(t.app, session.accessToken)).body.user.name).toBe('Unchanged');
  });

  it('when the body tries to change the role or email too, then 400 and nothing changes', async () => {
    const session = await signedIn('Plain');
    const res = await rename({ name: 'Boss', role: 'ADMIN', email: 'boss@example.com' }, session.accessToken);
    expectProblem(res, 400, 'validation_failed');
    expect((await me(t.app, session.accessToken)).body.user).toMatchObject({ name: 'Plain', role: 'USER', email: session.email });
  });

  it('when called without an access token, then 401', async () => {
    expectProblem(await rename({ name: 'Nobody' }), 401, 'unauthorized');
  });

  it('when the session has been signed out, then 401 session_revoked and the name is unchanged', async () => {
    const session = await signedIn('Kept');
    await request(t.app).post('/api/v1/auth/logout').set('Authorization', `Bearer ${session.accessToken}`);
    expectProblem(await rename({ name: 'Changed' }, session.accessToken), 401, 'session_revoked');
    const row = await t.db.prisma.user.findUniqueOrThrow({ where: { id: session.userId } });
    expect(row.name).toBe('Kept');
  });
});
