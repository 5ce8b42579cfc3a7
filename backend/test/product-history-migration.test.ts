// Upgrading a database of the time before product history: every product starts its history at
// the version it has, and the next change is recorded against it.
import { randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withDatabase, withPgClient } from '@shelfwise/devstack';
import { afterAll, describe, expect, inject, it } from 'vitest';

const MIGRATIONS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'prisma', 'migrations');
const HISTORY = '20261205090000_product_history';
const adminUrl = () => inject('postgresAdminUrl');
const name = `shelfwise_t_${inject('testRunId')}_history_migration`;

const sqlOf = (migration: string) => readFile(path.join(MIGRATIONS, migration, 'migration.sql'), 'utf8');
async function migrationsBefore(last: string): Promise<string[]> {
  const names = (await readdir(MIGRATIONS, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  return names.slice(0, names.indexOf(last));
}

afterAll(() => withPgClient(adminUrl(), (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)));

describe('the product history migration on a database of the time before', () => {
  it('when it has run, then each product has one entry at its version (a creation for version 1), and the next change is compared with it', async () => {
    await withPgClient(adminUrl(), async (c) => {
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.query(`CREATE DATABASE "${name}"`);
    });
    const url = withDatabase(adminUrl(), name);
    await withPgClient(url, async (c) => {
      for (const migration of await migrationsBefore(HISTORY)) await c.query(await sqlOf(migration));
      const userId = randomUUID();
      await c.query(`INSERT INTO "User" ("id", "email", "name", "passwordHash", "updatedAt") VALUES ($1, $2, 'Before', 'x', now())`, [userId, `${userId}@example.com`]);
      await c.query(
        `INSERT INTO "Product" ("id", "workspaceId", "ownerId", "name", "sku", "price", "currency", "status", "version", "tags", "updatedAt")
         SELECT v.id, w."id", $1, v.name, v.sku, 12.3, 'EUR', 'active', v.version, ARRAY['tea'], now()
         FROM "Workspace" w, (VALUES ('00000000-0000-7000-8000-000000000001'::uuid, 'New', 'N-1', 1), ('00000000-0000-7000-8000-000000000002'::uuid, 'Edited', 'E-1', 4)) AS v(id, name, sku, version)
         WHERE w."personalOwnerId" = $1`,
        [userId],
      );

      await c.query(await sqlOf(HISTORY));

      const { rows } = await c.query<{ productId: string; version: number; change: string; actorUserId: string | null; snapshot: Record<string, unknown>; changes: unknown[] }>(
        'SELECT "productId", "version", "change", "actorUserId", "snapshot", "changes" FROM "ProductVersion" ORDER BY "productId"',
      );
      expect(rows.map((r) => [r.version, r.change, r.actorUserId === userId, r.changes.length])).toEqual([[1, 'create', true, 12], [4, 'update', false, 0]]);
      expect(rows[1]!.snapshot).toEqual({
        name: 'Edited', description: '', sku: 'E-1', price: '12.30', currency: 'EUR', stock: 0, lowStockThreshold: null,
        status: 'active', categoryIds: [], tags: ['tea'], images: [], trashedAt: null,
      });

      await c.query(`UPDATE "Product" SET "price" = 15, "version" = 5 WHERE "sku" = 'E-1'`);
      const next = await c.query<{ change: string; changes: unknown }>(`SELECT "change", "changes" FROM "ProductVersion" WHERE "version" = 5`);
      expect(next.rows).toEqual([{ change: 'update', changes: [{ field: 'price', old: '12.30', new: '15.00' }] }]);
    });
  });
});
