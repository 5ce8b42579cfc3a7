// The second line between workspaces: PostgreSQL's row-level security, checked straight against the
// database as the API's role, with the transaction-local settings the API sets (lib/db-context.ts).
// Whatever a service forgets to check, these are the rows the database still refuses.
import pg from 'pg';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowSecurityBypass } from '../src/lib/schema-check.js';
import { createTestApp, type TestApp } from './support/app.js';
import { bearer, createWorkspace, memberWithRole, productBody, registerUser, type Session, type WorkspaceBody } from './workspaces-support.js';

let t: TestApp;
let owner: Session;
let stranger: Session;
let viewer: Session;
let team: WorkspaceBody;
let strangersOwn: string;
let draftId: string;
let activeId: string;

beforeAll(async () => {
  t = await createTestApp();
  owner = await registerUser(t.app);
  stranger = await registerUser(t.app);
  team = await createWorkspace(t.app, owner);
  viewer = await memberWithRole(t.app, owner, team.slug, 'viewer');
  const draft = await request(t.app).post(`/api/v1/workspaces/${team.slug}/products`).set(bearer(owner.accessToken)).send(productBody({ name: 'Secret draft' }));
  const active = await request(t.app).post(`/api/v1/workspaces/${team.slug}/products`).set(bearer(owner.accessToken)).send(productBody({ status: 'active' }));
  draftId = draft.body.id;
  activeId = active.body.id;
  strangersOwn = (await t.owner.prisma.workspace.findUniqueOrThrow({ where: { personalOwnerId: stranger.userId } })).id;
});
afterAll(() => t.close());

/** One transaction as the API's role, with these settings (unset ones stay unset). */
async function asApi<T>(settings: Record<string, string>, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: t.databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    for (const [name, value] of Object.entries(settings)) await client.query('SELECT set_config($1, $2, true)', [`shelfwise.${name}`, value]);
    const result = await work(client);
    await client.query('ROLLBACK');
    return result;
  } finally {
    await client.end();
  }
}

const refusedByPolicy = expect.objectContaining({ code: '42501', message: expect.stringMatching(/row-level security/) });

describe("the API's database role", () => {
  it('when the API connects, then its role is no superuser, has no BYPASSRLS and owns no table', async () => {
    const pool = new pg.Pool({ connectionString: t.databaseUrl });
    try {
      expect(await rowSecurityBypass(pool)).toBeNull();
      const { rows } = await pool.query(
        `SELECT r.rolsuper, r.rolbypassrls, (SELECT count(*)::int FROM pg_class c WHERE c.relowner = r.oid) AS owned
         FROM pg_roles r WHERE r.rolname = current_user`,
      );
      expect(rows[0]).toEqual({ rolsuper: false, rolbypassrls: false, owned: 0 });
    } finally {
      await pool.end();
    }
  });

  it('when the owner connection is checked, then it is reported as bypassing, which is why the API never uses it', async () => {
    const pool = new pg.Pool({ connectionString: t.ownerDatabaseUrl });
    try {
      expect(await rowSecurityBypass(pool)).toMatch(/superuser|owns the tables/);
    } finally {
      await pool.end();
    }
  });

  it('when the API role writes through the public catalogue view, then it is refused: the view is read-only for it', async () => {
    const error = await asApi({}, (c) => c.query(`UPDATE "CatalogueProduct" SET "name" = 'x' WHERE "id" = $1`, [activeId])).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: '42501', message: expect.stringMatching(/permission denied/) });
  });
});

describe("another workspace's products", () => {
  it('when no one is named, then only active products are visible and nothing can be written', async () => {
    const seen = await asApi({}, (c) => c.query('SELECT "id" FROM "Product" WHERE "workspaceId" = $1', [team.id]));
    expect(seen.rows.map((r) => r.id)).toEqual([activeId]);
    const insert = await asApi({}, (c) =>
      c.query(`INSERT INTO "Product" ("id", "workspaceId", "ownerId", "name", "sku", "price", "currency", "updatedAt") VALUES (gen_random_uuid(), $1, $2, 'x', 'RLS-1', 1, 'USD', now())`, [team.id, owner.userId]),
    ).catch((e: unknown) => e);
    expect(insert).toEqual(refusedByPolicy);
  });

  it("when an outsider names the other workspace as theirs, then its drafts stay hidden and writes reach no row or are refused", async () => {
    const settings = { user_id: stranger.userId, workspace_id: team.id };
    const draft = await asApi(settings, (c) => c.query('SELECT "id" FROM "Product" WHERE "id" = $1', [draftId]));
    expect(draft.rowCount).toBe(0);
    const updated = await asApi(settings, (c) => c.query(`UPDATE "Product" SET "name" = 'taken' WHERE "id" = ANY($1::uuid[])`, [[draftId, activeId]]));
    expect(updated.rowCount).toBe(0);
    const deleted = await asApi(settings, (c) => c.query('DELETE FROM "Product" WHERE "id" = ANY($1::uuid[])', [[draftId, activeId]]));
    expect(deleted.rowCount).toBe(0);
    const insert = await asApi(settings, (c) =>
      c.query(`INSERT INTO "Product" ("id", "workspaceId", "ownerId", "name", "sku", "price", "currency", "updatedAt") VALUES (gen_random_uuid(), $1, $2, 'x', 'RLS-2', 1, 'USD', now())`, [team.id, stranger.userId]),
    ).catch((e: unknown) => e);
    expect(insert).toEqual(refusedByPolicy);
  });

  it('when a member writes while the transaction names another workspace, then the write is refused: a row moves nowhere', async () => {
    const settings = { user_id: owner.userId, workspace_id: strangersOwn };
    const updated = await asApi(settings, (c) => c.query(`UPDATE "Product" SET "name" = 'x' WHERE "id" = $1`, [draftId]));
    expect(updated.rowCount).toBe(0);
    const moved = await asApi({ user_id: owner.userId, workspace_id: team.id }, (c) => c.query(`UPDATE "Product" SET "workspaceId" = $2 WHERE "id" = $1`, [draftId, strangersOwn])).catch((e: unknown) => e);
    expect(moved).toEqual(refusedByPolicy);
  });

  it('when a viewer writes in their own workspace, then the database refuses too: the role is checked there as well', async () => {
    const settings = { user_id: viewer.userId, workspace_id: team.id };
    const seen = await asApi(settings, (c) => c.query('SELECT "id" FROM "Product" WHERE "id" = $1', [draftId]));
    expect(seen.rowCount).toBe(1);
    const updated = await asApi(settings, (c) => c.query(`UPDATE "Product" SET "name" = 'x' WHERE "id" = $1`, [draftId]));
    expect(updated.rowCount).toBe(0);
  });

  it('when the owner writes in their workspace, then it works (the policies are not simply closed)', async () => {
    const updated = await asApi({ user_id: owner.userId, workspace_id: team.id }, (c) => c.query(`UPDATE "Product" SET "stock" = 3 WHERE "id" = $1`, [draftId]));
    expect(updated.rowCount).toBe(1);
  });
});

describe('memberships and invitations', () => {
  it('when an outsider adds themselves to a workspace, even naming it, then the database refuses', async () => {
    const error = await asApi({ user_id: stranger.userId, workspace_id: team.id }, (c) =>
      c.query(`INSERT INTO "Membership" ("workspaceId", "userId", "role") VALUES ($1, $2, 'owner')`, [team.id, stranger.userId]),
    ).catch((e: unknown) => e);
    expect(error).toEqual(refusedByPolicy);
  });

  it('when a viewer promotes themselves, then no row changes', async () => {
    const updated = await asApi({ user_id: viewer.userId, workspace_id: team.id }, (c) =>
      c.query(`UPDATE "Membership" SET "role" = 'owner' WHERE "workspaceId" = $1 AND "userId" = $2`, [team.id, viewer.userId]),
    );
    expect(updated.rowCount).toBe(0);
  });

  it("when an outsider reads a workspace's members or invitations, then they see none", async () => {
    await request(t.app).post(`/api/v1/workspaces/${team.slug}/invitations`).set(bearer(owner.accessToken)).send({ role: 'editor' });
    const settings = { user_id: stranger.userId, workspace_id: team.id };
    expect((await asApi(settings, (c) => c.query('SELECT 1 FROM "Membership" WHERE "workspaceId" = $1', [team.id]))).rowCount).toBe(0);
    expect((await asApi(settings, (c) => c.query('SELECT 1 FROM "Invitation" WHERE "workspaceId" = $1', [team.id]))).rowCount).toBe(0);
    const ownView = await asApi({ user_id: owner.userId, workspace_id: team.id }, (c) => c.query('SELECT 1 FROM "Invitation" WHERE "workspaceId" = $1', [team.id]));
    expect(ownView.rowCount).toBeGreaterThan(0);
  });
});

describe('the catalogue tables (issue 16)', () => {
  it('when a transaction that is not a platform admin\'s writes a category, then the policy refuses it; a platform admin\'s may', async () => {
    const insert = (c: pg.Client) => c.query(`INSERT INTO "Category" ("id", "name", "slug", "updatedAt") VALUES (gen_random_uuid(), 'Rogue', $1, now())`, [`rogue-${Date.now()}`]);
    expect(await asApi({ user_id: owner.userId }, insert).catch((e: unknown) => e)).toEqual(refusedByPolicy);
    expect((await asApi({ user_id: owner.userId, platform_admin: 'on' }, insert)).rowCount).toBe(1);
  });

  it('when the API role writes the vocabulary (tags, search words) itself, then it is refused: only the trigger on "Product" writes it', async () => {
    const denied = expect.objectContaining({ code: '42501', message: expect.stringMatching(/permission denied/) });
    expect(await asApi({}, (c) => c.query(`INSERT INTO "SearchWord" ("word") VALUES ('planted')`)).catch((e: unknown) => e)).toEqual(denied);
    const tag = (c: pg.Client) => c.query(`INSERT INTO "Tag" ("workspaceId", "name") VALUES ($1, 'planted')`, [team.id]);
    expect(await asApi({ user_id: owner.userId, workspace_id: team.id }, tag).catch((e: unknown) => e)).toEqual(denied);
  });

  it('when a stranger reads the pictures of a draft, then none come back; of an active product, then they do', async () => {
    await t.owner.pool.query(
      `INSERT INTO "ProductImage" ("id", "productId", "workspaceId", "position", "digest", "width", "height") VALUES
       (gen_random_uuid(), $1, $3, 0, repeat('a', 64), 10, 10), (gen_random_uuid(), $2, $3, 0, repeat('b', 64), 10, 10)`,
      [draftId, activeId, team.id],
    );
    const seen = await asApi({ user_id: stranger.userId }, (c) => c.query(`SELECT "productId" FROM "ProductImage" WHERE "workspaceId" = $1`, [team.id]));
    expect(seen.rows.map((r: { productId: string }) => r.productId)).toEqual([activeId]);
    const members = await asApi({ user_id: viewer.userId }, (c) => c.query(`SELECT "productId" FROM "ProductImage" WHERE "workspaceId" = $1`, [team.id]));
    expect(members.rows).toHaveLength(2);
  });

  it('when a product is in the trash, then outsiders no longer read it even though it is active; members do', async () => {
    const trashed = await request(t.app).post(`/api/v1/workspaces/${team.slug}/products`).set(bearer(owner.accessToken)).send(productBody({ status: 'active' }));
    await t.owner.pool.query(`UPDATE "Product" SET "trashedAt" = now() WHERE "id" = $1`, [trashed.body.id]);
    const read = (who: string) => asApi({ user_id: who }, (c) => c.query(`SELECT "id" FROM "Product" WHERE "id" = $1`, [trashed.body.id]));
    expect((await read(stranger.userId)).rows).toHaveLength(0);
    expect((await read(viewer.userId)).rows).toHaveLength(1);
  });
});
