import type { Response } from 'supertest';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { purgeExpiredTrash } from '../src/modules/products/index.js';
import * as fixture from './fixtures/images/fixtures.js';
import { upload } from './images-support.js';
import { documentedOperations } from './openapi-support.js';
import { runBulk, waitForJob, type JobView } from './jobs-support.js';
import { createKey, historyUser, latestEntry, storedVersions, type HistoryEntry } from './product-history-support.js';
import { imported } from './products-import-support.js';
import { bearer, productInput, type ProductBody, type Session } from './products-support.js';
import { createTestApp, type TestApp } from './support/app.js';
import { createWorkspace } from './workspaces-support.js';

// Every route and job that changes a product, each asserted through the history it leaves: the
// version it produced, the kind of change, who (a user, or an API key), the request (X-Request-Id
// of the very response) and each changed field with its old and new value.

let t: TestApp;
let owner: Session;
let key: { key: string; id: string };
beforeAll(async () => {
  // Bulk edits and their undo are jobs: this app works them.
  t = await createTestApp({ workJobs: true });
  owner = await historyUser(t, 'Hilde Walker');
  key = await createKey(t.app, owner, 'history walk key');
});
afterAll(() => t.close());

type Who = 'user' | 'key';
const token = (who: Who) => (who === 'user' ? owner.accessToken : key.key);
const actorOf = (who: Who): HistoryEntry['actor'] =>
  who === 'user' ? { type: 'user', id: owner.userId, name: 'Hilde Walker' } : { type: 'apiKey', id: key.id, name: 'history walk key' };

/** The newest entry is the one this response's write produced, by `who`, with exactly these changes. */
async function expectEntry(res: Response, productId: string, who: Who, expected: Pick<HistoryEntry, 'version' | 'change' | 'changes'> & { revertedTo?: number }) {
  const entry = await latestEntry(t.app, owner.accessToken, productId);
  expect(entry).toEqual({
    version: expected.version,
    change: expected.change,
    revertedTo: expected.revertedTo ?? null,
    at: expect.any(String) as unknown,
    actor: actorOf(who),
    requestId: res.headers['x-request-id'] as string,
    jobId: null,
    changes: expected.changes,
  });
  expect(Math.abs(Date.parse(entry.at) - Date.now())).toBeLessThan(60_000);
}

const png = () => fixture.picture('png', { width: 64, height: 48 });

describe.each([
  { form: 'the products routes', who: 'user' as const, workspace: false },
  { form: 'the products routes', who: 'key' as const, workspace: false },
  { form: 'the workspace routes', who: 'user' as const, workspace: true },
  { form: 'the workspace routes', who: 'key' as const, workspace: true },
])('when a product is written through $form by a $who', ({ who, workspace }) => {
  let base: string;
  beforeAll(async () => {
    base = workspace ? `/api/v1/workspaces/${(await createWorkspace(t.app, owner)).slug}/products` : '/api/v1/products';
  });

  it('then create, change, every picture write, trash, restore and revert each leave their entry', async () => {
    const auth = bearer(token(who));
    const input = productInput({ name: 'Walnut tray', description: 'Oiled', price: '24.90', stock: 5, status: 'draft' });
    const created = await request(t.app).post(base).set(auth).send(input);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = (created.body as ProductBody).id;
    await expectEntry(created, id, who, {
      version: 1, change: 'create',
      changes: [
        { field: 'name', old: null, new: 'Walnut tray' },
        { field: 'description', old: null, new: 'Oiled' },
        { field: 'sku', old: null, new: input.sku },
        { field: 'price', old: null, new: '24.90' },
        { field: 'currency', old: null, new: 'USD' },
        { field: 'stock', old: null, new: 5 },
        { field: 'lowStockThreshold', old: null, new: null },
        { field: 'status', old: null, new: 'draft' },
        { field: 'categoryIds', old: null, new: [] },
        { field: 'tags', old: null, new: [] },
        { field: 'images', old: null, new: [] },
        { field: 'trashedAt', old: null, new: null },
      ],
    });

    const patched = await request(t.app).patch(`${base}/${id}`).set(auth).set('If-Match', created.headers.etag as string)
      .send({ price: '19', tags: ['Eco'], lowStockThreshold: 3, status: 'active' });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    await expectEntry(patched, id, who, {
      version: 2, change: 'update',
      changes: [
        { field: 'price', old: '24.90', new: '19.00' },
        { field: 'lowStockThreshold', old: null, new: 3 },
        { field: 'status', old: 'draft', new: 'active' },
        { field: 'tags', old: [], new: ['eco'] },
      ],
    });

    const first = await upload(t.app, token(who), id, await png(), { base, filename: 'a.png', contentType: 'image/png' });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const a = first.body.image.id as string;
    await expectEntry(first, id, who, { version: 3, change: 'images', changes: [{ field: 'images', old: [], new: [a] }] });
    const second = await upload(t.app, token(who), id, await fixture.picture('png', { width: 48, height: 64, hue: 200 }), { base, filename: 'b.png', contentType: 'image/png' });
    const b = second.body.image.id as string;
    await expectEntry(second, id, who, { version: 4, change: 'images', changes: [{ field: 'images', old: [a], new: [a, b] }] });

    const reordered = await request(t.app).put(`${base}/${id}/images`).set(auth).send({ order: [b, a] });
    expect(reordered.status, JSON.stringify(reordered.body)).toBe(200);
    await expectEntry(reordered, id, who, { version: 5, change: 'images', changes: [{ field: 'images', old: [a, b], new: [b, a] }] });

    const removed = await request(t.app).delete(`${base}/${id}/images/${a}`).set(auth);
    expect(removed.status, JSON.stringify(removed.body)).toBe(200);
    await expectEntry(removed, id, who, { version: 6, change: 'images', changes: [{ field: 'images', old: [b, a], new: [b] }] });

    const trashed = await request(t.app).delete(`${base}/${id}`).set(auth).set('If-Match', removed.headers.etag as string);
    expect(trashed.status).toBe(204);
    const { trashedAt } = (await t.owner.prisma.product.findUniqueOrThrow({ where: { id }, select: { trashedAt: true } }));
    await expectEntry(trashed, id, who, { version: 7, change: 'trash', changes: [{ field: 'trashedAt', old: null, new: trashedAt!.toISOString() }] });

    const restored = await request(t.app).post(`${base}/${id}/restore`).set(auth);
    expect(restored.status, JSON.stringify(restored.body)).toBe(200);
    await expectEntry(restored, id, who, { version: 8, change: 'restore', changes: [{ field: 'trashedAt', old: trashedAt!.toISOString(), new: null }] });

    const reverted = await request(t.app).post(`${base}/${id}/revert`).set(auth).set('If-Match', restored.headers.etag as string).send({ version: 1 });
    expect(reverted.status, JSON.stringify(reverted.body)).toBe(200);
    expect(reverted.headers.etag).not.toBe(restored.headers.etag);
    expect(reverted.body).toMatchObject({ price: '24.90', status: 'draft', tags: [], lowStockThreshold: null, version: 9, trashedAt: null });
    // The pictures stay as they are: a revert restores the product's fields, not its files.
    expect((reverted.body as ProductBody).images.map((i) => i.id)).toEqual([b]);
    await expectEntry(reverted, id, who, {
      version: 9, change: 'revert', revertedTo: 1,
      changes: [
        { field: 'price', old: '19.00', new: '24.90' },
        { field: 'lowStockThreshold', old: 3, new: null },
        { field: 'status', old: 'active', new: 'draft' },
        { field: 'tags', old: ['eco'], new: [] },
      ],
    });

    // Every version has exactly one row, and each row's snapshot is the product at that version.
    const rows = await storedVersions(t, id);
    expect(rows.map((r) => r.version)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(rows.at(-1)!.snapshot).toMatchObject({ price: '24.90', images: [b], trashedAt: null });
  });

  it('then a create with an Idempotency-Key (its own transaction) leaves its entry, and its replay none', async () => {
    const auth = bearer(token(who));
    const idempotencyKey = `history-${who}-${workspace}-${Date.now()}`;
    const body = productInput();
    const first = await request(t.app).post(base).set(auth).set('Idempotency-Key', idempotencyKey).send(body);
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const id = first.body.id as string;
    const entry = await latestEntry(t.app, owner.accessToken, id);
    expect(entry).toMatchObject({ version: 1, change: 'create', actor: actorOf(who), requestId: first.headers['x-request-id'] as string });

    const replay = await request(t.app).post(base).set(auth).set('Idempotency-Key', idempotencyKey).send(body);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(await storedVersions(t, id)).toHaveLength(1);
  });

  it('then deleting it for good from the trash takes its history with it', async () => {
    const auth = bearer(token(who));
    const created = await request(t.app).post(base).set(auth).send(productInput());
    const id = created.body.id as string;
    expect((await request(t.app).delete(`${base}/${id}`).set(auth)).status).toBe(204);
    expect(await storedVersions(t, id)).toHaveLength(2);
    expect((await request(t.app).delete(`${base}/${id}`).query({ permanent: true }).set(auth)).status).toBe(204);
    expect(await storedVersions(t, id)).toEqual([]);
  });
});

describe.each(['user', 'key'] as const)('when products are written by a bulk edit and its undo, started by a %s', (who) => {
  it('then each product\'s entry is the job\'s: change bulk, its id, its owner, no request', async () => {
    const { slug } = await createWorkspace(t.app, owner);
    const base = `/api/v1/workspaces/${slug}/products`;
    const auth = bearer(token(who));
    const created = await request(t.app).post(base).set(auth).send(productInput({ stock: 4, tags: ['oak'] }));
    const id = (created.body as ProductBody).id;
    const byJob = (job: JobView, version: number, changes: HistoryEntry['changes']) => ({
      version, change: 'bulk', revertedTo: null, at: expect.any(String) as unknown,
      // A job acts for the user who started it, whichever credential they started it with.
      actor: { type: 'user', id: owner.userId, name: 'Hilde Walker' }, requestId: null, jobId: job.id, changes,
    });

    const edit = await runBulk(t.app, token(who), slug, { selection: { ids: [{ id, version: 1 }] }, action: { type: 'tags', add: ['walnut'], remove: ['oak'] } });
    expect(edit.state).toBe('succeeded');
    expect(await latestEntry(t.app, owner.accessToken, id)).toEqual(byJob(edit, 2, [{ field: 'tags', old: ['oak'], new: ['walnut'] }]));

    const undone = await request(t.app).post(`/api/v1/jobs/${edit.id}/undo`).set(auth);
    expect(undone.status, JSON.stringify(undone.body)).toBe(202);
    const undo = await waitForJob(t.app, token(who), (undone.body.job as JobView).id);
    expect(await latestEntry(t.app, owner.accessToken, id)).toEqual(byJob(undo, 3, [{ field: 'tags', old: ['walnut'], new: ['oak'] }]));
  });
});

describe('when products are written by an import (a job)', () => {
  it('then each entry is an import by the job\'s owner, with the job\'s id and no request, and the same file again writes none', async () => {
    const { slug } = await createWorkspace(t.app, owner);
    const base = `/api/v1/workspaces/${slug}/products`;
    const made = await request(t.app).post(base).set(bearer(owner.accessToken)).send(productInput({ sku: 'HIST-IMP-1', stock: 1 }));
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const file = 'sku,name,price,stock,tags\nhist-imp-1,,,9,\nHIST-IMP-2,Imported jar,3.00,4,Glass\n';
    const job = await imported(t.app, owner.accessToken, slug, file);
    expect(job.result).toEqual({ created: 1, updated: 1, unchanged: 0, failed: 0 });

    const updated = await latestEntry(t.app, owner.accessToken, made.body.id as string);
    expect(updated).toEqual({
      version: 2, change: 'import', revertedTo: null, at: expect.any(String) as unknown, actor: actorOf('user'), requestId: null, jobId: job.id,
      changes: [{ field: 'stock', old: 1, new: 9 }],
    });
    const row = await t.owner.prisma.jobRow.findUniqueOrThrow({ where: { jobId_row: { jobId: job.id, row: 2 } } });
    const created = await latestEntry(t.app, owner.accessToken, row.productId!);
    expect(created).toMatchObject({ version: 1, change: 'import', actor: actorOf('user'), requestId: null, jobId: job.id });
    expect(created.changes).toContainEqual({ field: 'name', old: null, new: 'Imported jar' });
    expect(created.changes).toContainEqual({ field: 'tags', old: null, new: ['glass'] });

    await imported(t.app, owner.accessToken, slug, file);
    expect(await storedVersions(t, made.body.id as string)).toHaveLength(2);
    expect(await storedVersions(t, row.productId!)).toHaveLength(1);
  });
});

describe('the walk above', () => {
  // Each write route of a product, by the operation the walk sends it as; a new one fails this test
  // until the walk covers it too.
  const WALKED = [
    'createProduct', 'updateProduct', 'deleteProduct', 'restoreProduct', 'revertProduct',
    'addProductImage', 'reorderProductImages', 'deleteProductImage',
    'createWorkspaceProduct', 'updateWorkspaceProduct', 'deleteWorkspaceProduct', 'restoreWorkspaceProduct', 'revertWorkspaceProduct',
    'addWorkspaceProductImage', 'reorderWorkspaceProductImages', 'deleteWorkspaceProductImage',
    'bulkEditWorkspaceProducts', 'undoBulkEdit',
    'startImport',
  ];

  it('when the document lists the routes that write a product, then the walk sends every one of them', () => {
    // A bulk edit's undo writes products from under /jobs, an import from the job its start makes.
    const writes = documentedOperations().filter((op) => op.method !== 'get' && (op.path.includes('/products') || op.tags.includes('bulk') || op.path.endsWith('/imports/{id}/start')));
    expect(writes.map((op) => op.operationId).sort()).toEqual([...WALKED].sort());
  });
});

describe('jobs and writes outside the API', () => {
  it('when the trash purge deletes an expired product, then its history goes with it', async () => {
    const created = await request(t.app).post('/api/v1/products').set(bearer(owner.accessToken)).send(productInput());
    const id = created.body.id as string;
    expect((await request(t.app).delete(`/api/v1/products/${id}`).set(bearer(owner.accessToken))).status).toBe(204);
    await t.owner.pool.query(`UPDATE "Product" SET "trashedAt" = now() - interval '31 days', "version" = "version" + 1 WHERE "id" = $1`, [id]);
    expect(await storedVersions(t, id)).toHaveLength(3);
    expect(await purgeExpiredTrash({ prisma: t.db.prisma, cache: t.cache, reads: { wrote: async () => {} } as never })).toBeGreaterThanOrEqual(1);
    expect(await storedVersions(t, id)).toEqual([]);
  });

  it('when a script changes a row without a version or context, then the entry is the system\'s, and a change that keeps the version amends the newest entry', async () => {
    const created = await request(t.app).post('/api/v1/products').set(bearer(owner.accessToken)).send(productInput({ stock: 5 }));
    const id = created.body.id as string;
    await t.owner.pool.query(`UPDATE "Product" SET "stock" = 7, "version" = "version" + 1 WHERE "id" = $1`, [id]);
    const bumped = await latestEntry(t.app, owner.accessToken, id);
    expect(bumped).toMatchObject({ version: 2, change: 'update', actor: { type: 'system', id: null, name: null }, requestId: null, changes: [{ field: 'stock', old: 5, new: 7 }] });

    await t.owner.pool.query(`UPDATE "Product" SET "stock" = 9 WHERE "id" = $1`, [id]);
    const amended = await latestEntry(t.app, owner.accessToken, id);
    expect(amended).toMatchObject({ version: 2, changes: [{ field: 'stock', old: 5, new: 9 }] });
    // The same values again (or only updatedAt) write nothing.
    await t.owner.pool.query(`UPDATE "Product" SET "stock" = 9, "updatedAt" = now() WHERE "id" = $1`, [id]);
    expect(await storedVersions(t, id)).toHaveLength(2);
  });
});
