// Upgrading a database made before workspaces: the data of that time, written the way it was
// written then, comes through the workspaces migration whole, each user's products in their
// personal workspace.
import { randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withDatabase, withPgClient } from '@shelfwise/devstack';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

const MIGRATIONS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'prisma', 'migrations');
const WORKSPACES = '20261203090000_workspaces';

const adminUrl = () => inject('postgresAdminUrl');
const name = `shelfwise_t_${inject('testRunId')}_upgrade`;
let url: string;

async function migrationsBefore(last: string): Promise<string[]> {
  const names = (await readdir(MIGRATIONS, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  return names.slice(0, names.indexOf(last));
}
const sqlOf = (migration: string) => readFile(path.join(MIGRATIONS, migration, 'migration.sql'), 'utf8');

interface OldProduct {
  id: string;
  ownerId: string;
  name: string;
  description: string;
  sku: string;
  price: string;
  currency: string;
  stock: number;
  status: string;
  version: number;
}

const users = Array.from({ length: 3 }, (_, i) => ({ id: randomUUID(), email: `upgrade-${i}@example.com`, name: i === 2 ? 'Zoë  O’Brien!' : `Owner ${i}` }));
const products: OldProduct[] = users.flatMap((user, u) =>
  Array.from({ length: 4 }, (_, i) => ({
    id: randomUUID(),
    ownerId: user.id,
    name: `Old product ${u}-${i}`,
    description: i % 2 ? 'With a description' : '',
    // The same sku for two owners: unique per owner then, per workspace now.
    sku: `OLD-${i}`,
    price: `${10 + i}.${u}0`,
    currency: i === 3 ? 'CHF' : 'USD',
    stock: i * 3,
    status: ['draft', 'active', 'archived', 'active'][i]!,
    version: 1 + i,
  })),
);

beforeAll(async () => {
  await withPgClient(adminUrl(), async (c) => {
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await c.query(`CREATE DATABASE "${name}"`);
  });
  url = withDatabase(adminUrl(), name);
  await withPgClient(url, async (c) => {
    for (const migration of await migrationsBefore(WORKSPACES)) await c.query(await sqlOf(migration));
    // As the API wrote rows before workspaces existed.
    for (const user of users) {
      await c.query(`INSERT INTO "User" ("id", "email", "name", "passwordHash", "updatedAt") VALUES ($1, $2, $3, 'x', now())`, [user.id, user.email, user.name]);
    }
    for (const p of products) {
      await c.query(
        `INSERT INTO "Product" ("id", "ownerId", "name", "description", "sku", "price", "currency", "stock", "status", "version", "updatedAt")
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::"ProductStatus", $10, now())`,
        [p.id, p.ownerId, p.name, p.description, p.sku, p.price, p.currency, p.stock, p.status, p.version],
      );
    }
    await c.query(await sqlOf(WORKSPACES));
  });
}, 60_000);

afterAll(() => withPgClient(adminUrl(), (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)));

const rows = <T extends pg.QueryResultRow>(sql: string, values: unknown[] = []) => withPgClient(url, async (c) => (await c.query<T>(sql, values)).rows);

describe('the workspaces migration on a database of the time before', () => {
  it('when it has run, then every user owns exactly one personal workspace and is its only member', async () => {
    const found = await rows<{ userId: string; slug: string; name: string; role: string; members: number }>(
      `SELECT w."personalOwnerId" AS "userId", w."slug"::text AS slug, w."name", m."role"::text AS role,
         (SELECT count(*)::int FROM "Membership" x WHERE x."workspaceId" = w."id") AS members
       FROM "Workspace" w JOIN "Membership" m ON m."workspaceId" = w."id" AND m."userId" = w."personalOwnerId" ORDER BY w."name"`,
    );
    expect(found.map((r) => r.userId).sort()).toEqual(users.map((u) => u.id).sort());
    for (const row of found) expect(row).toMatchObject({ role: 'owner', members: 1 });
    const zoe = found.find((r) => r.userId === users[2]!.id)!;
    expect(zoe.slug).toBe(`zo-o-brien-${users[2]!.id.replace(/-/g, '').slice(-8)}`);
    expect(zoe.name).toBe('Zoë  O’Brien!');
  });

  it('when it has run, then every product is there with every value it had, in its owner\'s personal workspace', async () => {
    const after = await rows<OldProduct & { workspaceOwner: string }>(
      `SELECT p."id", p."ownerId", p."name", p."description", p."sku", p."price"::text AS price, p."currency", p."stock", p."status"::text AS status, p."version",
         w."personalOwnerId" AS "workspaceOwner"
       FROM "Product" p JOIN "Workspace" w ON w."id" = p."workspaceId"`,
    );
    expect(after).toHaveLength(products.length);
    for (const before of products) {
      const row = after.find((r) => r.id === before.id);
      expect(row).toEqual({ ...before, workspaceOwner: before.ownerId });
    }
  });

  it('when a user is added afterwards, then the trigger gives them a personal workspace too', async () => {
    const id = randomUUID();
    await rows(`INSERT INTO "User" ("id", "email", "name", "passwordHash", "updatedAt") VALUES ($1, 'later@example.com', 'Later', 'x', now())`, [id]);
    const found = await rows<{ role: string }>(`SELECT m."role"::text AS role FROM "Workspace" w JOIN "Membership" m ON m."workspaceId" = w."id" WHERE w."personalOwnerId" = $1`, [id]);
    expect(found).toEqual([{ role: 'owner' }]);
  });
});
