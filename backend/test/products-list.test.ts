import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.js';
import {
  createAdmin, createProduct, expectProblem, listProducts, registerUser, uniqueWord, type ProductBody, type Session,
} from './products-support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const ids = (res: { body: { data: ProductBody[] } }) => res.body.data.map((p) => p.id).sort();

/** One product of each status for a fresh owner, all carrying `word` in their name. */
async function ownerWithEachStatus(word: string): Promise<{ owner: Session; products: Record<'draft' | 'active' | 'archived', ProductBody> }> {
  const owner = await registerUser(t.app);
  const [draft, active, archived] = await Promise.all(
    (['draft', 'active', 'archived'] as const).map((status) => createProduct(t.app, owner.accessToken, { name: `${word} ${status}`, status })),
  );
  return { owner, products: { draft: draft!, active: active!, archived: archived! } };
}

describe('GET /products: who sees what', () => {
  it('when anonymous, then only active products, as {data, nextCursor} with X-Cache', async () => {
    const word = uniqueWord();
    const { products } = await ownerWithEachStatus(word);

    const res = await listProducts(t.app, { q: word });

    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: [products.active], nextCursor: null, total: { count: 1, exact: true } });
    expect(res.headers['x-cache']).toMatch(/^(HIT|MISS)$/);
  });

  it('when the owner asks for owner=me, then all of their own products in any status, and no one else\'s', async () => {
    const word = uniqueWord();
    const { owner, products } = await ownerWithEachStatus(word);
    await ownerWithEachStatus(word);

    const res = await listProducts(t.app, { owner: 'me', q: word }, owner.accessToken);

    expect(ids(res)).toEqual(Object.values(products).map((p) => p.id).sort());
    const drafts = await listProducts(t.app, { owner: 'me', status: 'draft', q: word }, owner.accessToken);
    expect(ids(drafts)).toEqual([products.draft.id]);
  });

  it("when a user names another owner, then only that owner's active products", async () => {
    const word = uniqueWord();
    const { owner, products } = await ownerWithEachStatus(word);
    const other = await registerUser(t.app);

    const res = await listProducts(t.app, { owner: owner.userId, q: word }, other.accessToken);

    expect(ids(res)).toEqual([products.active.id]);
  });

  it('when a non-admin asks for a non-active status outside owner=me, then 403 status_filter_forbidden', async () => {
    const user = await registerUser(t.app);
    expectProblem(await listProducts(t.app, { status: 'draft' }, user.accessToken), 403, 'status_filter_forbidden');
    expectProblem(await listProducts(t.app, { status: 'archived' }), 403, 'status_filter_forbidden');
  });

  it('when anonymous asks for owner=me, then 401', async () => {
    expectProblem(await listProducts(t.app, { owner: 'me' }), 401, 'unauthorized');
  });

  it('when an admin filters by owner and by status, then any owner and any status', async () => {
    const word = uniqueWord();
    const admin = await createAdmin(t);
    const a = await ownerWithEachStatus(word);
    const b = await ownerWithEachStatus(word);

    const allOfA = await listProducts(t.app, { owner: a.owner.userId, q: word }, admin.accessToken);
    const draftsOfAll = await listProducts(t.app, { status: 'draft', q: word }, admin.accessToken);
    const defaultView = await listProducts(t.app, { q: word }, admin.accessToken);

    expect(ids(allOfA)).toEqual(Object.values(a.products).map((p) => p.id).sort());
    expect(ids(draftsOfAll)).toEqual([a.products.draft.id, b.products.draft.id].sort());
    expect(ids(defaultView)).toEqual([a.products.active.id, b.products.active.id].sort());
  });
});

describe('GET /products: search and filters', () => {
  it('when q is given, then it matches words and word prefixes in name, description and sku, case-insensitively', async () => {
    const word = uniqueWord();
    const owner = await registerUser(t.app);
    const inName = await createProduct(t.app, owner.accessToken, { name: `Blue ${word} kettle` });
    const inDescription = await createProduct(t.app, owner.accessToken, { name: 'Plain', description: `Made of ${word}-steel, 1.7 l` });
    const inSku = await createProduct(t.app, owner.accessToken, { name: 'Other', sku: `${word}-00042` });
    await createProduct(t.app, owner.accessToken, { name: 'Blue teapot', description: `${uniqueWord()} kettle` });

    expect(ids(await listProducts(t.app, { q: word.toUpperCase() }))).toEqual([inName.id, inDescription.id, inSku.id].sort());
    expect(ids(await listProducts(t.app, { q: `ket ${word}` }))).toEqual([inName.id]);
    expect(ids(await listProducts(t.app, { q: `${word}-0004` }))).toEqual([inSku.id]);
    expect(ids(await listProducts(t.app, { q: `${word} steel` }))).toEqual([inDescription.id]);
  });

  it('when q holds tsquery syntax or only punctuation, then it is searched as text or matches nothing, never a 500', async () => {
    for (const q of ["a' | !b & (c", '!!! ???', "'':*", '\\', 'x'.repeat(100)]) {
      const res = await listProducts(t.app, { q });
      expect(res.status, q).toBe(200);
    }
    expect((await listProducts(t.app, { q: '!!!' })).body).toEqual({ data: [], nextCursor: null, total: { count: 0, exact: true } });
  });

  it('when minPrice and maxPrice are given, then only prices within them, bounds included', async () => {
    const word = uniqueWord();
    const owner = await registerUser(t.app);
    const [p5, p10, p20, p30] = await Promise.all(
      ['5.00', '10.00', '20.00', '30.01'].map((price) => createProduct(t.app, owner.accessToken, { name: word, price })),
    );

    const res = await listProducts(t.app, { q: word, currency: 'USD', minPrice: '10', maxPrice: 30, sort: 'price' });

    expect(res.body.data.map((p: ProductBody) => p.id)).toEqual([p10!.id, p20!.id]);
    expect(ids(await listProducts(t.app, { q: word, currency: 'usd', minPrice: '20.00' }))).toEqual([p20!.id, p30!.id].sort());
    expect(ids(await listProducts(t.app, { q: word, currency: 'USD', maxPrice: '5' }))).toEqual([p5!.id]);
    expect(ids(await listProducts(t.app, { q: word, currency: 'EUR', maxPrice: '5' }))).toEqual([]);
  });

  it.each([
    ['limit=0', { limit: 0 }, 'limit'],
    ['limit=101', { limit: 101 }, 'limit'],
    ['limit=abc', { limit: 'abc' }, 'limit'],
    ['an unknown sort', { sort: 'stock' }, 'sort'],
    ['minPrice=abc', { minPrice: 'abc' }, 'minPrice'],
    ['maxPrice=1.001', { maxPrice: '1.001' }, 'maxPrice'],
    ['minPrice above maxPrice', { currency: 'USD', minPrice: '10', maxPrice: '9.99' }, 'maxPrice'],
    ['a price bound without a currency', { minPrice: '10' }, 'minPrice'],
    ['an unknown currency', { currency: 'XYZ' }, 'currency'],
    ['an unknown stock state', { stock: 'plenty' }, 'stock'],
    ['trashed outside a workspace', { trashed: 'true' }, 'trashed'],
    ['an unknown status', { status: 'gone' }, 'status'],
    ['owner that is not a user id', { owner: 'someone' }, 'owner'],
    ['an unknown parameter', { colour: 'red' }, 'colour'],
    ['q over 100 characters', { q: 'x'.repeat(101) }, 'q'],
  ])('when given %s, then 400 naming %s', async (_case, query, field) => {
    const res = await listProducts(t.app, query);
    expectProblem(res, 400, 'validation_failed');
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });
});

describe('GET /products: cursors', () => {
  it('when the cursor is tampered with, then 400 invalid_cursor', async () => {
    const word = uniqueWord();
    const owner = await registerUser(t.app);
    for (let i = 0; i < 3; i++) await createProduct(t.app, owner.accessToken, { name: `${word} ${i}` });
    const first = await listProducts(t.app, { q: word, limit: 1 });
    const cursor: string = first.body.nextCursor;
    const [payload, mac] = cursor.split('.') as [string, string];
    const forged = JSON.parse(Buffer.from(payload, 'base64url').toString());
    forged.v = '1970-01-01T00:00:00.000Z';
    const forgedPayload = Buffer.from(JSON.stringify(forged)).toString('base64url');

    for (const bad of [`${forgedPayload}.${mac}`, `${payload}.${mac.slice(0, -2)}AA`, payload, 'garbage', `${cursor}.x`, '%00']) {
      const res = await listProducts(t.app, { q: word, limit: 1, cursor: bad });
      expectProblem(res, 400, 'invalid_cursor');
      expect(res.body.errors[0]).toMatchObject({ in: 'query', field: 'cursor' });
    }
    expect((await listProducts(t.app, { q: word, limit: 1, cursor })).status).toBe(200);
  });

  it('when a cursor from one sort is used with another, then 400 invalid_cursor', async () => {
    const word = uniqueWord();
    const owner = await registerUser(t.app);
    for (let i = 0; i < 2; i++) await createProduct(t.app, owner.accessToken, { name: `${word} ${i}` });
    const { nextCursor } = (await listProducts(t.app, { q: word, limit: 1, sort: 'price' })).body;

    const res = await listProducts(t.app, { q: word, limit: 1, sort: 'name', cursor: nextCursor });

    expectProblem(res, 400, 'invalid_cursor');
    expect(res.body.errors[0].message).toContain('sort=price');
  });
});
