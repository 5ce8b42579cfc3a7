import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCategory, type CategoryBody } from './categories-support.js';
import { failedRowsCsv, finishedJob, fixture, generatedCsv, imported, start, uploaded } from './products-import-support.js';
import { bearer, createAdmin, expectProblem, registerUser, type Session } from './products-support.js';
import { createTestApp, type TestApp } from './support/app.js';
import { createWorkspace } from './workspaces-support.js';

// Running imports (the job of kind 'import'): what each row does to the workspace's products, what
// the job and its rows record, and the failed rows as CSV.

let t: TestApp;
let owner: Session;
let teapots: CategoryBody;
let mugs: CategoryBody;
beforeAll(async () => {
  t = await createTestApp({ workJobs: true });
  owner = await registerUser(t.app);
  const admin = await createAdmin(t);
  const kitchen = await createCategory(t.app, admin, { name: 'Kitchen', slug: 'kitchen' });
  teapots = await createCategory(t.app, admin, { name: 'Teapots', slug: 'teapots', parentId: kitchen.id });
  mugs = await createCategory(t.app, admin, { name: 'Mugs', slug: 'mugs' });
});
afterAll(() => t.close());

// By SKU in code-point order, whatever the database's collation.
const productsOf = async (workspaceId: string) =>
  (await t.owner.prisma.product.findMany({ where: { workspaceId } })).sort((a, b) => (a.sku < b.sku ? -1 : a.sku > b.sku ? 1 : Number(a.trashedAt !== null) - Number(b.trashedAt !== null)));
const rowsOf = (jobId: string) => t.owner.prisma.jobRow.findMany({ where: { jobId }, orderBy: { row: 'asc' } });
const versionsOf = (workspaceId: string) => t.owner.prisma.productVersion.count({ where: { workspaceId } });
const workspaceProducts = (slug: string) => `/api/v1/workspaces/${slug}/products`;

describe('creating and updating by SKU', () => {
  it('when a file names new SKUs and one the workspace has (in another case), then those are created and that one updated', async () => {
    const workspace = await createWorkspace(t.app, owner);
    const before = await request(t.app).post(workspaceProducts(workspace.slug)).set(bearer(owner.accessToken))
      .send({ name: 'Old teapot', sku: 'tea-002', price: '30.00', currency: 'EUR', stock: 1, status: 'draft', tags: ['old'] });
    expect(before.status).toBe(201);

    const job = await imported(t.app, owner.accessToken, workspace.slug, fixture('products.csv'));
    expect(job).toMatchObject({ kind: 'import', state: 'succeeded', total: 3, done: 3, failed: 0, percent: 100, errors: [], result: { created: 2, updated: 1, unchanged: 0, failed: 0 } });
    expect(job.links.failedRowsCsv).toBe(`/api/v1/jobs/${job.id}/failed-rows.csv`);

    const products = await productsOf(workspace.id);
    expect(products.map((p) => ({ sku: p.sku, name: p.name, price: p.price.toFixed(2), stock: p.stock, status: p.status, categoryIds: p.categoryIds, tags: p.tags, version: p.version }))).toEqual([
      { sku: 'TEA-001', name: 'Sencha tin', price: '12.50', stock: 40, status: 'active', categoryIds: [teapots.id], tags: ['green', 'loose'], version: 1 },
      { sku: 'TEA-003', name: 'Bamboo whisk', price: '8.00', stock: 0, status: 'draft', categoryIds: [], tags: [], version: 1 },
      // The SKU keeps its own spelling: it only found the product.
      { sku: 'tea-002', name: 'Cast iron teapot', price: '39.90', stock: 5, status: 'active', categoryIds: [teapots.id, mugs.id], tags: ['iron', 'gift'], version: 2 },
    ]);
    expect(products.find((p) => p.sku === 'tea-002')!.description).toBe('Holds 0.8 l, enamelled');
    expect(products.every((p) => p.currency === 'EUR' && p.ownerId === owner.userId)).toBe(true);

    const rows = await rowsOf(job.id);
    expect(rows.map((r) => [r.row, r.outcome, r.version])).toEqual([[1, 'applied', 1], [2, 'applied', 2], [3, 'applied', 1]]);
    expect(rows[1]!.productId).toBe(before.body.id);
    // A finished import forgets the SKUs it saw.
    expect(await t.owner.prisma.importSku.count({ where: { jobId: job.id } })).toBe(0);
  });

  it('when the same file is imported again, then every row is unchanged and nothing is written', async () => {
    const workspace = await createWorkspace(t.app, owner);
    await imported(t.app, owner.accessToken, workspace.slug, fixture('bom-semicolon.csv'));
    const products = await productsOf(workspace.id);
    expect(products.map((p) => [p.sku, p.name, p.price.toFixed(2), p.stock])).toEqual([['BOM-001', 'Crème brûlée torch', '24.90', 3], ['BOM-002', 'Ramequin « classique »', '4.50', 120]]);
    const versions = await versionsOf(workspace.id);

    const again = await imported(t.app, owner.accessToken, workspace.slug, fixture('bom-semicolon.csv'));
    expect(again.result).toEqual({ created: 0, updated: 0, unchanged: 2, failed: 0 });
    expect((await rowsOf(again.id)).map((r) => r.outcome)).toEqual(['unchanged', 'unchanged']);
    expect(await productsOf(workspace.id)).toEqual(products);
    expect(await versionsOf(workspace.id)).toBe(versions);
  });

  it('when a tab file, and one with quoted line breaks and CRLF, are imported, then the cells arrive whole', async () => {
    const workspace = await createWorkspace(t.app, owner);
    await imported(t.app, owner.accessToken, workspace.slug, fixture('tab.tsv'));
    await imported(t.app, owner.accessToken, workspace.slug, fixture('quoted-newlines-crlf.csv'));
    const bySku = Object.fromEntries((await productsOf(workspace.id)).map((p) => [p.sku, p]));
    expect(bySku['TAB-002']).toMatchObject({ name: 'Oak board, large', stock: 2, tags: ['oak', 'kitchen'] });
    expect(bySku['QN-001']).toMatchObject({ name: 'Tray, "walnut"', description: 'Line one\r\nLine two\nLine three' });
  });

  it('when a product with the SKU is in the trash, then the import creates a new one beside it', async () => {
    const workspace = await createWorkspace(t.app, owner);
    const trashed = await request(t.app).post(workspaceProducts(workspace.slug)).set(bearer(owner.accessToken)).send({ name: 'Gone', sku: 'TAB-001', price: '1.00' });
    expect((await request(t.app).delete(`${workspaceProducts(workspace.slug)}/${trashed.body.id}`).set(bearer(owner.accessToken))).status).toBe(204);
    const job = await imported(t.app, owner.accessToken, workspace.slug, fixture('tab.tsv'));
    expect(job.result).toMatchObject({ created: 2 });
    expect((await productsOf(workspace.id)).filter((p) => p.sku === 'TAB-001').map((p) => p.trashedAt === null).sort()).toEqual([false, true]);
  });

  it('when an imported row changes a cached product, then the next read shows the change', async () => {
    const workspace = await createWorkspace(t.app, owner);
    const made = await request(t.app).post(workspaceProducts(workspace.slug)).set(bearer(owner.accessToken)).send({ name: 'Cup', sku: 'CACHE-1', price: '1.00', status: 'active' });
    const read = () => request(t.app).get(`/api/v1/products/${made.body.id}`);
    await read();
    expect((await read()).headers['x-cache']).toBe('HIT');
    const list = () => request(t.app).get(workspaceProducts(workspace.slug)).set(bearer(owner.accessToken));
    expect((await list()).body.data[0].price).toBe('1.00');
    await imported(t.app, owner.accessToken, workspace.slug, 'sku,price\nCACHE-1,2.50\n');
    expect((await read()).body.price).toBe('2.50');
    expect((await list()).body.data[0].price).toBe('2.50');
  });
});

describe('rows that fail', () => {
  it('when a SKU repeats in the file, then the later rows fail and the first one is imported', async () => {
    const workspace = await createWorkspace(t.app, owner);
    const job = await imported(t.app, owner.accessToken, workspace.slug, fixture('duplicates.csv'));
    expect(job.result).toEqual({ created: 2, updated: 0, unchanged: 0, failed: 2 });
    expect(job.errors.map((e) => [e.row, e.code])).toEqual([[2, 'duplicate_sku_in_file'], [4, 'duplicate_sku_in_file']]);
    expect((await productsOf(workspace.id)).map((p) => [p.sku, p.name])).toEqual([['DUP-1', 'First'], ['DUP-2', 'Other']]);
  });

  it('when the repeat is in another chunk of the file, then it fails all the same', async () => {
    const workspace = await createWorkspace(t.app, owner);
    const job = await imported(t.app, owner.accessToken, workspace.slug, `${generatedCsv(1_200, 'CH')}ch-3,Again,1.00,1\n`);
    expect(job).toMatchObject({ total: 1_201, done: 1_201, failed: 1, result: { created: 1_200, failed: 1 } });
    expect(job.errors).toEqual([{ row: 1_201, productId: null, outcome: 'failed', code: 'duplicate_sku_in_file', reason: expect.any(String) as unknown }]);
  });

  it('when rows have formulas or invalid cells, then each fails alone with its reason, and the failed rows come back as CSV', async () => {
    const workspace = await createWorkspace(t.app, owner);
    const job = await imported(t.app, owner.accessToken, workspace.slug, fixture('formulas.csv'));
    expect(job.result).toEqual({ created: 1, updated: 0, unchanged: 0, failed: 4 });
    expect(job.errors.map((e) => [e.row, e.code])).toEqual([[1, 'formula_cell'], [2, 'formula_cell'], [3, 'formula_cell'], [5, 'validation_failed']]);
    expect((await productsOf(workspace.id)).map((p) => [p.sku, p.name, p.description])).toEqual([['F-004', '=literally this', '- first point']]);

    const res = await failedRowsCsv(t.app, owner.accessToken, job.id);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="products-failed-rows.csv"');
    const reason = (row: number) => job.errors.find((e) => e.row === row)!.reason;
    expect(res.body).toBe([
      'sku,name,description,price,stock,reason',
      `F-001,"'=HYPERLINK(""http://evil.example"",""Click"")",Plain,1.00,1,${csvText(reason(1)!)}`,
      `F-002,Mug,'@SUM(A1:A2),1.00,1,${csvText(reason(2)!)}`,
      `F-003,Mug,'+cmd|' /C calc'!A0,1.00,1,${csvText(reason(3)!)}`,
      `F-005,Negative stock,Fine,1.00,'-5,${csvText(reason(5)!)}`,
      '',
    ].join('\r\n'));
    expect(reason(1)).toMatch(/"name" starts like a spreadsheet formula/);
    expect(reason(5)).toBe('"stock" must be greater than or equal to 0');
  });

  it('when the failed-rows file is uploaded again, then its reason column is left out and its escaped cells are text', async () => {
    const workspace = await createWorkspace(t.app, owner);
    const first = await imported(t.app, owner.accessToken, workspace.slug, fixture('formulas.csv'));
    const report = (await failedRowsCsv(t.app, owner.accessToken, first.id)).body as string;
    const file = await uploaded(t.app, owner.accessToken, workspace.slug, report, 'products-failed-rows.csv');
    expect(file.mapping.reason).toBeNull();
    const res = await start(t.app, owner.accessToken, workspace.slug, file.id, file.mapping);
    const again = await finishedJob(t.app, owner.accessToken, res.body.job.id as string);
    expect(again.result).toEqual({ created: 3, updated: 0, unchanged: 0, failed: 1 });
    expect((await productsOf(workspace.id)).find((p) => p.sku === 'F-002')!.description).toBe('@SUM(A1:A2)');
    // Failed again: one reason column, holding the new reason.
    const second = (await failedRowsCsv(t.app, owner.accessToken, again.id)).body as string;
    expect(second.split('\r\n')[0]).toBe('sku,name,description,price,stock,reason');
  });

  it('when another user asks for the failed rows, then the job is not found', async () => {
    const workspace = await createWorkspace(t.app, owner);
    const job = await imported(t.app, owner.accessToken, workspace.slug, fixture('duplicates.csv'));
    const stranger = await registerUser(t.app);
    expectProblem(await request(t.app).get(`/api/v1/jobs/${job.id}/failed-rows.csv`).set(bearer(stranger.accessToken)), 404, 'job_not_found');
  });
});

/** A cell as lib/csv.ts writes it. */
const csvText = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
