// Upgrading a database of the time before 20261205090200_low_stock_and_every_word: its products get
// the stored low-stock flag from their own stock and threshold, the vocabulary gains the words of
// their SKUs and their short words (what a prefix search now asks the index for, search.ts), and the
// public catalogue view comes back, still read-only for the API's role.
import { randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withDatabase, withPgClient } from '@shelfwise/devstack';
import type pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';

const MIGRATIONS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'prisma', 'migrations');
const MIGRATION = '20261205090200_low_stock_and_every_word';
const adminUrl = () => inject('postgresAdminUrl');
const created: string[] = [];

const sqlOf = (migration: string) => readFile(path.join(MIGRATIONS, migration, 'migration.sql'), 'utf8');
async function migrationsBefore(last: string): Promise<string[]> {
  const names = (await readdir(MIGRATIONS, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  return names.slice(0, names.indexOf(last));
}

interface Before {
  name: string;
  sku: string;
  stock: number;
  lowStockThreshold: number | null;
}

/** A database at the migration before, with one user and these products (active) in their personal workspace. */
async function databaseBefore(products: Before[]): Promise<string> {
  const name = `shelfwise_t_${inject('testRunId')}_lowstock_${created.length}`;
  created.push(name);
  await withPgClient(adminUrl(), async (c) => {
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await c.query(`CREATE DATABASE "${name}"`);
  });
  const url = withDatabase(adminUrl(), name);
  await withPgClient(url, async (c) => {
    for (const migration of await migrationsBefore(MIGRATION)) await c.query(await sqlOf(migration));
    const userId = randomUUID();
    await c.query(`INSERT INTO "User" ("id", "email", "name", "passwordHash", "updatedAt") VALUES ($1, $2, 'Before', 'x', now())`, [userId, `${userId}@example.com`]);
    for (const p of products) {
      await c.query(
        `INSERT INTO "Product" ("id", "workspaceId", "ownerId", "name", "description", "sku", "price", "currency", "status", "stock", "lowStockThreshold", "updatedAt")
         SELECT gen_random_uuid(), w."id", $1, $2, '', $3, 9.5, 'EUR', 'active', $4, $5, now() FROM "Workspace" w WHERE w."personalOwnerId" = $1`,
        [userId, p.name, p.sku, p.stock, p.lowStockThreshold],
      );
    }
  });
  return url;
}

const query = <T extends pg.QueryResultRow>(url: string, sql: string) => withPgClient(url, async (c) => (await c.query<T>(sql)).rows);

afterAll(() => withPgClient(adminUrl(), async (c) => {
  for (const name of created) await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}));

describe('the low-stock and vocabulary migration on a database of the time before', () => {
  it('when it has run, then each existing product is low on stock exactly when 0 < stock < its threshold', async () => {
    const url = await databaseBefore([
      { name: 'Low', sku: 'L-1', stock: 2, lowStockThreshold: 5 },
      { name: 'At threshold', sku: 'L-2', stock: 5, lowStockThreshold: 5 },
      { name: 'Out', sku: 'L-3', stock: 0, lowStockThreshold: 5 },
      { name: 'No threshold', sku: 'L-4', stock: 1, lowStockThreshold: null },
    ]);
    await withPgClient(url, async (c) => c.query(await sqlOf(MIGRATION)));

    const rows = await query<{ name: string; lowStock: boolean }>(url, `SELECT "name", "lowStock" FROM "Product" ORDER BY "sku"`);
    expect(rows).toEqual([
      { name: 'Low', lowStock: true },
      { name: 'At threshold', lowStock: false },
      { name: 'Out', lowStock: false },
      { name: 'No threshold', lowStock: false },
    ]);
    // Both partial indexes now test the stored flag.
    const indexes = await query<{ indexdef: string }>(url, `SELECT indexdef FROM pg_indexes WHERE indexname LIKE 'Product_low_stock_%' ORDER BY indexname`);
    expect(indexes).toHaveLength(2);
    for (const { indexdef } of indexes) expect(indexdef).toMatch(/WHERE "lowStock"$/);
  });

  it('when it has run, then the vocabulary holds the words of existing SKUs and short words, but not numbers alone', async () => {
    const url = await databaseBefore([{ name: 'Tea pot', sku: 'KETTLE-9000', stock: 1, lowStockThreshold: null }]);
    const before = await query<{ word: string }>(url, `SELECT "word" FROM "SearchWord" ORDER BY 1`);
    expect(before.map((w) => w.word)).not.toContain('kettle');

    await withPgClient(url, async (c) => c.query(await sqlOf(MIGRATION)));
    const words = (await query<{ word: string }>(url, `SELECT "word" FROM "SearchWord" ORDER BY 1`)).map((w) => w.word);
    expect(words).toEqual(expect.arrayContaining(['kettle', 'pot', 'tea']));
    expect(words).not.toContain('9000');
  });

  it('when it has run, then the catalogue view shows the active products again and the API\'s role still cannot write through it', async () => {
    const url = await databaseBefore([{ name: 'Shown', sku: 'V-1', stock: 3, lowStockThreshold: 10 }]);
    await withPgClient(url, async (c) => c.query(await sqlOf(MIGRATION)));
    expect(await query(url, `SELECT "name", "lowStock" FROM "CatalogueProduct"`)).toEqual([{ name: 'Shown', lowStock: true }]);
    const grants = await query<{ privilege_type: string }>(
      url,
      `SELECT privilege_type FROM information_schema.role_table_grants WHERE table_name = 'CatalogueProduct' AND grantee = 'shelfwise_app' ORDER BY 1`,
    );
    expect(grants.map((g) => g.privilege_type)).not.toEqual(expect.arrayContaining(['INSERT']));
    expect(grants.map((g) => g.privilege_type)).not.toContain('UPDATE');
    expect(grants.map((g) => g.privilege_type)).not.toContain('DELETE');
    expect(grants.map((g) => g.privilege_type)).toContain('SELECT');
  });
});
