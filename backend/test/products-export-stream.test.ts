// The product export is streamed: thousands of rows in the list's order, a page of queries at a
// time, held back while the client does not read (back-pressure), and stopped when it goes away.
// The rows are seeded with SQL, as a bulk load would write them (thousands through the API would be slow).
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer, get, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCategory } from './categories-support.js';
import { bearer, countQueries, createAdmin, registerUser, type Session } from './products-support.js';
import { createTestApp, type TestApp } from './support/app.js';
import { createWorkspace, type WorkspaceBody } from './workspaces-support.js';

// src/modules/products/export/export.service.ts EXPORT_PAGE, and list.query.ts COUNT_CAP.
const PAGE = 1_000;
const COUNT_CAP = 10_000;

let t: TestApp;
let server: Server;
let base: string;
let owner: Session;
beforeAll(async () => {
  t = await createTestApp();
  server = createServer(t.app).listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  owner = await registerUser(t.app);
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await t.close();
});

/**
 * `count` active products in `workspace`, a second apart, named in another order than they were
 * made, each filed under `categoryIds`.
 */
async function seed(workspace: WorkspaceBody, count: number, categoryIds: string[] = []): Promise<void> {
  await t.owner.prisma.$transaction(async (tx) => {
    // A bulk load, as the benchmark's seed does it: no time limit, no history rows.
    await tx.$executeRaw`SET LOCAL statement_timeout = 0`;
    await tx.$executeRaw`ALTER TABLE "Product" DISABLE TRIGGER "Product_history"`;
    await tx.$executeRaw`
      INSERT INTO "Product" (id, "workspaceId", "ownerId", name, description, sku, price, currency, stock, status, "categoryIds", "createdAt", "updatedAt")
      SELECT gen_random_uuid(), ${workspace.id}::uuid, ${owner.userId}::uuid, 'Bulk ' || (n * 7919 % ${count}), 'A loose-leaf tea',
             'BULK-' || n, 1 + n % 100, 'USD', n % 50, 'active', ${categoryIds}::uuid[], timestamptz '2026-01-01' + n * interval '1 second', now()
      FROM generate_series(1, ${count}) AS n`;
    await tx.$executeRaw`ALTER TABLE "Product" ENABLE TRIGGER "Product_history"`;
  }, { timeout: 120_000 });
}

const exportPath = (workspace: WorkspaceBody) => `/api/v1/workspaces/${workspace.slug}/products/export.csv`;

/** Starts a download over a real socket (identity: the bytes as written) and answers with the response, not yet read. */
function startDownload(path: string): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    get(`${base}${path}`, { headers: { ...bearer(owner.accessToken), 'Accept-Encoding': 'identity' } }, resolve).on('error', reject);
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a large export', () => {
  let team: WorkspaceBody;
  const rows = 6_500;
  beforeAll(async () => {
    team = await createWorkspace(t.app, owner);
    await seed(team, rows);
  }, 120_000);

  it('when thousands of products are exported, then every one is sent once, in the list\'s order, a page of 1,000 per query', async () => {
    const queries = countQueries(t);
    const res = await request(t.app).get(exportPath(team)).set(bearer(owner.accessToken)).set('Accept-Encoding', 'identity');
    queries.stop();

    expect(res.status).toBe(200);
    const lines = res.text.split('\r\n').slice(1, -1);
    const expected = await t.owner.prisma.$queryRaw<{ id: string }[]>`SELECT id::text FROM "Product" WHERE "workspaceId" = ${team.id}::uuid ORDER BY "createdAt" DESC, id DESC`;
    expect(lines.map((line) => line.slice(0, 36))).toEqual(expected.map((r) => r.id));
    expect(res.headers['x-total-count']).toBe(String(rows));
    // Seven pages (the last one short), not one query per row nor one for everything; the rest is
    // the count, the filters' checks and the audit entry.
    expect(queries.count).toBeGreaterThanOrEqual(Math.ceil(rows / PAGE));
    expect(queries.count).toBeLessThan(Math.ceil(rows / PAGE) + 10);
  });

  it('when sorted by name, then the rows follow the name order, ties by id, as the list pages them', async () => {
    const res = await request(t.app).get(exportPath(team)).query({ sort: 'name' }).set(bearer(owner.accessToken)).set('Accept-Encoding', 'identity');

    const ids = res.text.split('\r\n').slice(1, -1).map((line) => line.slice(0, 36));
    const expected = await t.owner.prisma.$queryRaw<{ id: string }[]>`SELECT id::text FROM "Product" WHERE "workspaceId" = ${team.id}::uuid ORDER BY name, id`;
    expect(ids).toEqual(expected.map((r) => r.id));
  });
});

describe('back-pressure and disconnects', () => {
  // Rows of about 3.5 kB (20 categories, each a path of three long slugs): the whole export (about
  // 40 MB) is far more than the sockets' buffers hold, so a client that stops reading must stop the
  // queries too. (Long descriptions would do as well, but the search vocabulary makes them slow to seed.)
  let team: WorkspaceBody;
  const rows = COUNT_CAP + 1_000;
  const pages = Math.ceil(rows / PAGE);
  beforeAll(async () => {
    const admin = await createAdmin(t);
    const longSlug = () => `${'tea'.repeat(8)}-${randomUUID().replace(/-/g, '')}`;
    const root = await createCategory(t.app, admin, { slug: longSlug() });
    const middle = await createCategory(t.app, admin, { slug: longSlug(), parentId: root.id });
    const leaves: string[] = [];
    for (let i = 0; i < 20; i++) leaves.push((await createCategory(t.app, admin, { slug: longSlug(), parentId: middle.id })).id);
    team = await createWorkspace(t.app, owner);
    await seed(team, rows, leaves);
  }, 120_000);

  it('when the client stops reading, then the server stops reading pages too, and once it reads again the whole file arrives', async () => {
    const res = await startDownload(exportPath(team));
    // Counted from the headers on: the pages only (the count and the audit entry came before).
    const queries = countQueries(t);
    expect(res.statusCode).toBe(200);
    expect(res.headers['x-total-count']).toBe(`${COUNT_CAP}+`);
    res.pause();
    // Time enough to read every page many times over, had nothing held the server back.
    await sleep(1_500);
    const stalled = queries.count;
    await sleep(1_000);
    expect(queries.count).toBe(stalled);
    expect(stalled).toBeLessThan(pages - 2);

    let lines = 0;
    res.setEncoding('utf8');
    for await (const chunk of res as AsyncIterable<string>) lines += chunk.split('\r\n').length - 1;
    queries.stop();
    expect(lines).toBe(rows + 1);
  });

  it('when the client goes away mid-file, then no further page is read, and the next export is served whole', async () => {
    const res = await startDownload(exportPath(team));
    const queries = countQueries(t);
    await once(res, 'data');
    res.destroy();
    await sleep(1_000);
    const stopped = queries.count;
    await sleep(1_000);
    queries.stop();
    expect(queries.count).toBe(stopped);
    expect(stopped).toBeLessThan(pages - 2);

    const again = await request(t.app).get(exportPath(team)).query({ sort: 'createdAt' }).set(bearer(owner.accessToken)).set('Accept-Encoding', 'identity');
    expect(again.status).toBe(200);
    expect(again.text.split('\r\n').length - 2).toBe(rows);
  });
});
