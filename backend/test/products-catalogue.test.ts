// The catalogue of issue 16 through the API: the trash, SKUs one regardless of case, stock states,
// prices within a currency, categories and tags as filters, the total and the facets.
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { purgeExpiredTrash } from '../src/modules/products/index.js';
import { createTestApp, type TestApp } from './support/app.js';
import {
  bearer, createAdmin, createProduct, dbProduct, deleteProduct, expectProblem, getProduct, listProducts, patchProduct, personalWorkspaceId, registerUser,
  uniqueSku, uniqueWord, type ProductBody, type Session,
} from './products-support.js';
import { createWorkspace, memberWithRole, workspaceProducts } from './workspaces-support.js';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  admin = await createAdmin(t);
});
afterAll(() => t.close());

const ids = (res: { body: { data: ProductBody[] } }) => res.body.data.map((p) => p.id).sort();
const restore = (id: string, token: string) => request(t.app).post(`/api/v1/products/${id}/restore`).set(bearer(token));
const facets = (query: Record<string, string>, token?: string, slug?: string) => {
  const req = request(t.app).get(slug ? `/api/v1/workspaces/${slug}/products/facets` : '/api/v1/products/facets').query(query);
  return token ? req.set(bearer(token)) : req;
};

async function category(name: string, parentId?: string): Promise<{ id: string; slug: string }> {
  const res = await request(t.app).post('/api/v1/categories').set(bearer(admin.accessToken)).send({ name, slug: uniqueWord('c'), ...(parentId ? { parentId } : {}) });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; slug: string };
}

describe('the trash', () => {
  it('when a product is restored, then it is back where it was, one version later, with its SKU', async () => {
    const owner = await registerUser(t.app);
    const product = await createProduct(t.app, owner.accessToken, { status: 'active' });
    await deleteProduct(t.app, owner.accessToken, product.id);

    const res = await restore(product.id, owner.accessToken);

    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ id: product.id, sku: product.sku, trashedAt: null, purgeAt: null, version: 3 });
    expect(res.headers.etag).toMatch(/^"3-/);
    expect((await getProduct(t.app, product.id)).status).toBe(200);
  });

  it('when a product is in the trash, then the workspace lists it only with trashed=true, and the catalogue not at all', async () => {
    const owner = await registerUser(t.app);
    const word = uniqueWord();
    const [kept, trashed] = await Promise.all([createProduct(t.app, owner.accessToken, { name: word, status: 'active' }), createProduct(t.app, owner.accessToken, { name: word, status: 'active' })]);
    await deleteProduct(t.app, owner.accessToken, trashed.id);
    const slug = (await request(t.app).get('/api/v1/workspaces').set(bearer(owner.accessToken))).body.data[0].slug as string;

    expect(ids(await workspaceProducts(t.app, owner, slug, { q: word }))).toEqual([kept.id]);
    expect(ids(await workspaceProducts(t.app, owner, slug, { q: word, trashed: 'true' }))).toEqual([trashed.id]);
    expect(ids(await listProducts(t.app, { q: word }))).toEqual([kept.id]);
  });

  it('when a product in the trash is patched, then 409 product_in_trash and nothing changes', async () => {
    const owner = await registerUser(t.app);
    const product = await createProduct(t.app, owner.accessToken);
    await deleteProduct(t.app, owner.accessToken, product.id);

    expectProblem(await patchProduct(t.app, owner.accessToken, product.id, { name: 'Renamed' }), 409, 'product_in_trash');
    expect((await dbProduct(t, product.id))?.name).toBe(product.name);
  });

  it('when a product outside the trash is restored or purged, then 409 not_in_trash', async () => {
    const owner = await registerUser(t.app);
    const product = await createProduct(t.app, owner.accessToken);
    expectProblem(await restore(product.id, owner.accessToken), 409, 'not_in_trash');
    expectProblem(await request(t.app).delete(`/api/v1/products/${product.id}?permanent=true`).set(bearer(owner.accessToken)), 409, 'not_in_trash');
    expect(await dbProduct(t, product.id)).not.toBeNull();
  });

  it('when a viewer deletes or restores, then 403 insufficient_workspace_role', async () => {
    const owner = await registerUser(t.app);
    const workspace = await createWorkspace(t.app, owner);
    const viewer = await memberWithRole(t.app, owner, workspace.slug, 'viewer');
    const created = await request(t.app).post(`/api/v1/workspaces/${workspace.slug}/products`).set(bearer(owner.accessToken)).send({ name: 'Tin', sku: uniqueSku(), price: '3' });
    const id = created.body.id as string;

    expectProblem(await deleteProduct(t.app, viewer.accessToken, id), 403, 'insufficient_workspace_role');
    await deleteProduct(t.app, owner.accessToken, id);
    expectProblem(await restore(id, viewer.accessToken), 403, 'insufficient_workspace_role');
    expect((await dbProduct(t, id))?.trashedAt).toBeInstanceOf(Date);
  });

  it('when products have been in the trash for more than 30 days, then the purge deletes them and keeps the rest', async () => {
    const owner = await registerUser(t.app);
    const [old, recent, live] = await Promise.all([1, 2, 3].map(() => createProduct(t.app, owner.accessToken)));
    await deleteProduct(t.app, owner.accessToken, old!.id);
    await deleteProduct(t.app, owner.accessToken, recent!.id);
    await t.owner.prisma.product.update({ where: { id: old!.id }, data: { trashedAt: new Date(Date.now() - 31 * 86_400_000) } });
    await t.owner.prisma.product.update({ where: { id: recent!.id }, data: { trashedAt: new Date(Date.now() - 29 * 86_400_000) } });

    const purged = await purgeExpiredTrash({ prisma: t.db.prisma, cache: t.cache, reads: { wrote: async () => {} } as never });

    expect(purged).toBeGreaterThanOrEqual(1);
    expect(await dbProduct(t, old!.id)).toBeNull();
    expect(await dbProduct(t, recent!.id)).not.toBeNull();
    expect(await dbProduct(t, live!.id)).not.toBeNull();
  });
});

describe('SKUs', () => {
  it('when a SKU differs from another only in case, then 409 duplicate_sku; in another workspace, then it is accepted', async () => {
    const [owner, other] = await Promise.all([registerUser(t.app), registerUser(t.app)]);
    const sku = uniqueSku('ux-D-a');
    await createProduct(t.app, owner.accessToken, { sku });

    const res = await request(t.app).post('/api/v1/products').set(bearer(owner.accessToken)).send({ name: 'Twin', sku: sku.toUpperCase(), price: '1' });

    expectProblem(res, 409, 'duplicate_sku');
    expect((await request(t.app).post('/api/v1/products').set(bearer(other.accessToken)).send({ name: 'Twin', sku: sku.toUpperCase(), price: '1' })).status).toBe(201);
  });

  it('when a product is in the trash, then its SKU is free; restoring it then is 409 duplicate_sku and it stays in the trash', async () => {
    const owner = await registerUser(t.app);
    const first = await createProduct(t.app, owner.accessToken);
    await deleteProduct(t.app, owner.accessToken, first.id);

    const second = await request(t.app).post('/api/v1/products').set(bearer(owner.accessToken)).send({ name: 'Again', sku: first.sku.toLowerCase(), price: '1' });

    expect(second.status, JSON.stringify(second.body)).toBe(201);
    expectProblem(await restore(first.id, owner.accessToken), 409, 'duplicate_sku');
    expect((await dbProduct(t, first.id))?.trashedAt).toBeInstanceOf(Date);
  });
});

describe('stock and price filters', () => {
  it('when stock is asked for, then out is none left, low is under the product\'s own threshold, in the rest', async () => {
    const owner = await registerUser(t.app);
    const word = uniqueWord();
    const make = (stock: number, lowStockThreshold: number | null) => createProduct(t.app, owner.accessToken, { name: word, status: 'active', stock, lowStockThreshold });
    const [out, low, atThreshold, noThreshold] = await Promise.all([make(0, 5), make(4, 5), make(5, 5), make(1, null)]);

    expect(ids(await listProducts(t.app, { q: word, stock: 'out' }))).toEqual([out.id]);
    expect(ids(await listProducts(t.app, { q: word, stock: 'low' }))).toEqual([low.id]);
    expect(ids(await listProducts(t.app, { q: word, stock: 'in' }))).toEqual([low.id, atThreshold.id, noThreshold.id].filter((id) => id !== low.id).sort());
    expect([out, low, atThreshold, noThreshold].map((p) => p.stockState)).toEqual(['out', 'low', 'in', 'in']);
  });

  it('when stock or the threshold changes, then the stock filter follows at once (low is a column the database keeps)', async () => {
    const owner = await registerUser(t.app);
    const word = uniqueWord();
    const product = await createProduct(t.app, owner.accessToken, { name: word, status: 'active', stock: 9, lowStockThreshold: 5 });
    expect(ids(await listProducts(t.app, { q: word, stock: 'low' }))).toEqual([]);

    expect((await patchProduct(t.app, owner.accessToken, product.id, { stock: 3 })).status).toBe(200);
    expect(ids(await listProducts(t.app, { q: word, stock: 'low' }))).toEqual([product.id]);

    expect((await patchProduct(t.app, owner.accessToken, product.id, { lowStockThreshold: null })).status).toBe(200);
    expect(ids(await listProducts(t.app, { q: word, stock: 'low' }))).toEqual([]);
    expect(ids(await listProducts(t.app, { q: word, stock: 'in' }))).toEqual([product.id]);
  });

  it('when sorted by price, then each currency is sorted on its own: CHF 1.48 never sits among USD prices', async () => {
    const owner = await registerUser(t.app);
    const word = uniqueWord();
    const make = (price: string, currency: string) => createProduct(t.app, owner.accessToken, { name: word, status: 'active', price, currency });
    const [usd1, chf, usd2] = await Promise.all([make('1.00', 'USD'), make('1.48', 'CHF'), make('2.00', 'USD')]);

    const all = await listProducts(t.app, { q: word, sort: 'price' });
    const usd = await listProducts(t.app, { q: word, sort: 'price', currency: 'USD', minPrice: '1.20' });

    expect(all.body.data.map((p: ProductBody) => p.id)).toEqual([chf.id, usd1.id, usd2.id]);
    expect(usd.body.data.map((p: ProductBody) => p.id)).toEqual([usd2.id]);
  });

  it('when sorted by price across two pages, then the cursor carries the currency and no product is skipped or repeated', async () => {
    const owner = await registerUser(t.app);
    const word = uniqueWord();
    const made = await Promise.all(['USD', 'EUR', 'USD', 'EUR', 'CHF'].map((currency, i) => createProduct(t.app, owner.accessToken, { name: word, status: 'active', price: `${i + 1}`, currency })));

    const first = await listProducts(t.app, { q: word, sort: '-price', limit: 2 });
    const second = await listProducts(t.app, { q: word, sort: '-price', limit: 3, cursor: first.body.nextCursor });

    const seen = [...first.body.data, ...second.body.data].map((p: ProductBody) => `${p.currency} ${p.price}`);
    expect(seen).toEqual(['USD 3.00', 'USD 1.00', 'EUR 4.00', 'EUR 2.00', 'CHF 5.00']);
    expect(seen).toHaveLength(made.length);
    expect(second.body.total).toBeUndefined();
  });
});

describe('categories and tags as filters', () => {
  it('when a list is filtered by a category, then products filed under it or any descendant come back', async () => {
    const owner = await registerUser(t.app);
    const word = uniqueWord();
    const tea = await category('Tea');
    const green = await category('Green tea', tea.id);
    const coffee = await category('Coffee');
    const make = (categoryIds: string[]) => createProduct(t.app, owner.accessToken, { name: word, status: 'active', categoryIds });
    const [inTea, inGreen, inCoffee] = await Promise.all([make([tea.id]), make([green.id]), make([coffee.id])]);

    expect(ids(await listProducts(t.app, { q: word, category: tea.slug }))).toEqual([inTea.id, inGreen.id].sort());
    expect(ids(await listProducts(t.app, { q: word, category: green.id }))).toEqual([inGreen.id]);
    expect(ids(await listProducts(t.app, { q: word, category: coffee.slug.toUpperCase() }))).toEqual([inCoffee.id]);
  });

  it('when a category that does not exist is named, then 400 unknown_category (filter and product alike), and nothing is stored', async () => {
    const owner = await registerUser(t.app);
    expectProblem(await listProducts(t.app, { category: 'no-such-category' }), 400, 'unknown_category');
    const res = await request(t.app).post('/api/v1/products').set(bearer(owner.accessToken)).send({ name: 'x', sku: uniqueSku(), price: '1', categoryIds: ['0190a1b2-c3d4-7e5f-8a9b-000000000999'] });
    expectProblem(res, 400, 'unknown_category');
    expect(res.body.errors).toEqual([expect.objectContaining({ in: 'body', field: 'categoryIds[0]', code: 'category.unknown' })]);
    expect(await t.owner.prisma.product.count({ where: { ownerId: owner.userId } })).toBe(0);
  });

  it('when tags are written, then they are normalised; a filter of several needs all, or any with tagMatch=any', async () => {
    const owner = await registerUser(t.app);
    const word = uniqueWord();
    const a = uniqueWord('t');
    const b = uniqueWord('t');
    const make = (tags: string[]) => createProduct(t.app, owner.accessToken, { name: word, status: 'active', tags });
    const [both, onlyA] = await Promise.all([make([`  ${a.toUpperCase()} `, b]), make([a])]);

    expect(both.tags).toEqual([a, b]);
    expect(ids(await listProducts(t.app, { q: word, tags: `${a},${b}` }))).toEqual([both.id]);
    expect(ids(await listProducts(t.app, { q: word, tags: `${a.toUpperCase()}, ${b}`, tagMatch: 'any' }))).toEqual([both.id, onlyA.id].sort());
  });

  it('when a tag no product here ever had is asked for, then 400 unknown_tag naming it', async () => {
    const owner = await registerUser(t.app);
    const known = uniqueWord('t');
    await createProduct(t.app, owner.accessToken, { tags: [known] });
    const slug = (await request(t.app).get('/api/v1/workspaces').set(bearer(owner.accessToken))).body.data[0].slug as string;
    const stranger = await registerUser(t.app);
    await createProduct(t.app, stranger.accessToken, { tags: ['only-elsewhere'] });

    const res = await workspaceProducts(t.app, owner, slug, { tags: `${known},only-elsewhere` });

    expectProblem(res, 400, 'unknown_tag');
    expect(res.body.detail).toContain('"only-elsewhere"');
    expect((await workspaceProducts(t.app, owner, slug, { tags: known })).status).toBe(200);
  });
});

describe('counts', () => {
  it('when more than 10,000 products match, then the first page says 10,000 and not exact; fewer, then exactly', async () => {
    const owner = await registerUser(t.app);
    const workspaceId = await personalWorkspaceId(t, owner.userId);
    const word = uniqueWord();
    await t.owner.pool.query(
      `INSERT INTO "Product" ("id", "workspaceId", "ownerId", "name", "sku", "price", "currency", "status", "updatedAt")
       SELECT gen_random_uuid(), $1, $2, $3 || ' ' || i, 'BULK-' || i, 1, 'USD', 'draft', now() FROM generate_series(1, 10001) AS i`,
      [workspaceId, owner.userId, word],
    );
    const slug = (await request(t.app).get('/api/v1/workspaces').set(bearer(owner.accessToken))).body.data[0].slug as string;

    const many = await workspaceProducts(t.app, owner, slug, { limit: '1' });
    const one = await workspaceProducts(t.app, owner, slug, { q: `${word} 10001` });

    expect(many.body.total).toEqual({ count: 10_000, exact: false });
    expect(one.body.total).toEqual({ count: 1, exact: true });
  });

  it('when facets are asked for, then each status, stock state, currency, child category and tag is counted under the other filters', async () => {
    const owner = await registerUser(t.app);
    const word = uniqueWord();
    const root = await category('Kitchen');
    const [pots, pans] = await Promise.all([category('Pots', root.id), category('Pans', root.id)]);
    const tag = uniqueWord('t');
    await Promise.all([
      createProduct(t.app, owner.accessToken, { name: word, status: 'active', stock: 0, currency: 'EUR', categoryIds: [pots.id], tags: [tag] }),
      createProduct(t.app, owner.accessToken, { name: word, status: 'draft', stock: 3, currency: 'USD', categoryIds: [pots.id] }),
      createProduct(t.app, owner.accessToken, { name: word, status: 'active', stock: 9, currency: 'USD', categoryIds: [pans.id], tags: [tag] }),
    ]);
    const slug = (await request(t.app).get('/api/v1/workspaces').set(bearer(owner.accessToken))).body.data[0].slug as string;

    const members = await facets({ q: word, category: root.slug }, owner.accessToken, slug);
    const publicSide = await facets({ q: word });

    expect(members.status, JSON.stringify(members.body)).toBe(200);
    const exact = (count: number) => ({ count, exact: true });
    expect(members.body).toEqual({
      total: exact(3),
      status: { draft: exact(1), active: exact(2), archived: exact(0) },
      stock: { in: exact(2), low: exact(0), out: exact(1) },
      currencies: [{ code: 'USD', ...exact(2) }, { code: 'EUR', ...exact(1) }],
      categories: expect.arrayContaining([{ id: pots.id, slug: pots.slug, name: 'Pots', ...exact(2) }, { id: pans.id, slug: pans.slug, name: 'Pans', ...exact(1) }]),
      tags: [{ name: tag, ...exact(2) }],
    });
    expect(members.body.categories).toHaveLength(2);
    expect(publicSide.body.total).toEqual(exact(2));
    expect(publicSide.body.status).toBeUndefined();
    expect(publicSide.body.tags).toBeUndefined();
  });
});
