import { readdir } from 'node:fs/promises';
import type pg from 'pg';

/** The database is behind the migrations this build ships: the server must not serve on it. */
class SchemaBehindError extends Error {
  constructor(readonly pending: string[]) {
    super(
      `${pending.length} migration(s) not applied to the database: ${pending.join(', ')}. ` +
        'Run `npm run migrate -w backend` (DATABASE_URL set) before starting the server.',
    );
    this.name = 'SchemaBehindError';
  }
}

/**
 * Migrations are their own step (`npm run migrate -w backend`), run before the server starts. This
 * is the server's side of that contract: it starts only on a database where every migration it
 * ships (prisma/migrations) has finished, so a skipped step fails the start instead of answering
 * 500s on missing columns. Rejects with the connection error when the database is unreachable.
 */
export async function assertSchemaCurrent(pool: pg.Pool, migrationsDir: string): Promise<void> {
  const shipped = (await readdir(migrationsDir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const applied = await pool
    .query<{ migration_name: string }>('SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL')
    .then(
      ({ rows }) => new Set(rows.map((row) => row.migration_name)),
      (error: { code?: string }) => {
        // 42P01 undefined_table: nothing was ever migrated here.
        if (error.code === '42P01') return new Set<string>();
        throw error;
      },
    );
  const pending = shipped.filter((name) => !applied.has(name));
  if (pending.length) throw new SchemaBehindError(pending);
}

/** Why the connected role would skip every row-level security policy; null when policies bind it. */
export async function rowSecurityBypass(pool: pg.Pool): Promise<string | null> {
  const { rows } = await pool.query<{ role: string; superuser: boolean; bypass: boolean; owns: boolean }>(
    `SELECT current_user AS role, r.rolsuper AS superuser, r.rolbypassrls AS bypass,
       EXISTS (SELECT 1 FROM pg_class c WHERE c.relowner = r.oid AND c.relrowsecurity) AS owns
     FROM pg_roles r WHERE r.rolname = current_user`,
  );
  const row = rows[0];
  if (!row) return null;
  if (row.superuser) return `the database role ${row.role} is a superuser`;
  if (row.bypass) return `the database role ${row.role} has BYPASSRLS`;
  if (row.owns) return `the database role ${row.role} owns the tables`;
  return null;
}
