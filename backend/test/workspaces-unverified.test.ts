// An invitation mails someone else, so an account whose own address is unconfirmed may not send one
// (unless UNVERIFIED_USERS_MAY_WRITE says every unconfirmed account may write).
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginUser } from './auth-support.js';
import { expectProblem } from './products-support.js';
import { createTestApp, type TestApp } from './support/app.js';
import { bearer, createWorkspace, registerUser } from './workspaces-support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { UNVERIFIED_USERS_MAY_WRITE: 'false' } });
});
afterAll(() => t.close());

describe('invitations from an unconfirmed account', () => {
  it('when its address is unconfirmed, then 403 email_not_verified and nothing is stored; once confirmed, then the invitation goes out', async () => {
    const owner = await registerUser(t.app);
    const ws = await createWorkspace(t.app, owner);
    const body = { email: 'someone-else@example.com', role: 'viewer' };
    expectProblem(await request(t.app).post(`/api/v1/workspaces/${ws.slug}/invitations`).set(bearer(owner.accessToken)).send(body), 403, 'email_not_verified');
    expect(await t.owner.prisma.invitation.count({ where: { workspaceId: ws.id } })).toBe(0);

    // Confirmed (as the emailed link would), then signed in afresh.
    await t.owner.prisma.user.update({ where: { id: owner.userId }, data: { emailVerifiedAt: new Date() } });
    const confirmed = await loginUser(t.app, owner.email);
    const res = await request(t.app).post(`/api/v1/workspaces/${ws.slug}/invitations`).set(bearer(confirmed.accessToken)).send(body);
    expect(res.status).toBe(201);
  });
});
