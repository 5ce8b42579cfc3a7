// Bulk edits (POST /workspaces/:slug/products/bulk) and their undo (POST /jobs/:id/undo) on a real
// server with its job workers: each product guarded by its version, refused when the action cannot
// apply, unchanged when it changes nothing; recorded in the history as change 'bulk' with the job's
// id; undone through the history, each undo guarded by the version the bulk edit produced.
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCategory } from './categories-support.js';
import { allRows, runBulk, startBulk, waitForJob, type JobView } from './jobs-support.js';
import { bearer, createAdmin, expectProblem, registerUser, uniqueWord, type ProductBody, type Session } from './products-support.js';
import { createTestApp, type TestApp } from './support/app.js';
import { createWorkspace, memberWithRole, productBody } from './workspaces-support.js';

let t: TestApp;
let owner: Session;
beforeAll(async () => {
  // Each test makes its own workspace.
  t = await createTestApp({ workJobs: true, env: { WORKSPACES_PER_USER_MAX: '100' } });
  owner = await registerUser(t.app);
});
afterAll(() => t.close());

async function workspaceWith(count: number, overrides: (i: number) => Record<string, unknown> = () => ({})): Promise<{ slug: string; products: ProductBody[] }> {
  const { slug } = await createWorkspace(t.app, owner);
  const products: ProductBody[] = [];
  for (let i = 0; i < count; i++) {
    const res = await request(t.app).post(`/api/v1/workspaces/${slug}/products`).set(bearer(owner.accessToken)).send(productBody({ stock: 10, status: 'draft', ...overrides(i) }));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    products.push(res.body as ProductBody);
  }
  return { slug, products };
}

const selected = (products: ProductBody[]) => ({ ids: products.map((p) => ({ id: p.id, version: p.version })) });
const read = async (slug: string, id: string) => (await request(t.app).get(`/api/v1/workspaces/${slug}/products/${id}`).set(bearer(owner.accessToken))).body as ProductBody;
const outcomesOf = (rows: Array<Record<string, unknown>>) => rows.map((r) => r.outcome);

describe('a bulk edit of selected products', () => {
  it('when the status is set, then each product changes once, the job reports every row and the history names the job', async () => {
    const { slug, products } = await workspaceWith(3);
    const job = await runBulk(t.app, owner.accessToken, slug, { selection: selected(products), action: { type: 'set_status', status: 'active' } });

    expect(job).toMatchObject({
      kind: 'bulk_edit', state: 'succeeded', total: 3, done: 3, failed: 0, percent: 100, etaSeconds: 0, errors: [], error: null,
      owner: { id: owner.userId }, result: { outcomes: { applied: 3, unchanged: 0, conflict: 0, refused: 0, failed: 0 } },
      links: { rows: `/api/v1/jobs/${job.id}/rows`, undo: `/api/v1/jobs/${job.id}/undo` },
    });
    const rows = await allRows(t.app, owner.accessToken, job.id);
    expect(rows).toEqual(products.map((p, i) => ({ row: i + 1, outcome: 'applied', productId: p.id, version: 2, code: null, reason: null, data: null })));
    for (const p of products) {
      expect(await read(slug, p.id)).toMatchObject({ status: 'active', version: 2 });
      const history = await request(t.app).get(`/api/v1/workspaces/${slug}/products/${p.id}/history`).query({ limit: 1 }).set(bearer(owner.accessToken));
      expect(history.body.data[0]).toMatchObject({
        version: 2, change: 'bulk', jobId: job.id, requestId: null, actor: { type: 'user', id: owner.userId },
        changes: [{ field: 'status', old: 'draft', new: 'active' }],
      });
    }
  });

  it('when stock is added, subtracted and set, then a subtraction below zero is refused and a set to the same value is unchanged', async () => {
    const { slug, products } = await workspaceWith(2, (i) => ({ stock: i === 0 ? 3 : 10 }));
    const added = await runBulk(t.app, owner.accessToken, slug, { selection: selected(products), action: { type: 'stock', op: 'add', amount: 5 } });
    expect(added.result).toMatchObject({ outcomes: { applied: 2 } });
    expect((await read(slug, products[0]!.id)).stock).toBe(8);

    const fresh = [await read(slug, products[0]!.id), await read(slug, products[1]!.id)];
    const subtracted = await runBulk(t.app, owner.accessToken, slug, { selection: selected(fresh), action: { type: 'stock', op: 'subtract', amount: 10 } });
    expect(subtracted).toMatchObject({ failed: 1, errors: [{ row: 1, productId: products[0]!.id, outcome: 'refused', code: 'stock_below_zero' }] });
    expect(outcomesOf(await allRows(t.app, owner.accessToken, subtracted.id))).toEqual(['refused', 'applied']);
    expect([(await read(slug, products[0]!.id)).stock, (await read(slug, products[1]!.id)).stock]).toEqual([8, 5]);

    const now = [await read(slug, products[0]!.id), await read(slug, products[1]!.id)];
    const set = await runBulk(t.app, owner.accessToken, slug, { selection: selected(now), action: { type: 'stock', op: 'set', amount: 5 } });
    expect(outcomesOf(await allRows(t.app, owner.accessToken, set.id))).toEqual(['applied', 'unchanged']);
    expect(await read(slug, products[1]!.id)).toMatchObject({ stock: 5, version: now[1]!.version });
  });

  it('when categories and tags are added and removed, then each product keeps its others, and an unknown category is refused before any job', async () => {
    const admin = await createAdmin(t);
    const [kitchen, garden] = [await createCategory(t.app, admin), await createCategory(t.app, admin)];
    const { slug, products } = await workspaceWith(2, (i) => ({ tags: i === 0 ? ['loose', 'green'] : ['green'], categoryIds: i === 0 ? [garden.id] : [] }));
    await runBulk(t.app, owner.accessToken, slug, { selection: selected(products), action: { type: 'categories', add: [kitchen.id], remove: [garden.id] } });
    expect((await read(slug, products[0]!.id)).categoryIds).toEqual([kitchen.id]);
    expect((await read(slug, products[1]!.id)).categoryIds).toEqual([kitchen.id]);

    const now = [await read(slug, products[0]!.id), await read(slug, products[1]!.id)];
    await runBulk(t.app, owner.accessToken, slug, { selection: selected(now), action: { type: 'tags', add: ['Sale'], remove: ['green'] } });
    expect((await read(slug, products[0]!.id)).tags).toEqual(['loose', 'sale']);
    expect((await read(slug, products[1]!.id)).tags).toEqual(['sale']);

    const unknown = await request(t.app).post(`/api/v1/workspaces/${slug}/products/bulk`).set(bearer(owner.accessToken))
      .send({ selection: selected(now), action: { type: 'categories', add: ['00000000-0000-4000-8000-000000000000'] } });
    expectProblem(unknown, 400, 'unknown_category');
  });

  it('when products go to the trash, then they leave the list and a second trash changes nothing', async () => {
    const { slug, products } = await workspaceWith(2);
    const trashed = await runBulk(t.app, owner.accessToken, slug, { selection: selected(products), action: { type: 'trash' } });
    expect(trashed.result).toMatchObject({ outcomes: { applied: 2 } });
    const list = await request(t.app).get(`/api/v1/workspaces/${slug}/products`).set(bearer(owner.accessToken));
    expect(list.body.data).toEqual([]);
    const again = await runBulk(t.app, owner.accessToken, slug, { selection: { ids: products.map((p) => ({ id: p.id, version: 2 })) }, action: { type: 'trash' } });
    expect(outcomesOf(await allRows(t.app, owner.accessToken, again.id))).toEqual(['unchanged', 'unchanged']);
    const status = await runBulk(t.app, owner.accessToken, slug, { selection: { ids: [{ id: products[0]!.id, version: 2 }] }, action: { type: 'set_status', status: 'active' } });
    expect(status.errors).toEqual([{ row: 1, productId: products[0]!.id, outcome: 'refused', code: 'product_in_trash', reason: expect.any(String) as unknown }]);
  });

  it('when a product changed since it was selected, then it is a conflict and left as it is, the others applied', async () => {
    const { slug, products } = await workspaceWith(3);
    const patched = await request(t.app).patch(`/api/v1/workspaces/${slug}/products/${products[1]!.id}`).set(bearer(owner.accessToken)).send({ stock: 42 });
    expect(patched.status).toBe(200);
    const job = await runBulk(t.app, owner.accessToken, slug, { selection: selected(products), action: { type: 'stock', op: 'set', amount: 1 } });
    expect(job).toMatchObject({ failed: 1, errors: [{ row: 2, productId: products[1]!.id, outcome: 'conflict', code: 'version_conflict' }] });
    expect((await read(slug, products[1]!.id)).stock).toBe(42);
    expect([(await read(slug, products[0]!.id)).stock, (await read(slug, products[2]!.id)).stock]).toEqual([1, 1]);
  });

  it('when an id names no product of the workspace, then that row fails and the rest apply', async () => {
    const { slug, products } = await workspaceWith(1);
    const elsewhere = await workspaceWith(1);
    const job = await runBulk(t.app, owner.accessToken, slug, {
      selection: { ids: [{ id: elsewhere.products[0]!.id, version: 1 }, { id: products[0]!.id, version: 1 }] },
      action: { type: 'set_status', status: 'archived' },
    });
    expect(outcomesOf(await allRows(t.app, owner.accessToken, job.id))).toEqual(['failed', 'applied']);
    expect((await read(elsewhere.slug, elsewhere.products[0]!.id)).status).toBe('draft');
  });

  it('when an active product was read (and cached) before, then its next read shows the bulk edit', async () => {
    const { slug, products } = await workspaceWith(1, () => ({ status: 'active' }));
    const id = products[0]!.id;
    expect((await request(t.app).get(`/api/v1/products/${id}`)).body.stock).toBe(10);
    expect((await request(t.app).get(`/api/v1/products/${id}`)).headers['x-cache']).toBe('HIT');
    await runBulk(t.app, owner.accessToken, slug, { selection: selected(products), action: { type: 'stock', op: 'add', amount: 1 } });
    expect((await request(t.app).get(`/api/v1/products/${id}`)).body).toMatchObject({ stock: 11, version: 2 });
  });
});

describe('a bulk edit of all that match a filter', () => {
  it('when the selection is a filter, then the products that match it at that moment are edited, each guarded by its version of then', async () => {
    const word = uniqueWord('bulk');
    const { slug, products } = await workspaceWith(4, (i) => ({ name: i < 3 ? `Teapot ${word}` : 'Kettle', tags: i === 0 ? ['blue'] : ['red'] }));
    const job = await runBulk(t.app, owner.accessToken, slug, { selection: { filter: { q: word, tags: 'red' } }, action: { type: 'set_status', status: 'archived' } });
    expect(job).toMatchObject({ total: 2, done: 2, result: { outcomes: { applied: 2 } } });
    expect((await allRows(t.app, owner.accessToken, job.id)).map((r) => r.productId)).toEqual([products[1]!.id, products[2]!.id]);
    expect((await read(slug, products[0]!.id)).status).toBe('draft');
    expect((await read(slug, products[3]!.id)).status).toBe('draft');
  });

  it('when nothing matches, then the job succeeds at once with no rows', async () => {
    const { slug } = await workspaceWith(1);
    const job = await runBulk(t.app, owner.accessToken, slug, { selection: { filter: { q: uniqueWord('none') } }, action: { type: 'trash' } });
    expect(job).toMatchObject({ state: 'succeeded', total: 0, done: 0, percent: 100 });
  });
});

describe('who may bulk edit', () => {
  it('when a viewer asks, then 403 and no job; a stranger gets 404; a bad body is 400', async () => {
    const { slug, products } = await workspaceWith(1);
    const viewer = await memberWithRole(t.app, owner, slug, 'viewer');
    const stranger = await registerUser(t.app);
    const body = { selection: selected(products), action: { type: 'trash' } };
    expectProblem(await request(t.app).post(`/api/v1/workspaces/${slug}/products/bulk`).set(bearer(viewer.accessToken)).send(body), 403, 'insufficient_workspace_role');
    expectProblem(await request(t.app).post(`/api/v1/workspaces/${slug}/products/bulk`).set(bearer(stranger.accessToken)).send(body), 404, 'workspace_not_found');
    for (const bad of [
      { selection: { ids: [] }, action: { type: 'trash' } },
      { selection: selected(products), action: { type: 'stock', op: 'double', amount: 1 } },
      { selection: selected(products), action: { type: 'tags' } },
      { selection: { ...selected(products), filter: {} }, action: { type: 'trash' } },
      { selection: selected(products), action: { type: 'paint' } },
    ]) {
      expectProblem(await request(t.app).post(`/api/v1/workspaces/${slug}/products/bulk`).set(bearer(owner.accessToken)).send(bad), 400, 'validation_failed');
    }
    expect(await t.owner.prisma.job.count({ where: { ownerId: { in: [viewer.userId, stranger.userId] } } })).toBe(0);
  });

  it('when the job\'s owner is made a viewer before its rows run, then every row is refused and nothing changes', async () => {
    // Started on an instance that works no jobs, run by one that does once the role has changed.
    const idle = await createTestApp();
    try {
      const boss = await registerUser(idle.app);
      const { slug } = await createWorkspace(idle.app, boss);
      const editor = await memberWithRole(idle.app, boss, slug, 'editor');
      const created = await request(idle.app).post(`/api/v1/workspaces/${slug}/products`).set(bearer(boss.accessToken)).send(productBody());
      const job = await startBulk(idle.app, editor.accessToken, slug, { selection: { ids: [{ id: created.body.id as string, version: 1 }] }, action: { type: 'trash' } });
      const role = await request(idle.app).patch(`/api/v1/workspaces/${slug}/members/${editor.userId}`).set(bearer(boss.accessToken)).send({ role: 'viewer' });
      expect(role.status, JSON.stringify(role.body)).toBe(200);
      const worker = await createTestApp({ shareWith: idle, workJobs: true });
      try {
        const done = await waitForJob(idle.app, boss.accessToken, job.id);
        expect(done).toMatchObject({ state: 'succeeded', failed: 1, errors: [{ row: 1, outcome: 'refused', code: 'insufficient_workspace_role' }] });
        const product = await request(idle.app).get(`/api/v1/workspaces/${slug}/products/${created.body.id as string}`).set(bearer(boss.accessToken));
        expect(product.body).toMatchObject({ trashedAt: null, version: 1 });
      } finally {
        await worker.close();
      }
    } finally {
      await idle.close();
    }
  });
});

describe('undo', () => {
  it('when a finished bulk edit is undone, then each product goes back, but one changed since is a conflict and keeps its change', async () => {
    const { slug, products } = await workspaceWith(3, () => ({ stock: 7 }));
    const edit = await runBulk(t.app, owner.accessToken, slug, { selection: selected(products), action: { type: 'stock', op: 'add', amount: 3 } });
    const changed = await request(t.app).patch(`/api/v1/workspaces/${slug}/products/${products[2]!.id}`).set(bearer(owner.accessToken)).send({ name: 'Renamed' });
    expect(changed.status).toBe(200);

    const res = await request(t.app).post(edit.links.undo!).set(bearer(owner.accessToken));
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    const undo = await waitForJob(t.app, owner.accessToken, (res.body.job as JobView).id);
    expect(undo).toMatchObject({ kind: 'bulk_undo', state: 'succeeded', total: 3, failed: 1, errors: [{ row: 3, productId: products[2]!.id, outcome: 'conflict' }] });
    expect(undo.links.undo).toBeUndefined();
    expect(await read(slug, products[0]!.id)).toMatchObject({ stock: 7, version: 3 });
    expect(await read(slug, products[2]!.id)).toMatchObject({ stock: 10, name: 'Renamed' });
    const history = await request(t.app).get(`/api/v1/workspaces/${slug}/products/${products[0]!.id}/history`).query({ limit: 1 }).set(bearer(owner.accessToken));
    expect(history.body.data[0]).toMatchObject({ change: 'bulk', jobId: undo.id, changes: [{ field: 'stock', old: 10, new: 7 }] });
  });

  it('when a bulk trash is undone, then the products come back from the trash', async () => {
    const { slug, products } = await workspaceWith(2);
    const edit = await runBulk(t.app, owner.accessToken, slug, { selection: selected(products), action: { type: 'trash' } });
    const res = await request(t.app).post(`/api/v1/jobs/${edit.id}/undo`).set(bearer(owner.accessToken));
    await waitForJob(t.app, owner.accessToken, (res.body.job as JobView).id);
    expect(await read(slug, products[0]!.id)).toMatchObject({ trashedAt: null, version: 3 });
  });

  it('when the job is not a finished bulk edit, then 409 job_not_undoable; an undo is not undone; a stranger gets 404', async () => {
    const { slug, products } = await workspaceWith(1);
    const edit = await runBulk(t.app, owner.accessToken, slug, { selection: selected(products), action: { type: 'trash' } });
    const res = await request(t.app).post(`/api/v1/jobs/${edit.id}/undo`).set(bearer(owner.accessToken));
    const undo = await waitForJob(t.app, owner.accessToken, (res.body.job as JobView).id);
    expectProblem(await request(t.app).post(`/api/v1/jobs/${undo.id}/undo`).set(bearer(owner.accessToken)), 409, 'job_not_undoable');
    const stranger = await registerUser(t.app);
    expectProblem(await request(t.app).post(`/api/v1/jobs/${edit.id}/undo`).set(bearer(stranger.accessToken)), 404, 'job_not_found');
    expectProblem(await request(t.app).post('/api/v1/jobs/not-a-job/undo').set(bearer(owner.accessToken)), 404, 'job_not_found');
  });
});
