import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { withPgClient } from '@shelfwise/devstack';
import { PASSWORD, uniqueEmail } from './auth-support.js';
import { generatedCsv } from './products-import-support.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';
import { uniqueRedisPrefix } from './support/redis.js';

// The import's resume rule, with real server processes: one is killed (SIGKILL, mid-chunk as like as
// not) while it imports; another, on the same database, takes the job over once the dead one's
// heartbeat lapses, and continues after the last committed chunk. No row is applied twice: each
// product has one version, each row one record.

const serverEntry = fileURLToPath(new URL('../src/server.ts', import.meta.url));
const ROWS = 20_000;

let database: TestDatabase;
let env: Record<string, string>;
const children: ChildProcess[] = [];
beforeAll(async () => {
  database = await createTestDatabase();
  env = {
    PATH: process.env.PATH ?? '', NODE_ENV: 'test', BCRYPT_COST: '4', LOG_LEVEL: 'info', PORT: '0', HOST: '127.0.0.1',
    DATABASE_URL: database.url, REDIS_URL: inject('redisUrl'), REDIS_KEY_PREFIX: uniqueRedisPrefix(), SPA_DIR: '/nonexistent-spa-dir',
    UNVERIFIED_USERS_MAY_WRITE: 'true', RATE_LIMIT_MAX: '100000', AUTH_RATE_LIMIT_MAX: '100000',
  };
});
afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  await database?.drop();
});

/** A server process; resolves with its base URL once it listens. */
async function startServer(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', serverEntry], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let output = '';
  child.stderr.on('data', (d) => (output += d));
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout.on('data', (d) => {
      output += d;
      const line = output.split('\n').find((l) => l.includes('Shelfwise is listening'));
      if (line) resolve(JSON.parse(line).port as number);
    });
    child.on('exit', () => reject(new Error(`the server exited early:\n${output}`)));
  });
  return { child, url: `http://127.0.0.1:${port}` };
}

async function call<T>(url: string, init: RequestInit & { token?: string } = {}, expected = 200): Promise<T> {
  const headers = new Headers(init.headers);
  if (init.token) headers.set('Authorization', `Bearer ${init.token}`);
  if (typeof init.body === 'string') headers.set('Content-Type', 'application/json');
  const res = await fetch(url, { ...init, headers });
  const text = await res.text();
  expect(res.status, text).toBe(expected);
  return (text ? JSON.parse(text) : null) as T;
}

const query = <T>(sql: string, params: unknown[] = []) => withPgClient(database.ownerUrl, async (client) => (await client.query(sql, params)).rows as T[]);

async function until<T>(what: string, probe: () => Promise<T | null>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('an import whose server is killed', () => {
  it('when another server takes the job over, then it finishes the import and no row is applied twice', async () => {
    const first = await startServer();
    const email = uniqueEmail('resume');
    await call(`${first.url}/api/v1/auth/register`, { method: 'POST', body: JSON.stringify({ email, password: PASSWORD, name: 'Resumer' }) }, 202);
    const { accessToken: token } = await call<{ accessToken: string }>(`${first.url}/api/v1/auth/login`, { method: 'POST', body: JSON.stringify({ email, password: PASSWORD }) });
    const workspace = await call<{ id: string; slug: string }>(`${first.url}/api/v1/workspaces`, { method: 'POST', token, body: JSON.stringify({ name: 'Resume' }) }, 201);
    const form = new FormData();
    form.append('file', new Blob([generatedCsv(ROWS, 'RES')], { type: 'text/csv' }), 'big.csv');
    const { upload } = await call<{ upload: { id: string; mapping: object } }>(`${first.url}/api/v1/workspaces/${workspace.slug}/imports`, { method: 'POST', token, body: form }, 201);
    const { job } = await call<{ job: { id: string } }>(`${first.url}/api/v1/workspaces/${workspace.slug}/imports/${upload.id}/start`, {
      method: 'POST', token, body: JSON.stringify({ mapping: upload.mapping }),
    }, 202);

    // Killed once some chunks are in, well before the end.
    const doneAtKill = await until('the first chunks', async () => {
      const [row] = await query<{ done: number }>('SELECT "done" FROM "Job" WHERE "id" = $1', [job.id]);
      return row && row.done >= 1_000 ? row.done : null;
    }, 60_000);
    first.child.kill('SIGKILL');
    expect(doneAtKill).toBeLessThan(ROWS);
    const [atKill] = await query<{ rows: number }>('SELECT count(*)::int AS "rows" FROM "JobRow" WHERE "jobId" = $1', [job.id]);
    expect(atKill!.rows).toBeLessThan(ROWS);

    await startServer();
    const finished = await until('the job to finish on the second server', async () => {
      const [row] = await query<{ state: string; done: number; failed: number; result: unknown; error: string | null }>(
        'SELECT "state"::text AS "state", "done", "failed", "result", "error" FROM "Job" WHERE "id" = $1', [job.id]);
      return row && ['succeeded', 'failed', 'cancelled'].includes(row.state) ? row : null;
    }, 150_000);
    expect(finished).toMatchObject({ state: 'succeeded', done: ROWS, failed: 0, result: { created: ROWS, updated: 0, unchanged: 0, failed: 0 } });

    // Each input row recorded once, each applied as a creation (version 1).
    const [rows] = await query<{ count: number; first: number; last: number; applied: number; firstVersions: number }>(`
      SELECT count(*)::int AS "count", min("row") AS "first", max("row") AS "last",
        count(*) FILTER (WHERE "outcome" = 'applied')::int AS "applied", count(*) FILTER (WHERE "version" = 1)::int AS "firstVersions"
      FROM "JobRow" WHERE "jobId" = $1`, [job.id]);
    expect(rows).toEqual({ count: ROWS, first: 1, last: ROWS, applied: ROWS, firstVersions: ROWS });
    // Each SKU one product, each product created once: version 1, one history entry, the job's.
    const [products] = await query<{ count: number; skus: number; beyondFirst: number }>(`
      SELECT count(*)::int AS "count", count(DISTINCT lower("sku"))::int AS "skus", count(*) FILTER (WHERE "version" <> 1)::int AS "beyondFirst"
      FROM "Product" WHERE "workspaceId" = $1`, [workspace.id]);
    expect(products).toEqual({ count: ROWS, skus: ROWS, beyondFirst: 0 });
    const [history] = await query<{ count: number; imports: number; products: number }>(`
      SELECT count(*)::int AS "count", count(*) FILTER (WHERE "change" = 'import' AND "jobId" = $2)::int AS "imports", count(DISTINCT "productId")::int AS "products"
      FROM "ProductVersion" WHERE "workspaceId" = $1`, [workspace.id, job.id]);
    expect(history).toEqual({ count: ROWS, imports: ROWS, products: ROWS });
    // The rows' products are exactly the workspace's.
    const [linked] = await query<{ missing: number }>(`
      SELECT count(*)::int AS "missing" FROM "JobRow" r LEFT JOIN "Product" p ON p."id" = r."productId" WHERE r."jobId" = $1 AND p."id" IS NULL`, [job.id]);
    expect(linked!.missing).toBe(0);
  }, 240_000);
});
