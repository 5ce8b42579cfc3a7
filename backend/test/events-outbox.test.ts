import pg from 'pg';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as fixture from './fixtures/images/fixtures.js';
import { addImage } from './images-support.js';
import { bearer, createProduct, deleteProduct, patchProduct, registerUser, uniqueSku, type ProductBody, type Session } from './products-support.js';
import { purgeExpiredTrash } from '../src/modules/products/index.js';
import { createTestApp, type TestApp } from './support/app.js';
import { createWorkspace, inviteByLink, accept } from './workspaces-support.js';

// The outbox (migration 20261207090000_outbox): the triggers write one event per change, in the
// change's transaction, whichever path makes it; the API's role can neither write nor alter one.

interface StoredEvent {
  seq: string;
  id: string;
  type: string;
  workspaceId: string;
  subjectId: string;
  version: number | null;
  payload: Record<string, unknown>;
}

let t: TestApp;
let owner: Session;
beforeAll(async () => {
  t = await createTestApp();
  owner = await registerUser(t.app, { name: 'Outbox Owner' });
});
afterAll(() => t.close());

/** The events about `subjectId`, oldest first, as the tables' owner reads them. */
async function eventsOf(subjectId: string): Promise<StoredEvent[]> {
  const rows = await t.owner.prisma.$queryRaw<StoredEvent[]>`
    SELECT "seq"::text AS "seq", "id"::text AS "id", "type", "workspaceId"::text AS "workspaceId", "subjectId"::text AS "subjectId", "version", "payload"
    FROM "OutboxEvent" WHERE "subjectId" = ${subjectId}::uuid ORDER BY "OutboxEvent"."seq"`;
  return rows;
}

const types = async (subjectId: string) => (await eventsOf(subjectId)).map((e) => `${e.type}@${e.version ?? '-'}`);

/** A pg client as the API's role (row-level security binds it), in a transaction with the caller's context. */
async function asApp<T>(userId: string, workspaceId: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: t.databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT set_config('shelfwise.user_id', $1, true), set_config('shelfwise.workspace_id', $2, true)`, [userId, workspaceId]);
    return await work(client);
  } finally {
    await client.query('ROLLBACK').catch(() => {});
    await client.end();
  }
}

const personalWorkspaceId = async (who: Session) =>
  (await t.owner.prisma.workspace.findFirstOrThrow({ where: { personalOwnerId: who.userId }, select: { id: true } })).id;

const insertProduct = (client: pg.Client, workspaceId: string, ownerId: string, sku: string) =>
  client.query<{ id: string }>(
    `INSERT INTO "Product" ("id", "workspaceId", "ownerId", "name", "sku", "price", "currency", "updatedAt") VALUES (gen_random_uuid(), $1, $2, 'Rolled back', $3, 1, 'USD', now()) RETURNING "id"`,
    [workspaceId, ownerId, sku],
  );

describe('atomicity', () => {
  it('when a transaction that created a product rolls back, then no event of it remains', async () => {
    const workspaceId = await personalWorkspaceId(owner);
    const id = await asApp(owner.userId, workspaceId, async (client) => {
      const { rows } = await insertProduct(client, workspaceId, owner.userId, uniqueSku('RB'));
      // Inside the transaction the trigger has written it...
      const seen = await client.query('SELECT count(*)::int AS n FROM "OutboxEvent" WHERE "subjectId" = $1', [rows[0]!.id]);
      expect(seen.rows[0].n).toBe(1);
      return rows[0]!.id;
      // ...and asApp rolls the transaction back.
    });
    expect(await eventsOf(id)).toEqual([]);
  });

  it('when a product create fails a constraint after its insert, then the transaction leaves no event at all', async () => {
    const workspaceId = await personalWorkspaceId(owner);
    const sku = uniqueSku('DUP');
    const before = await t.owner.prisma.outboxEvent.count({ where: { workspaceId } });
    const failure = await asApp(owner.userId, workspaceId, async (client) => {
      await insertProduct(client, workspaceId, owner.userId, sku);
      // The second insert with the same SKU breaks the workspace's unique SKU after the first one's event was written.
      return insertProduct(client, workspaceId, owner.userId, sku.toLowerCase()).then(() => null, (err: { code?: string }) => err.code);
    });
    expect(failure).toBe('23505');
    expect(await t.owner.prisma.outboxEvent.count({ where: { workspaceId } })).toBe(before);
  });

  it('when the API\'s role tries to write, change, delete or number an event itself, then PostgreSQL refuses each', async () => {
    const product = await createProduct(t.app, owner.accessToken);
    const [event] = await eventsOf(product.id);
    const workspaceId = await personalWorkspaceId(owner);
    const attempts = [
      `INSERT INTO "OutboxEvent" ("type", "workspaceId", "subjectId", "payload") VALUES ('product.deleted', '${workspaceId}', '${product.id}', '{}')`,
      `UPDATE "OutboxEvent" SET "payload" = '{}' WHERE "seq" = ${event!.seq}`,
      `DELETE FROM "OutboxEvent" WHERE "seq" = ${event!.seq}`,
      'TRUNCATE "OutboxEvent"',
      `SELECT nextval('"OutboxEvent_seq_seq"')`,
      `SELECT shelfwise_prune_outbox_events(0, 1000) WHERE false; DELETE FROM "OutboxCursor"`,
    ];
    for (const sql of attempts) {
      const code = await asApp(owner.userId, workspaceId, (client) => client.query(sql).then(() => 'ok', (err: { code?: string }) => err.code));
      expect(code, sql).toBe('42501');
    }
    expect(await eventsOf(product.id)).toEqual([event]);
  });

  it('when a member reads the outbox as the API\'s role, then they see their workspace\'s events and nobody else\'s', async () => {
    const stranger = await registerUser(t.app, { name: 'Outbox Stranger' });
    const product = await createProduct(t.app, owner.accessToken, { status: 'active' });
    const strangerWorkspace = await personalWorkspaceId(stranger);
    const seen = await asApp(stranger.userId, strangerWorkspace, (client) =>
      client.query('SELECT count(*)::int AS n FROM "OutboxEvent" WHERE "subjectId" = $1', [product.id]));
    expect(seen.rows[0].n).toBe(0);
    const own = await asApp(owner.userId, await personalWorkspaceId(owner), (client) =>
      client.query('SELECT count(*)::int AS n FROM "OutboxEvent" WHERE "subjectId" = $1', [product.id]));
    expect(own.rows[0].n).toBe(1);
  });
});

describe('every product write path', () => {
  it('when a product is created, edited, pictured, trashed, restored, reverted and purged, then each writes its event with the version and the row it produced', async () => {
    const product = await createProduct(t.app, owner.accessToken, { name: 'Outbox kettle', stock: 3, lowStockThreshold: 5 });
    const edited = await patchProduct(t.app, owner.accessToken, product.id, { price: '19.90', tags: ['Steel'] });
    expect(edited.status).toBe(200);
    // A write that changes nothing the API shows and keeps the version (updatedAt alone) writes none.
    await t.owner.prisma.$executeRaw`UPDATE "Product" SET "updatedAt" = now() WHERE "id" = ${product.id}::uuid`;
    const pictured = await addImage(t.app, owner.accessToken, product.id, await fixture.picture('png', { width: 300, height: 200 }));
    const trash = await deleteProduct(t.app, owner.accessToken, product.id);
    expect(trash.status).toBe(204);
    const restored = await request(t.app).post(`/api/v1/products/${product.id}/restore`).set(bearer(owner.accessToken));
    expect(restored.status, JSON.stringify(restored.body)).toBe(200);
    const reverted = await request(t.app).post(`/api/v1/products/${product.id}/revert`).set(bearer(owner.accessToken))
      .set('If-Match', restored.headers.etag as string).send({ version: 1 });
    expect(reverted.status, JSON.stringify(reverted.body)).toBe(200);
    expect((await deleteProduct(t.app, owner.accessToken, product.id)).status).toBe(204);
    // Past the trash's retention: the hourly purge deletes it.
    await t.owner.prisma.product.update({ where: { id: product.id }, data: { trashedAt: new Date(Date.now() - 40 * 86_400_000) } });
    expect(await purgeExpiredTrash({ prisma: t.db.prisma, cache: t.cache, reads: { wrote: async () => {} } as never })).toBeGreaterThanOrEqual(1);

    const events = await eventsOf(product.id);
    // The operator's UPDATE of trashedAt above kept the version: it is an update of version 7.
    expect(events.map((e) => `${e.type}@${e.version}`)).toEqual([
      'product.created@1', 'product.updated@2', 'product.updated@3', 'product.trashed@4', 'product.restored@5',
      'product.updated@6', 'product.trashed@7', 'product.updated@7', 'product.deleted@7',
    ]);
    const workspaceId = await personalWorkspaceId(owner);
    expect(new Set(events.map((e) => e.workspaceId))).toEqual(new Set([workspaceId]));
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    expect(events[0]!.payload).toMatchObject({ id: product.id, name: 'Outbox kettle', price: '24.90', stock: 3, lowStockThreshold: 5, tags: [], images: [], trashedAt: null, version: 1, createdAt: product.createdAt });
    expect(events[1]!.payload).toMatchObject({ price: '19.90', tags: ['steel'], version: 2, updatedAt: edited.body.updatedAt });
    const image = pictured.product.images[0]!;
    expect(events[2]!.payload.images).toEqual([{ id: image.id, digest: expect.stringMatching(/^[0-9a-f]{64}$/), width: image.width, height: image.height }]);
    expect(events[3]!.payload.trashedAt).toEqual(expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/));
    expect(events[4]!.payload.trashedAt).toBeNull();
    // The revert to version 1 brings back its price and tags; the pictures stay, as the answer shows.
    expect(events[5]!.payload).toMatchObject({ price: '24.90', tags: [], version: 6 });
    expect((events[5]!.payload.images as Array<{ id: string }>).map((i) => i.id)).toEqual((reverted.body as ProductBody).images.map((i) => i.id));
    expect(events[8]!.payload).toMatchObject({ id: product.id, version: 7 });
  });

  it('when a workspace is deleted with its products and members, then each product deleted writes its event, then workspace.deleted, and the memberships that go with it none', async () => {
    const ws = await createWorkspace(t.app, owner, { name: 'Doomed Tea' });
    const member = await registerUser(t.app);
    expect((await accept(t.app, member, (await inviteByLink(t.app, owner, ws.slug, 'editor')).token)).status).toBe(200);
    const product = await request(t.app).post(`/api/v1/workspaces/${ws.slug}/products`).set(bearer(owner.accessToken))
      .send({ name: 'Doomed pot', sku: uniqueSku('DOOM'), price: '5.00' });
    expect(product.status, JSON.stringify(product.body)).toBe(201);

    const removed = await request(t.app).delete(`/api/v1/workspaces/${ws.slug}`).query({ confirm: ws.slug }).set(bearer(owner.accessToken));
    expect(removed.status, JSON.stringify(removed.body)).toBe(204);

    // The API deletes the products first (modules/workspaces deleteWorkspace); the memberships go by the foreign key's cascade.
    expect(await types(product.body.id as string)).toEqual(['product.created@1', 'product.deleted@1']);
    const all = await t.owner.prisma.outboxEvent.findMany({ where: { workspaceId: ws.id }, orderBy: { seq: 'asc' } });
    expect(all.map((e) => `${e.type}:${e.subjectId === ws.id ? 'ws' : e.subjectId === owner.userId ? 'owner' : e.subjectId === member.userId ? 'member' : 'product'}`)).toEqual([
      'workspace.created:ws', 'membership.created:owner', 'membership.created:member', 'product.created:product', 'product.deleted:product', 'workspace.deleted:ws',
    ]);
    expect(all.at(-1)!.payload).toMatchObject({ id: ws.id, slug: ws.slug, name: 'Doomed Tea', personal: false });
  });
});

describe('workspaces and memberships', () => {
  it('when an account is made, a workspace renamed, a member invited, promoted and removed, then each writes its event', async () => {
    const newcomer = await registerUser(t.app, { name: 'Newcomer' });
    const personal = await personalWorkspaceId(newcomer);
    expect((await t.owner.prisma.outboxEvent.findMany({ where: { workspaceId: personal }, orderBy: { seq: 'asc' } })).map((e) => e.type))
      .toEqual(['workspace.created', 'membership.created']);

    const ws = await createWorkspace(t.app, owner, { name: 'Oolong Club' });
    const renamed = await request(t.app).patch(`/api/v1/workspaces/${ws.slug}`).set(bearer(owner.accessToken)).send({ name: 'Oolong Society' });
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
    expect(await types(ws.id)).toEqual(['workspace.created@-', 'workspace.updated@-']);
    expect((await eventsOf(ws.id))[1]!.payload).toMatchObject({ id: ws.id, slug: ws.slug, name: 'Oolong Society', personal: false });

    expect((await accept(t.app, newcomer, (await inviteByLink(t.app, owner, ws.slug, 'viewer')).token)).status).toBe(200);
    const promoted = await request(t.app).patch(`/api/v1/workspaces/${ws.slug}/members/${newcomer.userId}`).set(bearer(owner.accessToken)).send({ role: 'editor' });
    expect(promoted.status, JSON.stringify(promoted.body)).toBe(200);
    const removed = await request(t.app).delete(`/api/v1/workspaces/${ws.slug}/members/${newcomer.userId}`).set(bearer(owner.accessToken));
    expect(removed.status, JSON.stringify(removed.body)).toBe(204);

    const memberships = (await eventsOf(newcomer.userId)).filter((e) => e.workspaceId === ws.id);
    expect(memberships.map((e) => [e.type, e.payload.role])).toEqual([
      ['membership.created', 'viewer'], ['membership.updated', 'editor'], ['membership.deleted', 'editor'],
    ]);
    expect(memberships[0]!.payload).toMatchObject({ workspaceId: ws.id, userId: newcomer.userId });
  });
});
