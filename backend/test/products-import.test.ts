import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCategory } from './categories-support.js';
import { fixture, importsPath, start, upload, uploaded } from './products-import-support.js';
import { bearer, createAdmin, expectProblem, registerUser, type Session } from './products-support.js';
import { createTestApp, type TestApp } from './support/app.js';
import { createWorkspace, memberWithRole } from './workspaces-support.js';

// Uploading a CSV file: what is refused, what is read of the rest (delimiter, headers, rows), the
// mapping proposed and changed, and the preview's per-row errors. Nothing here runs an import.

let t: TestApp;
let owner: Session;
let slug: string;
beforeAll(async () => {
  t = await createTestApp();
  owner = await registerUser(t.app);
  slug = (await createWorkspace(t.app, owner)).slug;
  const admin = await createAdmin(t);
  const kitchen = await createCategory(t.app, admin, { name: 'Kitchen', slug: 'kitchen' });
  await createCategory(t.app, admin, { name: 'Teapots', slug: 'teapots', parentId: kitchen.id });
  await createCategory(t.app, admin, { name: 'Mugs', slug: 'mugs' });
});
afterAll(() => t.close());

const storedParts = () => t.owner.prisma.storedObject.count({ where: { key: { startsWith: 'imports/' } } });

describe('a file that is not CSV', () => {
  it.each([
    ['a PNG picture', 'pixel.png', 'image/png', 'not_csv', /PNG picture/],
    ['an Excel workbook (a zip)', 'workbook.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'not_csv', /zip archive/],
    ['JSON', 'products.json', 'application/json', 'not_csv', /JSON/],
    ['prose in one column', 'notes.txt', 'text/plain', 'not_csv', /single column/],
    ['Windows-1252 text', 'windows-1252.csv', 'text/csv', 'invalid_encoding', /not valid UTF-8/],
    ['UTF-16 text', 'utf16.csv', 'text/csv', 'invalid_encoding', /UTF-16/],
  ])('when it is %s, then it is refused (415) with a clear reason and nothing is stored', async (_what, name, type, code, reason) => {
    const before = await storedParts();
    const res = await upload(t.app, owner.accessToken, slug, fixture(name), name, type);
    expectProblem(res, 415, code);
    expect(res.body.detail).toMatch(reason);
    expect(await storedParts()).toBe(before);
    expect(await t.owner.prisma.importUpload.count({ where: { filename: name } })).toBe(0);
  });

  it('when a quote is never closed, then it is refused (422 malformed_csv) with the line', async () => {
    const res = await upload(t.app, owner.accessToken, slug, fixture('unclosed-quote.csv'));
    expectProblem(res, 422, 'malformed_csv');
    expect(res.body.line).toBeGreaterThanOrEqual(2);
  });

  it('when the invalid byte comes late in a big file, then the whole file is still refused and nothing stays stored', async () => {
    const before = await storedParts();
    const good = `sku,name,price\n${Array.from({ length: 150_000 }, (_, i) => `L-${i},Long file row ${i},1.00`).join('\n')}\n`;
    const bytes = Buffer.concat([Buffer.from(good), Buffer.from([0x4c, 0x2d, 0x78, 0x2c, 0xe9, 0x2c, 0x31, 0x0a])]);
    expect(bytes.length).toBeGreaterThan(4 * 1024 * 1024);
    expectProblem(await upload(t.app, owner.accessToken, slug, bytes), 415, 'invalid_encoding');
    expect(await storedParts()).toBe(before);
  });

  it('when the request has no file, or no multipart body, then it is 400 import_file_required', async () => {
    expectProblem(await request(t.app).post(importsPath(slug)).set(bearer(owner.accessToken)).field('other', 'x'), 400, 'import_file_required');
    expectProblem(await request(t.app).post(importsPath(slug)).set(bearer(owner.accessToken)).send({ file: 'x' }), 400, 'import_file_required');
  });
});

describe('a CSV file', () => {
  it('when it is uploaded, then its columns are matched to fields, its rows counted and the first ones previewed, nothing imported', async () => {
    const file = await uploaded(t.app, owner.accessToken, slug, fixture('products.csv'), 'C:\\exports\\products.csv');
    expect(file).toMatchObject({
      filename: 'products.csv', size: fixture('products.csv').length, delimiter: ',', rows: 3,
      headers: ['SKU', 'Product name', 'Description', 'Price', 'Currency', 'Qty', 'Status', 'Categories', 'Tags'],
      mapping: { SKU: 'sku', 'Product name': 'name', Description: 'description', Price: 'price', Currency: 'currency', Qty: 'stock', Status: 'status', Categories: 'categories', Tags: 'tags' },
    });
    expect(Date.parse(file.expiresAt) - Date.parse(file.createdAt)).toBe(24 * 3600 * 1000);
    expect(file.preview.map((r) => [r.row, r.cells.SKU, r.errors])).toEqual([[1, 'TEA-001', []], [2, 'TEA-002', []], [3, 'TEA-003', []]]);
    expect(file.preview[1]!.cells.Description).toBe('Holds 0.8 l, enamelled');
    expect(await t.owner.prisma.product.count({ where: { sku: { startsWith: 'TEA-' } } })).toBe(0);
    // Stored, and read again the same way.
    const again = await request(t.app).get(`${importsPath(slug)}/${file.id}`).set(bearer(owner.accessToken));
    expect(again.status).toBe(200);
    expect(again.body.upload).toEqual(file);
  });

  it('when it starts with a BOM and uses semicolons, decimal commas and CRLF, then it reads as well', async () => {
    const file = await uploaded(t.app, owner.accessToken, slug, fixture('bom-semicolon.csv'));
    expect(file).toMatchObject({ delimiter: ';', rows: 2, headers: ['SKU', 'Name', 'Price', 'Currency', 'Quantity', 'Status'] });
    expect(file.mapping.Quantity).toBe('stock');
    expect(file.preview.map((r) => [r.cells.SKU, r.cells.Name, r.cells.Price, r.errors])).toEqual([
      ['BOM-001', 'Crème brûlée torch', '24,90', []],
      ['BOM-002', 'Ramequin « classique »', '4,5', []],
    ]);
  });

  it('when it is tab-separated, then it reads as well', async () => {
    const file = await uploaded(t.app, owner.accessToken, slug, fixture('tab.tsv'), 'stock.tsv');
    expect(file).toMatchObject({ delimiter: '\t', rows: 2, headers: ['sku', 'name', 'price', 'stock', 'tags'] });
    expect(file.preview[1]!.cells.name).toBe('Oak board, large');
  });

  it('when cells hold quoted line breaks, quotes and delimiters, and rows end in CRLF, then each cell is read whole', async () => {
    const file = await uploaded(t.app, owner.accessToken, slug, fixture('quoted-newlines-crlf.csv'));
    expect(file.rows).toBe(2);
    expect(file.preview[0]!.cells).toEqual({ sku: 'QN-001', name: 'Tray, "walnut"', description: 'Line one\r\nLine two\nLine three', price: '19.00' });
    expect(file.preview[1]!.cells.description).toBe('Ends with a comma,');
  });

  it('when rows break the product rules, then the preview shows each row\'s errors, as a create would be refused', async () => {
    const file = await uploaded(t.app, owner.accessToken, slug, fixture('invalid-rows.csv'));
    const codes = file.preview.map((r) => [r.cells.sku, r.errors.map((e) => `${e.field}:${e.code}`)]);
    expect(codes).toEqual([
      ['BAD-001', []],
      ['BAD-002', ['price:price.precision']],
      ['BAD-003', ['categories:unknown_category']],
      ['BAD-004', ['name:any.required']],
      ['BAD-005', ['status:any.only']],
      ['BAD 006', ['sku:string.pattern.base']],
      ['BAD-007', ['null:column_count']],
    ]);
    expect(file.preview[1]!.errors[0]).toMatchObject({ column: 'price', message: '"price" must have at most 2 decimal places' });
  });

  it('when a SKU repeats in the file (in any case), then the preview marks the later rows', async () => {
    const file = await uploaded(t.app, owner.accessToken, slug, fixture('duplicates.csv'));
    expect(file.preview.map((r) => r.errors.map((e) => e.code))).toEqual([[], ['duplicate_sku_in_file'], [], ['duplicate_sku_in_file']]);
  });

  it('when a row has a formula cell, then the preview marks it, and an escaped one is text', async () => {
    const file = await uploaded(t.app, owner.accessToken, slug, fixture('formulas.csv'));
    expect(file.preview.map((r) => [r.cells.sku, r.errors.map((e) => `${e.column}:${e.code}`)])).toEqual([
      ['F-001', ['name:formula_cell']],
      ['F-002', ['description:formula_cell']],
      ['F-003', ['description:formula_cell']],
      ['F-004', []],
      ['F-005', ['stock:number.min']],
    ]);
  });

  it('when an existing product\'s SKU is in the file, then its row is previewed as an update (no name needed)', async () => {
    const { slug: own } = await createWorkspace(t.app, owner);
    const made = await request(t.app).post(`/api/v1/workspaces/${own}/products`).set(bearer(owner.accessToken)).send({ name: 'Kept', sku: 'UPD-1', price: '1.00' });
    expect(made.status).toBe(201);
    const file = await uploaded(t.app, owner.accessToken, own, 'sku,stock\nupd-1,4\nNEW-1,4\n');
    expect(file.preview.map((r) => r.errors.map((e) => `${e.field}:${e.code}`))).toEqual([[], ['name:any.required', 'price:any.required']]);
  });
});

describe('the mapping', () => {
  it('when no column is a SKU, then the file uploads, its preview says so, and starting is refused until one is mapped', async () => {
    const file = await uploaded(t.app, owner.accessToken, slug, fixture('no-sku.csv'));
    expect(file.mapping).toEqual({ 'Ref no': null, Name: 'name', Price: 'price' });
    expect(file.preview[0]!.errors.map((e) => `${e.field}:${e.code}`)).toEqual(['sku:any.required']);
    expectProblem(await start(t.app, owner.accessToken, slug, file.id, file.mapping), 400, 'sku_column_missing');

    const mapping = { ...file.mapping, 'Ref no': 'sku' };
    const preview = await request(t.app).post(`${importsPath(slug)}/${file.id}/preview`).set(bearer(owner.accessToken)).send({ mapping });
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    expect(preview.body.upload.mapping).toEqual(mapping);
    expect(preview.body.upload.preview.map((r: { errors: unknown[] }) => r.errors)).toEqual([[], []]);
    // Not kept: the upload still proposes its own.
    expect((await request(t.app).get(`${importsPath(slug)}/${file.id}`).set(bearer(owner.accessToken))).body.upload.mapping['Ref no']).toBeNull();
  });

  it('when a column is left out, then its cells are not checked nor imported', async () => {
    const file = await uploaded(t.app, owner.accessToken, slug, fixture('invalid-rows.csv'));
    const res = await request(t.app).post(`${importsPath(slug)}/${file.id}/preview`).set(bearer(owner.accessToken)).send({ mapping: { ...file.mapping, price: null, categories: null } });
    expect(res.body.upload.preview[1].errors.map((e: { code: string }) => e.code)).toEqual(['any.required']);
    expect(res.body.upload.preview[2].errors.map((e: { field: string }) => e.field)).toEqual(['price']);
  });

  it('when a mapping names an unknown header, a field twice, or no such field, then it is refused', async () => {
    const file = await uploaded(t.app, owner.accessToken, slug, fixture('tab.tsv'));
    const preview = (mapping: object) => request(t.app).post(`${importsPath(slug)}/${file.id}/preview`).set(bearer(owner.accessToken)).send({ mapping });
    expectProblem(await preview({ SKU: 'sku' }), 400, 'unknown_column');
    expectProblem(await preview({ sku: 'sku', name: 'sku' }), 400, 'duplicate_mapping');
    expectProblem(await preview({ sku: 'colour' }), 400, 'validation_failed');
    expectProblem(await start(t.app, owner.accessToken, slug, file.id, { sku: 'sku', name: 'sku' }), 400, 'duplicate_mapping');
  });
});

describe('who may', () => {
  it('when a viewer uploads, then it is refused before the file is read; an editor may', async () => {
    const viewer = await memberWithRole(t.app, owner, slug, 'viewer');
    expectProblem(await upload(t.app, viewer.accessToken, slug, fixture('products.csv')), 403, 'insufficient_workspace_role');
    const editor = await memberWithRole(t.app, owner, slug, 'editor');
    expect((await upload(t.app, editor.accessToken, slug, fixture('products.csv'))).status).toBe(201);
  });

  it('when someone else (a workspace admin included) asks for an upload, or it is in another workspace, then it is not found', async () => {
    const file = await uploaded(t.app, owner.accessToken, slug, fixture('products.csv'));
    const admin = await memberWithRole(t.app, owner, slug, 'admin');
    expectProblem(await request(t.app).get(`${importsPath(slug)}/${file.id}`).set(bearer(admin.accessToken)), 404, 'import_not_found');
    expectProblem(await start(t.app, admin.accessToken, slug, file.id, file.mapping), 404, 'import_not_found');
    const { slug: other } = await createWorkspace(t.app, owner);
    expectProblem(await request(t.app).get(`${importsPath(other)}/${file.id}`).set(bearer(owner.accessToken)), 404, 'import_not_found');
    expectProblem(await request(t.app).get(`${importsPath(slug)}/not-a-uuid`).set(bearer(owner.accessToken)), 404, 'import_not_found');
    const outsider = await registerUser(t.app);
    expectProblem(await upload(t.app, outsider.accessToken, slug, fixture('products.csv')), 404, 'workspace_not_found');
  });
});
