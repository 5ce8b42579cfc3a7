// Reading the audit log: filters, keyset paging, the CSV export, the refusals of bad filters; then
// what the database guarantees: the API's role can add and read entries but never change or
// delete them, and retention removes only what is older than AUDIT_RETENTION_DAYS.
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, pruneAudit, recordExport } from '../src/modules/audit/index.js';
import { pruneAuditQueue } from '../src/modules/audit/retention.js';
import { AUDIT_TEST_ENV } from './audit-log-support.js';
import { createAdmin, expectProblem, type Session } from './auth-support.js';
import { createTestApp, type TestApp } from './support/app.js';
import { bearer, createWorkspace, registerUser } from './workspaces-support.js';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp({ env: AUDIT_TEST_ENV });
  admin = await createAdmin(t);
});
afterAll(() => t.close());

const DAY = 86_400_000;
const audit = (query: Record<string, string>, headers: Record<string, string> = {}) =>
  request(t.app).get('/api/v1/audit').query(query).set(bearer(admin.accessToken)).set(headers);

interface Seed {
  at: Date;
  action?: string;
  targetType?: string;
  targetId?: string | null;
  actorApiKeyId?: string | null;
  userAgent?: string | null;
  workspaceId?: string | null;
}

/** Entries by an actor of their own, written as a script would (the owner), at the times given. */
async function seed(actorUserId: string, rows: Seed[]): Promise<void> {
  await t.owner.prisma.auditEvent.createMany({
    data: rows.map((r) => ({
      actorUserId,
      actorApiKeyId: r.actorApiKeyId ?? null,
      action: r.action ?? 'signed_in',
      targetType: r.targetType ?? 'user',
      targetId: r.targetId === undefined ? actorUserId : r.targetId,
      workspaceId: r.workspaceId ?? null,
      at: r.at,
      ip: '192.0.2.7',
      userAgent: r.userAgent ?? 'seed',
      requestId: `seed-${randomUUID()}`,
    })),
  });
}

const actions = (res: request.Response) => (res.body.data as Array<{ action: string }>).map((e) => e.action);

describe('filters', () => {
  it('when filtered by actor, action, target and time, then only the matching entries come, newest first', async () => {
    const actor = randomUUID();
    const key = randomUUID();
    const target = randomUUID();
    const base = Date.now() - 10 * DAY;
    await seed(actor, [
      { at: new Date(base), action: 'signed_in' },
      { at: new Date(base + 60_000), action: 'sign_in_failed' },
      { at: new Date(base + 120_000), action: 'api_key_created', targetType: 'api_key', targetId: target },
      { at: new Date(base + 180_000), action: 'api_key_revoked', targetType: 'api_key', targetId: target, actorApiKeyId: key },
      { at: new Date(base + 240_000), action: 'password_changed' },
    ]);

    expect(actions(await audit({ actor }))).toEqual(['password_changed', 'api_key_revoked', 'api_key_created', 'sign_in_failed', 'signed_in']);
    expect(actions(await audit({ actor: key }))).toEqual(['api_key_revoked']);
    expect(actions(await audit({ actor, action: 'signed_in,password_changed' }))).toEqual(['password_changed', 'signed_in']);
    expect(actions(await audit({ target: `api_key:${target}` }))).toEqual(['api_key_revoked', 'api_key_created']);
    expect(actions(await audit({ target }))).toEqual(['api_key_revoked', 'api_key_created']);
    expect(actions(await audit({ target: `user:${target}` }))).toEqual([]);
    expect(actions(await audit({ actor, from: new Date(base + 60_000).toISOString(), to: new Date(base + 180_000).toISOString() })))
      .toEqual(['api_key_revoked', 'api_key_created', 'sign_in_failed']);
  });

  it('when each action the log records is asked for, then it is a valid filter', async () => {
    for (const action of AUDIT_ACTIONS) expect((await audit({ action })).status, action).toBe(200);
    expect((await audit({ action: AUDIT_ACTIONS.join(',') })).status).toBe(200);
  });

  it('when a filter is not one the log knows, then 400 problem+json with a stable code naming the field', async () => {
    const refused: Array<Record<string, string>> = [{ action: 'teleported' }, { target: 'planet:1' }, { target: 'not-an-id' }, { actor: 'someone' }, { from: 'yesterday' }, { limit: '500' }];
    for (const query of refused) {
      const res = await audit(query);
      expectProblem(res, 400, 'validation_failed');
      expect(res.body.errors[0].field).toBe(Object.keys(query)[0]);
    }
    expectProblem(await audit({ from: new Date().toISOString(), to: new Date(Date.now() - DAY).toISOString() }), 400, 'invalid_time_range');
    expectProblem(await audit({ from: new Date().toISOString(), to: new Date(Date.now() - DAY).toISOString(), format: 'csv' }), 400, 'invalid_time_range');
    expectProblem(await audit({ cursor: 'not-a-cursor' }), 400, 'invalid_cursor');
  });
});

describe('paging', () => {
  it('when the log is read page by page, then every entry comes once, newest first, ties at the same time included', async () => {
    const actor = randomUUID();
    const at = new Date(Date.now() - 5 * DAY);
    // Three at the very same millisecond: the id breaks the tie.
    await seed(actor, [0, 0, 0, 1, 2, 3, 4].map((i) => ({ at: new Date(at.getTime() + i * 1000) })));
    const seen: string[] = [];
    let cursor: string | undefined;
    const sizes: number[] = [];
    do {
      const res = await audit({ actor, limit: '3', ...(cursor ? { cursor } : {}) });
      expect(res.status).toBe(200);
      sizes.push(res.body.data.length);
      seen.push(...res.body.data.map((e: { id: string }) => e.id));
      cursor = res.body.nextCursor ?? undefined;
    } while (cursor);
    expect(sizes).toEqual([3, 3, 1]);
    const all = await t.owner.prisma.auditEvent.findMany({ where: { actorUserId: actor }, orderBy: [{ at: 'desc' }, { id: 'desc' }], select: { id: true } });
    expect(seen).toEqual(all.map((r) => r.id));
  });
});

describe('the CSV export', () => {
  it('when the log is asked for as CSV, then every matching entry is streamed past one page, and the export is itself recorded', async () => {
    const actor = randomUUID();
    const base = Date.now() - 3 * DAY;
    await seed(actor, Array.from({ length: 1_201 }, (_, i) => ({ at: new Date(base + i) })));
    await seed(actor, [{ at: new Date(base + 5_000), action: 'sign_in_failed', userAgent: '=HYPERLINK("http://evil.example","x")' }]);

    const res = await audit({ actor, format: 'csv' }).buffer(true);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="audit-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(res.headers['cache-control']).toBe('no-store');
    const lines = res.text.split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('at,action,actor_type,actor_id,actor_user_id,actor_name,target_type,target_id,workspace_id,ip,user_agent,request_id,detail');
    expect(lines).toHaveLength(1 + 1_202);
    // Newest first; a cell a spreadsheet would run as a formula is defused with an apostrophe.
    expect(lines[1]).toContain(',sign_in_failed,user,');
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);

    const exported = await t.owner.prisma.auditEvent.findFirstOrThrow({ where: { action: 'audit_exported', actorUserId: admin.userId }, orderBy: { at: 'desc' } });
    expect(exported).toMatchObject({ targetType: 'audit_log', targetId: null, workspaceId: null, requestId: res.headers['x-request-id'] });
    expect(exported.detail).toEqual({ filters: { actor } });
  });

  it('when Accept asks for text/csv, then the answer is CSV as with format=csv; */* gets JSON', async () => {
    const actor = randomUUID();
    await seed(actor, [{ at: new Date(Date.now() - DAY) }]);
    const csv = await audit({ actor }, { Accept: 'text/csv' }).buffer(true);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.text.split('\r\n').filter(Boolean)).toHaveLength(2);
    const json = await audit({ actor }, { Accept: '*/*' });
    expect(json.headers['content-type']).toMatch(/^application\/json/);
  });

  it('when a workspace\'s owner exports its log, then the file holds its entries and the export names the workspace', async () => {
    const owner = await registerUser(t.app);
    const ws = await createWorkspace(t.app, owner);
    await request(t.app).post(`/api/v1/workspaces/${ws.slug}/invitations`).set(bearer(owner.accessToken)).send({ role: 'viewer' });
    const res = await request(t.app).get(`/api/v1/workspaces/${ws.slug}/audit`).query({ format: 'csv' }).set(bearer(owner.accessToken)).buffer(true);
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toContain(`filename="audit-${ws.slug}-`);
    expect(res.text.split('\r\n').filter(Boolean).map((l) => l.split(',')[1])).toEqual(['action', 'audit_exported', 'invitation_created', 'workspace_created']);
    const exported = await t.owner.prisma.auditEvent.findFirstOrThrow({ where: { action: 'audit_exported', actorUserId: owner.userId } });
    expect(exported).toMatchObject({ targetType: 'workspace', targetId: ws.id, workspaceId: ws.id });
  });
});

describe('exports of other things', () => {
  it('when a product export is recorded (issue 18 calls recordExport), then it names the workspace and the filters', async () => {
    const owner = await registerUser(t.app);
    const ws = await createWorkspace(t.app, owner);
    const principal = { userId: owner.userId, role: 'USER' as const, emailVerified: true, credential: { kind: 'session' as const, sessionId: owner.sessionId, tokenId: 'test' } };
    await recordExport(t.db.prisma, principal, { what: 'products', workspaceId: ws.id, filters: { status: 'active', from: new Date('2026-01-01T00:00:00Z') } });
    const res = await request(t.app).get(`/api/v1/workspaces/${ws.slug}/audit`).query({ action: 'products_exported' }).set(bearer(owner.accessToken));
    expect(res.body.data).toMatchObject([{ actor: { type: 'user', id: owner.userId }, target: { type: 'workspace', id: ws.id }, detail: { filters: { status: 'active', from: '2026-01-01T00:00:00.000Z' } } }]);
  });
});

describe('append-only for the API\'s role', () => {
  it('when the API\'s role tries to change or delete an entry, then PostgreSQL refuses; it may add and (as an admin) read them', async () => {
    const actor = randomUUID();
    await seed(actor, [{ at: new Date() }]);
    const api = t.db.prisma;
    // As a platform admin, so that row-level security is not what stops it: the missing grant is.
    const asAdmin = async (sql: string) =>
      api.$transaction(async (tx) => {
        await tx.$executeRawUnsafe(`SELECT set_config('shelfwise.platform_admin', 'on', true)`);
        return tx.$executeRawUnsafe(sql);
      });
    await expect(asAdmin(`UPDATE "AuditEvent" SET "action" = 'forged' WHERE "actorUserId" = '${actor}'`)).rejects.toThrow(/permission denied for table "?AuditEvent"?/);
    await expect(asAdmin(`DELETE FROM "AuditEvent" WHERE "actorUserId" = '${actor}'`)).rejects.toThrow(/permission denied for table "?AuditEvent"?/);
    await expect(asAdmin(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/permission denied for table "?AuditEvent"?/);
    expect(await asAdmin(`INSERT INTO "AuditEvent" ("id", "actorUserId", "action", "targetType") VALUES ('${randomUUID()}', '${actor}', 'signed_in', 'user')`)).toBe(1);

    const entries = await t.owner.prisma.auditEvent.findMany({ where: { actorUserId: actor }, select: { action: true } });
    expect(entries).toEqual([{ action: 'signed_in' }, { action: 'signed_in' }]);
    const [grants] = await t.owner.prisma.$queryRaw<Array<{ app: string; api: string }>>`
      SELECT (SELECT string_agg(p, ',' ORDER BY p) FROM unnest(ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE']) p
              WHERE has_table_privilege('shelfwise_app', '"AuditEvent"', p)) AS app,
             (SELECT string_agg(p, ',' ORDER BY p) FROM unnest(ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE']) p
              WHERE has_table_privilege('shelfwise_api', '"AuditEvent"', p)) AS api`;
    expect(grants).toEqual({ app: 'INSERT,SELECT', api: 'INSERT,SELECT' });
  });
});

describe('retention', () => {
  it('when the daily job runs, then entries older than AUDIT_RETENTION_DAYS go and the rest stay', async () => {
    const actor = randomUUID();
    await seed(actor, [{ at: new Date(Date.now() - 400 * DAY), action: 'sign_in_failed' }, { at: new Date(Date.now() - 300 * DAY) }]);
    const queue = pruneAuditQueue({ prisma: t.db.prisma, logger: t.logger, retentionDays: t.config.audit.retentionDays });
    expect(t.config.audit.retentionDays).toBe(365);
    expect(queue.cron).toMatch(/^\d+ \d+ \* \* \*$/);

    await queue.handle!({});

    const left = await t.owner.prisma.auditEvent.findMany({ where: { actorUserId: actor }, select: { action: true } });
    expect(left).toEqual([{ action: 'signed_in' }]);
  });

  it('when the API\'s role asks the pruning function for less than 30 days, then entries younger than 30 days stay anyway', async () => {
    const actor = randomUUID();
    await seed(actor, [{ at: new Date(Date.now() - 40 * DAY), action: 'sign_in_failed' }, { at: new Date(Date.now() - 10 * DAY) }]);
    await pruneAudit({ prisma: t.db.prisma, retentionDays: 1 });
    const left = await t.owner.prisma.auditEvent.findMany({ where: { actorUserId: actor }, select: { action: true } });
    expect(left).toEqual([{ action: 'signed_in' }]);
  });
});
