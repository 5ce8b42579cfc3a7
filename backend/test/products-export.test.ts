// GET /api/v1/products/export.csv and /api/v1/workspaces/:slug/products/export.csv: the filters of
// the matching list, only what the caller may read, cells a spreadsheet will not run, categories
// and tags in their columns, and an audit entry per export. The streaming: products-export-stream.test.ts.
import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvCell, csvLine } from '../src/lib/csv.js';
import { createCategory, uniqueCategorySlug } from './categories-support.js';
import { bearer, createAdmin, createProduct, expectProblem, registerUser, uniqueWord, type Session } from './products-support.js';
import { createTestApp, type TestApp } from './support/app.js';
import { createWorkspace, memberWithRole, productBody, type WorkspaceBody } from './workspaces-support.js';

const ALLOWED_ORIGIN = 'https://app.example.com';
const HEADER = ['id', 'sku', 'name', 'description', 'price', 'currency', 'stock', 'lowStockThreshold', 'status', 'categories', 'tags', 'createdAt', 'updatedAt', 'version'];

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp({ env: { CORS_ORIGINS: ALLOWED_ORIGIN } });
  admin = await createAdmin(t);
});
afterAll(() => t.close());

type Row = Record<string, string>;

const exportOf = (path: string, token?: string, query: Record<string, string> = {}) => {
  // identity: the text as sent, not as supertest would inflate it (either way the same here).
  const req = request(t.app).get(path).query(query).set('Accept-Encoding', 'identity');
  return token ? req.set(bearer(token)) : req;
};

/** The export's rows by header, after checking it is a CSV download with the contract's header line. */
function rowsOf(res: request.Response): Row[] {
  expect(res.status, res.text.slice(0, 500)).toBe(200);
  expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
  expect(res.text.split('\r\n')[0]).toBe(HEADER.join(','));
  return parse<Row>(res.text, { columns: true });
}

const skusOf = (rows: Row[]) => rows.map((r) => r.sku).sort();

async function createIn(slug: string, who: Session, overrides: Record<string, unknown>) {
  const res = await request(t.app).post(`/api/v1/workspaces/${slug}/products`).set(bearer(who.accessToken)).send(productBody(overrides));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; sku: string; version: number; createdAt: string; updatedAt: string };
}

describe('the CSV cells (lib/csv.ts)', () => {
  it('when a cell starts like a formula (=, +, -, @, tab, CR), then it is prefixed with an apostrophe, and quoted where RFC 4180 needs it', () => {
    expect(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'].map(csvCell)).toEqual(["'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\tx", `"'\rx"`]);
    expect(csvCell('a "tea", b')).toBe('"a ""tea"", b"');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('1=1')).toBe('1=1');
    expect(csvCell(null)).toBe('');
    expect(csvLine(['a', null, '=b'])).toBe("a,,'=b\r\n");
  });
});

describe('what an export holds', () => {
  // Each test exports a workspace of its own.
  let owner: Session;
  beforeAll(async () => {
    owner = await registerUser(t.app);
  });

  it('when a workspace is exported, then every column of each product is its value, categories as slug paths and tags joined by |', async () => {
    const root = await createCategory(t.app, admin, { name: 'Kitchen', slug: uniqueCategorySlug('kitchen') });
    const child = await createCategory(t.app, admin, { name: 'Teapots', slug: uniqueCategorySlug('teapots'), parentId: root.id });
    const other = await createCategory(t.app, admin, { name: 'Gifts', slug: uniqueCategorySlug('gifts') });
    const team = await createWorkspace(t.app, owner);
    const product = await createIn(team.slug, owner, {
      name: 'Cast-iron teapot, "Tetsubin"', description: 'Holds 0.8 l,\nkeeps tea warm', price: '49.5', currency: 'EUR', stock: 3,
      lowStockThreshold: 5, status: 'draft', categoryIds: [child.id, other.id], tags: ['Earl  Grey', 'loose'],
    });

    const rows = rowsOf(await exportOf(`/api/v1/workspaces/${team.slug}/products/export.csv`, owner.accessToken));

    expect(rows).toEqual([{
      id: product.id, sku: product.sku, name: 'Cast-iron teapot, "Tetsubin"', description: 'Holds 0.8 l,\nkeeps tea warm',
      price: '49.50', currency: 'EUR', stock: '3', lowStockThreshold: '5', status: 'draft',
      categories: `${root.slug}/${child.slug}|${other.slug}`, tags: expect.any(String),
      createdAt: product.createdAt, updatedAt: product.updatedAt, version: String(product.version),
    }]);
    expect(rows[0]!.tags!.split('|').sort()).toEqual(['earl grey', 'loose']);
  });

  it('when text starts like a formula, then its cell starts with an apostrophe, so a spreadsheet shows it rather than running it', async () => {
    const sheet = await createWorkspace(t.app, owner);
    const cells = ['=HYPERLINK("http://evil.example","click")', '+1-555-0100', '-2', '@SUM(A1:A9)', '\tindented', '\rreturn'];
    for (const [i, description] of cells.entries()) {
      await createIn(sheet.slug, owner, { sku: `CELL-${i}`, name: i % 2 ? `=${i}+${i}` : `Plain ${i}`, description });
    }

    const res = await exportOf(`/api/v1/workspaces/${sheet.slug}/products/export.csv`, owner.accessToken, { sort: 'name' });
    const bySku = new Map(rowsOf(res).map((r) => [r.sku, r]));

    expect(cells.map((_, i) => bySku.get(`CELL-${i}`)?.description)).toEqual(cells.map((c) => `'${c}`));
    expect(cells.map((_, i) => bySku.get(`CELL-${i}`)?.name)).toEqual(['Plain 0', "'=1+1", 'Plain 2', "'=3+3", 'Plain 4', "'=5+5"]);
    // No line of the file starts a cell with one of those characters unescaped.
    expect(res.text).not.toMatch(/(^|,|\r\n)"?[=+\-@\t\r][^\n]/);
  });

  it('when the list filters are given, then the export holds exactly the products the list would, in its order', async () => {
    const team = await createWorkspace(t.app, owner);
    const word = uniqueWord('exp');
    const tagged = await createIn(team.slug, owner, { name: `${word} green sencha`, price: '8.00', currency: 'USD', stock: 0, status: 'active', tags: ['green'] });
    const dear = await createIn(team.slug, owner, { name: `${word} gyokuro`, price: '40.00', currency: 'USD', stock: 9, status: 'active', tags: ['green', 'rare'] });
    const draft = await createIn(team.slug, owner, { name: `${word} draft blend`, price: '12.00', currency: 'USD', stock: 9, status: 'draft' });
    const euro = await createIn(team.slug, owner, { name: `${word} euro blend`, price: '12.00', currency: 'EUR', stock: 9, status: 'active' });
    const at = `/api/v1/workspaces/${team.slug}/products/export.csv`;
    const skus = async (query: Record<string, string>) => skusOf(rowsOf(await exportOf(at, owner.accessToken, { q: word, ...query })));

    expect(await skus({})).toEqual([tagged.sku, dear.sku, draft.sku, euro.sku].sort());
    expect(await skus({ status: 'draft' })).toEqual([draft.sku]);
    expect(await skus({ stock: 'out' })).toEqual([tagged.sku]);
    expect(await skus({ tags: 'green' })).toEqual([tagged.sku, dear.sku].sort());
    expect(await skus({ tags: 'green,rare', tagMatch: 'all' })).toEqual([dear.sku]);
    expect(await skus({ currency: 'USD', minPrice: '10', maxPrice: '50' })).toEqual([dear.sku, draft.sku].sort());
    expect(await skus({ currency: 'EUR' })).toEqual([euro.sku]);

    const byPrice = rowsOf(await exportOf(at, owner.accessToken, { q: word, sort: '-price', currency: 'USD' }));
    const list = await request(t.app).get(`/api/v1/workspaces/${team.slug}/products`).query({ q: word, sort: '-price', currency: 'USD' }).set(bearer(owner.accessToken));
    expect(byPrice.map((r) => r.id)).toEqual(list.body.data.map((p: { id: string }) => p.id));
    expect(byPrice.map((r) => r.sku)).toEqual([dear.sku, draft.sku, tagged.sku]);
  });

  it('when a workspace\'s trash is exported, then it holds the trashed products only', async () => {
    const team = await createWorkspace(t.app, owner);
    await createIn(team.slug, owner, { name: 'Kept' });
    const gone = await createIn(team.slug, owner, { name: 'Trashed' });
    const del = await request(t.app).delete(`/api/v1/workspaces/${team.slug}/products/${gone.id}`).set(bearer(owner.accessToken));
    expect(del.status).toBe(204);

    const rows = rowsOf(await exportOf(`/api/v1/workspaces/${team.slug}/products/export.csv`, owner.accessToken, { trashed: 'true' }));

    expect(skusOf(rows)).toEqual([gone.sku]);
  });

  it('when the export starts, then it names its file, says how many rows follow, is never cached, and a browser on an allowed origin may read those headers', async () => {
    const team = await createWorkspace(t.app, owner);
    for (const status of ['active', 'active', 'draft']) await createIn(team.slug, owner, { status });

    const res = await exportOf(`/api/v1/workspaces/${team.slug}/products/export.csv`, owner.accessToken, { status: 'active' }).set('Origin', ALLOWED_ORIGIN);

    expect(rowsOf(res).length).toBe(2);
    expect(res.headers['x-total-count']).toBe('2');
    expect(res.headers['content-disposition']).toMatch(new RegExp(`^attachment; filename="products-${team.slug}-\\d{4}-\\d{2}-\\d{2}\\.csv"$`));
    expect(res.headers['cache-control']).toBe('no-store');
    const exposed = String(res.headers['access-control-expose-headers']).toLowerCase().split(/,\s*/);
    expect(exposed).toEqual(expect.arrayContaining(['x-total-count', 'content-disposition']));
  });

  it('when nothing matches, then the file is the header line alone and the count 0', async () => {
    const team = await createWorkspace(t.app, owner);
    await createIn(team.slug, owner, {});

    const res = await exportOf(`/api/v1/workspaces/${team.slug}/products/export.csv`, owner.accessToken, { q: uniqueWord('none') });

    expect(rowsOf(res)).toEqual([]);
    expect(res.text).toBe(`${HEADER.join(',')}\r\n`);
    expect(res.headers['x-total-count']).toBe('0');
  });
});

describe('who may export what', () => {
  let owner: Session;
  let outsider: Session;
  let team: WorkspaceBody;
  let active: { sku: string };
  let draft: { sku: string };
  let mine: { sku: string };
  const word = uniqueWord('acc');
  beforeAll(async () => {
    owner = await registerUser(t.app);
    outsider = await registerUser(t.app);
    team = await createWorkspace(t.app, owner);
    active = await createIn(team.slug, owner, { name: `${word} public`, status: 'active' });
    draft = await createIn(team.slug, owner, { name: `${word} hidden`, status: 'draft' });
    mine = await createProduct(t.app, outsider.accessToken, { name: `${word} own draft`, status: 'draft' });
  });

  it('when someone exports the public catalogue, then another workspace\'s active products are in it and its drafts never', async () => {
    const rows = rowsOf(await exportOf('/api/v1/products/export.csv', outsider.accessToken, { q: word }));

    expect(skusOf(rows)).toEqual([active.sku]);
  });

  it('when someone exports their own products (owner=me), then they get their personal workspace\'s, drafts included, and no one else\'s', async () => {
    const rows = rowsOf(await exportOf('/api/v1/products/export.csv', outsider.accessToken, { q: word, owner: 'me' }));

    expect(skusOf(rows)).toEqual([mine.sku]);
    expect(rows[0]!.status).toBe('draft');
  });

  it('when a viewer exports the workspace, then every status is in it; an outsider is told the workspace does not exist', async () => {
    const viewer = await memberWithRole(t.app, owner, team.slug, 'viewer');

    const rows = rowsOf(await exportOf(`/api/v1/workspaces/${team.slug}/products/export.csv`, viewer.accessToken, { q: word }));
    expect(skusOf(rows)).toEqual([active.sku, draft.sku].sort());

    const refused = await exportOf(`/api/v1/workspaces/${team.slug}/products/export.csv`, outsider.accessToken);
    expectProblem(refused, 404, 'workspace_not_found');
  });

  it('when nobody is signed in, then neither export answers anything but 401', async () => {
    expectProblem(await exportOf('/api/v1/products/export.csv'), 401, 'unauthorized');
    expectProblem(await exportOf(`/api/v1/workspaces/${team.slug}/products/export.csv`), 401, 'unauthorized');
  });

  it('when a non-admin asks the public export for drafts, then it is refused as the list refuses it, with nothing sent before', async () => {
    const res = await exportOf('/api/v1/products/export.csv', outsider.accessToken, { status: 'draft' });

    expectProblem(res, 403, 'status_filter_forbidden');
    expect(res.headers['content-disposition']).toBeUndefined();
  });

  it('when a filter is wrong (paging, an unknown category or tag), then the answer is a 400 problem, not a file', async () => {
    const at = `/api/v1/workspaces/${team.slug}/products/export.csv`;
    expectProblem(await exportOf(at, owner.accessToken, { limit: '5' }), 400, 'validation_failed');
    expectProblem(await exportOf(at, owner.accessToken, { cursor: 'abc' }), 400, 'validation_failed');
    expectProblem(await exportOf(at, owner.accessToken, { category: uniqueCategorySlug('nowhere') }), 400, 'unknown_category');
    expectProblem(await exportOf(at, owner.accessToken, { tags: 'never-used-tag' }), 400, 'unknown_tag');
    expectProblem(await exportOf(at, owner.accessToken, { minPrice: '3' }), 400, 'validation_failed');
  });
});

describe('the audit log', () => {
  it('when a workspace is exported, then the log has one products_exported entry with who, the workspace and the filters given', async () => {
    const owner = await registerUser(t.app);
    const team = await createWorkspace(t.app, owner);
    await createIn(team.slug, owner, { status: 'active', tags: ['green'] });

    rowsOf(await exportOf(`/api/v1/workspaces/${team.slug}/products/export.csv`, owner.accessToken, { status: 'active', tags: 'green' }));

    const entries = await t.owner.prisma.auditEvent.findMany({ where: { action: 'products_exported', actorUserId: owner.userId } });
    expect(entries).toEqual([expect.objectContaining({
      targetType: 'workspace', targetId: team.id, workspaceId: team.id,
      detail: { filters: { status: 'active', tags: ['green'], tagMatch: 'all', sort: '-createdAt' } },
    })]);
  });

  it('when the public catalogue is exported, then the entry names no workspace; a refused export records nothing', async () => {
    const someone = await registerUser(t.app);
    rowsOf(await exportOf('/api/v1/products/export.csv', someone.accessToken, { q: 'kettle' }));
    expectProblem(await exportOf('/api/v1/products/export.csv', someone.accessToken, { status: 'archived' }), 403, 'status_filter_forbidden');

    const entries = await t.owner.prisma.auditEvent.findMany({ where: { action: 'products_exported', actorUserId: someone.userId } });
    expect(entries).toEqual([expect.objectContaining({ targetType: 'workspace', targetId: null, workspaceId: null, detail: { filters: { q: 'kettle', sort: '-createdAt' } } })]);
  });
});
