// Upgrading a database of the time before the catalogue migration: its products come through with
// every value, their words in the search vocabulary and their SKUs in the case-blind key; a
// workspace holding two SKUs that differ only in case stops the migration, as README "The
// catalogue" says, rather than losing one of them.
import { randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withDatabase, withPgClient } from '@shelfwise/devstack';
import type pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';

const MIGRATIONS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'prisma', 'migrations');
const CATALOGUE = '20261204090000_catalogue';
const adminUrl = () => inject('postgresAdminUrl');
const created: string[] = [];

const sqlOf = (migration: string) => readFile(path.join(MIGRATIONS, migration, 'migration.sql'), 'utf8');
async function migrationsBefore(last: string): Promise<string[]> {
  const names = (await readdir(MIGRATIONS, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  return names.slice(0, names.indexOf(last));
}

/** A database at the migration before the catalogue's, with one user and these products in their personal workspace. */
async function databaseBefore(products: { name: string; description: string; sku: string }[]): Promise<string> {
  const name = `shelfwise_t_${inject('testRunId')}_catalogue_${created.length}`;
  created.push(name);
  await withPgClient(adminUrl(), async (c) => {
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await c.query(`CREATE DATABASE "${name}"`);
  });
  const url = withDatabase(adminUrl(), name);
  await withPgClient(url, async (c) => {
    for (const migration of await migrationsBefore(CATALOGUE)) await c.query(await sqlOf(migration));
    const userId = randomUUID();
    await c.query(`INSERT INTO "User" ("id", "email", "name", "passwordHash", "updatedAt") VALUES ($1, $2, 'Before', 'x', now())`, [userId, `${userId}@example.com`]);
    for (const p of products) {
      await c.query(
        `INSERT INTO "Product" ("id", "workspaceId", "ownerId", "name", "description", "sku", "price", "currency", "status", "updatedAt")
         SELECT gen_random_uuid(), w."id", $1, $2, $3, $4, 9.5, 'EUR', 'active', now() FROM "Workspace" w WHERE w."personalOwnerId" = $1`,
        [userId, p.name, p.description, p.sku],
      );
    }
  });
  return url;
}

const query = <T extends pg.QueryResultRow>(url: string, sql: string) => withPgClient(url, async (c) => (await c.query<T>(sql)).rows);

afterAll(() => withPgClient(adminUrl(), async (c) => {
  for (const name of created) await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}));

describe('the catalogue migration on a database of the time before', () => {
  it('when it has run, then every product keeps its values, is found by its stems, and its words are in the vocabulary', async () => {
    const url = await databaseBefore([
      { name: 'Cast iron teapots', description: 'Heavy kettles for the stove', sku: 'TP-1' },
      { name: 'Sencha', description: '', sku: 'tp-2' },
    ]);
    await withPgClient(url, async (c) => c.query(await sqlOf(CATALOGUE)));

    const products = await query<{ name: string; liveSku: string; tags: string[]; categoryIds: string[]; trashedAt: Date | null }>(
      url, `SELECT "name", "liveSku", "tags"::text[] AS tags, "categoryIds"::text[] AS "categoryIds", "trashedAt" FROM "Product" ORDER BY "name"`,
    );
    expect(products).toEqual([
      { name: 'Cast iron teapots', liveSku: 'tp-1', tags: [], categoryIds: [], trashedAt: null },
      { name: 'Sencha', liveSku: 'tp-2', tags: [], categoryIds: [], trashedAt: null },
    ]);
    const stemmed = await query<{ name: string }>(url, `SELECT "name" FROM "CatalogueProduct" WHERE "search" @@ to_tsquery('english', 'teapot & kettle')`);
    expect(stemmed).toEqual([{ name: 'Cast iron teapots' }]);
    const words = (await query<{ word: string }>(url, `SELECT "word" FROM "SearchWord" ORDER BY 1`)).map((r) => r.word);
    expect(words).toEqual(expect.arrayContaining(['cast', 'iron', 'teapots', 'heavy', 'kettles', 'stove', 'sencha']));
    expect(words).not.toContain('tp');
  });

  it('when a workspace holds two SKUs that differ only in case, then the migration stops on the unique key and changes nothing', async () => {
    const url = await databaseBefore([
      { name: 'One', description: '', sku: 'ux-D-a' },
      { name: 'Two', description: '', sku: 'UX-D-A' },
    ]);
    const failure = await withPgClient(url, async (c) => {
      const sql = await sqlOf(CATALOGUE);
      await c.query('BEGIN');
      try {
        await c.query(sql);
        return null;
      } catch (err) {
        return err as { code?: string };
      } finally {
        await c.query('ROLLBACK');
      }
    });
    expect(failure).toMatchObject({ code: '23505' });
    expect(await query(url, `SELECT count(*)::int AS n FROM "Product"`)).toEqual([{ n: 2 }]);
  });
});
