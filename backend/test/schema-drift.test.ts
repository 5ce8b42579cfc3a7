// prisma/schema.prisma is the single description of the database and prisma/migrations is what
// production runs: these tests fail when the two disagree (a model edited without
// `npm run prisma -w backend -- migrate dev --name <change>`, or a migration edited by hand).
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { applyMigrations } from '@shelfwise/devstack';
import { createTestDatabase, type TestDatabase } from './support/database.js';

const backendDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SCHEMA = path.join(backendDir, 'prisma', 'schema.prisma');
const MIGRATIONS = path.join(backendDir, 'prisma', 'migrations');

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The Prisma CLI through the project's offline wrapper, as `npm run prisma` runs it. */
function prisma(args: string[], databaseUrl: string): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(backendDir, 'scripts', 'prisma.mjs'), ...args], {
      cwd: backendDir,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Exit code 0: no difference; 2: a difference (printed); 1: the check itself failed. */
function diffMigrationsAgainst(schemaPath: string, databaseUrl: string): Promise<Result> {
  // The migrations are replayed into a throw-away shadow database on databaseUrl's server.
  return prisma(['migrate', 'diff', '--from-migrations', MIGRATIONS, '--to-schema', schemaPath, '--exit-code'], databaseUrl);
}

const explain = (result: Result) => `exit code ${result.code}\n${result.stdout}\n${result.stderr}`;

describe('prisma/migrations and prisma/schema.prisma', () => {
  // Any database on the shared test server will do: the diff replays the migrations into a
  // throw-away shadow database it creates next to it.
  let server: TestDatabase;
  let scratch: string;

  beforeAll(async () => {
    server = await createTestDatabase();
    scratch = await mkdtemp(path.join(tmpdir(), 'schema-drift-'));
  }, 60_000);

  afterAll(async () => {
    await server?.drop();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  it('when the migrations are applied, then they describe exactly schema.prisma', async () => {
    const result = await diffMigrationsAgainst(SCHEMA, server.ownerUrl);

    expect(result.code, explain(result)).toBe(0);
    expect(result.stdout).toContain('No difference detected');
  }, 60_000);

  it('when schema.prisma has a column no migration creates, then the check fails and names it', async () => {
    const schema = await readFile(SCHEMA, 'utf8');
    const drifted = schema.replace(/^model Product \{\n/m, (line) => `${line}  driftProbe Int?\n`);
    expect(drifted).not.toBe(schema);
    const driftedPath = path.join(scratch, 'schema.prisma');
    await writeFile(driftedPath, drifted);

    const result = await diffMigrationsAgainst(driftedPath, server.ownerUrl);

    expect(result.code, explain(result)).toBe(2);
    expect(result.stdout).toContain('driftProbe');
  }, 60_000);

  it('when applyMigrations targets a database that does not exist, then it creates it with every table, and a second run changes nothing', async () => {
    // Named like the clones, so global teardown drops it with them.
    const url = new URL(inject('postgresAdminUrl'));
    url.pathname = `/shelfwise_t_${inject('testRunId')}_apply_check`;

    await applyMigrations(url.toString());
    await applyMigrations(url.toString());

    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    try {
      const tables = await client.query<{ table_name: string }>(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name",
      );
      const models = [...(await readFile(SCHEMA, 'utf8')).matchAll(/^model (\w+) \{/gm)].map((m) => m[1]);
      expect(models.length).toBeGreaterThan(0);
      expect(tables.rows.map((row) => row.table_name).sort()).toEqual([...models, '_prisma_migrations'].sort());
      const migrations = await client.query('SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL');
      const directories = (await readdir(MIGRATIONS, { withFileTypes: true })).filter((entry) => entry.isDirectory());
      expect(migrations.rowCount).toBe(directories.length);
      // citext comes from the extension the first migration creates: email uniqueness ignores case.
      const email = await client.query<{ same: boolean }>("SELECT 'A@x.io'::citext = 'a@X.io' AS same");
      expect(email.rows[0]?.same).toBe(true);
    } finally {
      await client.end();
    }
  }, 60_000);
});

