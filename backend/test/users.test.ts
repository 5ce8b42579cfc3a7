import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.js';
import { createAdmin, expectNoSecrets, expectProblem, registerUser, type Session } from './auth-support.js';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  admin = await createAdmin(t);
});
afterAll(() => t.close());

const list = (token: string | null, query = '') => {
  const req = request(t.app).get(`/api/v1/users${query}`);
  return token ? req.set('Authorization', `Bearer ${token}`) : req;
};
const patch = (token: string, id: string, body: object) =>
  request(t.app).patch(`/api/v1/users/${id}`).set('Authorization', `Bearer ${token}`).send(body);

describe('GET /users', () => {
  it('when anonymous, then 401; when a USER, then 403; when an ADMIN, then 200', async () => {
    const user = await registerUser(t.app);
    expectProblem(await list(null), 401, 'unauthorized');
    expectProblem(await list(user.accessToken), 403, 'forbidden');
    const res = await list(admin.accessToken);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expectNoSecrets(res.body);
    expect(Object.keys(res.body.data[0]).sort()).toEqual(['createdAt', 'deactivatedAt', 'email', 'emailVerified', 'id', 'name', 'role', 'twoFactorEnabled']);
  });

  it('when paged with limit and cursor, then every user appears exactly once, newest first', async () => {
    for (let i = 0; i < 5; i++) await registerUser(t.app);
    const seen: { id: string; createdAt: string }[] = [];
    let cursor: string | null = null;
    do {
      const res = await list(admin.accessToken, `?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      expect(res.body.data.length).toBeLessThanOrEqual(2);
      seen.push(...res.body.data);
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(await t.db.prisma.user.count());
    expect(new Set(seen.map((u) => u.id)).size).toBe(seen.length);
    const keys = seen.map((u) => `${u.createdAt}|${u.id}`);
    expect(keys).toEqual([...keys].sort().reverse());
  });

  it.each([
    ['a cursor that is not ours', '?cursor=garbage', 'invalid_cursor'],
    ['a limit of 0', '?limit=0', 'validation_failed'],
    ['a limit over 100', '?limit=101', 'validation_failed'],
    ['an unknown parameter', '?role=ADMIN', 'validation_failed'],
  ])('when given %s, then 400', async (_case, query, code) => {
    expectProblem(await list(admin.accessToken, query), 400, code);
  });
});

describe('PATCH /users/:id', () => {
  it('when an admin promotes a user, then 200 and the user\'s existing access token carries the new role at once', async () => {
    const user = await registerUser(t.app);
    expect((await list(user.accessToken)).status).toBe(403);
    const res = await patch(admin.accessToken, user.userId, { role: 'ADMIN' });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ id: user.userId, role: 'ADMIN' });
    expectNoSecrets(res.body);
    expect((await list(user.accessToken)).status).toBe(200);

    expect((await patch(admin.accessToken, user.userId, { role: 'USER' })).status).toBe(200);
    expect((await list(user.accessToken)).status).toBe(403);
  });

  it('when a USER tries it, then 403 and nothing changes', async () => {
    const user = await registerUser(t.app);
    expectProblem(await patch(user.accessToken, user.userId, { role: 'ADMIN' }), 403, 'forbidden');
    expect((await t.db.prisma.user.findUniqueOrThrow({ where: { id: user.userId } })).role).toBe('USER');
  });

  it('when the body has another field or an unknown role, then 400 naming the field', async () => {
    const user = await registerUser(t.app);
    const extra = await patch(admin.accessToken, user.userId, { role: 'USER', email: 'x@example.com' });
    expectProblem(extra, 400, 'validation_failed');
    expect(extra.body.errors[0].field).toBe('email');
    const bad = await patch(admin.accessToken, user.userId, { role: 'ROOT' });
    expect(bad.body.errors[0].field).toBe('role');
  });

  it('when the id is unknown, then 404; when it is not a uuid, then 400', async () => {
    expectProblem(await patch(admin.accessToken, '01a20000-0000-7000-8000-000000000000', { role: 'USER' }), 404, 'user_not_found');
    expectProblem(await patch(admin.accessToken, 'nope', { role: 'USER' }), 400, 'validation_failed');
  });
});

describe('the last admin', () => {
  it('when the only admin demotes themself, then 409; once another admin exists, then it is allowed', async () => {
    const lonely = await createTestApp(); // a database with a single admin
    try {
      const only = await createAdmin(lonely);
      const demote = (s: Session) => request(lonely.app).patch(`/api/v1/users/${s.userId}`).set('Authorization', `Bearer ${s.accessToken}`).send({ role: 'USER' });
      expectProblem(await demote(only), 409, 'last_admin');
      expect((await lonely.db.prisma.user.findUniqueOrThrow({ where: { id: only.userId } })).role).toBe('ADMIN');

      const second = await createAdmin(lonely);
      // Both demoting themselves at once: the row locks let exactly one through.
      const [a, b] = await Promise.all([demote(only), demote(second)]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      expect(await lonely.db.prisma.user.count({ where: { role: 'ADMIN' } })).toBe(1);
    } finally {
      await lonely.close();
    }
  });
});
