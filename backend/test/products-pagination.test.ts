import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_WALK_BUDGET } from '../src/modules/products/list.query.js';
import { SORTS, type Sort } from '../src/modules/products/sort.js';
import { createTestApp, type TestApp } from './support/app.js';
import { createProduct, listProducts, personalWorkspaceId, registerUser, uniqueSku, uniqueWord, type ProductBody } from './products-support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const PAGE = 4;

/**
 * 30 products for a fresh owner, all named with `word`, with deliberate ties on every sort key
 * (same price, same name, same createdAt), so only the id tiebreak orders them; and every status,
 * so the public walk and the owner walk differ.
 */
async function arrange(word: string) {
  const owner = await registerUser(t.app);
  const sameTime = new Date(Date.now() - 60_000);
  const workspaceId = await personalWorkspaceId(t, owner.userId);
  const rows = Array.from({ length: 30 }, (_, i) => ({
    id: randomUUID(),
    workspaceId,
    ownerId: owner.userId,
    name: i % 3 === 0 ? `${word} same name` : `${word} ${String.fromCharCode(97 + (i % 26))}${i}`,
    sku: uniqueSku(),
    price: i % 4 === 0 ? '10.00' : `${(i * 7) % 50}.${i % 10}5`,
    currency: 'USD',
    status: (['active', 'active', 'draft', 'archived'] as const)[i % 4],
    createdAt: i % 5 === 0 ? sameTime : new Date(sameTime.getTime() - i * 1_000),
  }));
  await t.owner.prisma.product.createMany({ data: rows });
  return { owner, rows };
}

function compareBy(sort: Sort) {
  const key = sort.replace('-', '') as 'createdAt' | 'price' | 'name';
  const sign = sort.startsWith('-') ? -1 : 1;
  const value = (p: ProductBody) => (key === 'price' ? Number(p.price) : p[key]);
  return (a: ProductBody, b: ProductBody) => {
    const va = value(a);
    const vb = value(b);
    if (va !== vb) return (va < vb ? -1 : 1) * sign;
    return (a.id < b.id ? -1 : 1) * sign;
  };
}

/** Walks every page while another client inserts a product next to each page request. */
async function walk(query: Record<string, string | number>, token: string | undefined, insert: () => Promise<unknown>) {
  const seen: ProductBody[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const [res]: [Response, unknown] = await Promise.all([listProducts(t.app, cursor ? { ...query, limit: PAGE, cursor } : { ...query, limit: PAGE }, token), insert()]);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.data.length).toBeLessThanOrEqual(PAGE);
    seen.push(...res.body.data);
    cursor = res.body.nextCursor;
    expect(++pages).toBeLessThan(40);
  } while (cursor);
  return seen;
}

describe.each(SORTS)('GET /products?sort=%s: walking every page', (sort) => {
  it('when products are inserted during the walk, then each pre-existing match appears exactly once, in order (owner=me, every status)', async () => {
    const word = uniqueWord();
    const { owner, rows } = await arrange(word);
    let n = 0;
    const insert = () =>
      createProduct(t.app, owner.accessToken, { name: `${word} new ${n++}`, price: `${(n * 13) % 60}.00`, status: 'active' });

    const seen = await walk({ owner: 'me', q: word, sort }, owner.accessToken, insert);

    const seenIds = seen.map((p) => p.id);
    expect(new Set(seenIds).size).toBe(seenIds.length);
    for (const row of rows) expect(seenIds.filter((id) => id === row.id)).toHaveLength(1);
    expect(seen).toEqual([...seen].sort(compareBy(sort)));
  });

  it('when anonymous, then the walk covers exactly the active matches, each once', async () => {
    const word = uniqueWord();
    const { owner, rows } = await arrange(word);
    const insert = () => createProduct(t.app, owner.accessToken, { name: `${word} late`, status: 'active', price: '10.00' });

    const seen = await walk({ q: word, sort }, undefined, insert);

    const active: string[] = rows.filter((r) => r.status === 'active').map((r) => r.id);
    const seenIds = seen.map((p) => p.id);
    expect(new Set(seenIds).size).toBe(seenIds.length);
    expect(seenIds.filter((id) => active.includes(id)).sort()).toEqual([...active].sort());
    expect(seen.every((p) => p.status === 'active')).toBe(true);
    expect(seen).toEqual([...seen].sort(compareBy(sort)));
  });
});

describe('GET /products?q=: a word rarer than the walk budget', () => {
  it('when the matches lie beyond the first SEARCH_WALK_BUDGET rows of the sort order, then every page still comes out complete and in order', async () => {
    const word = uniqueWord();
    const owner = await registerUser(t.app);
    const now = Date.now();
    // Newest and cheapest first in the walks below: none of them matches.
    const workspaceId = await personalWorkspaceId(t, owner.userId);
    const fillers = Array.from({ length: SEARCH_WALK_BUDGET + 50 }, (_, i) => ({
      workspaceId, ownerId: owner.userId, name: 'Filler', sku: `FILL-${i}`, price: '1.00', currency: 'USD', createdAt: new Date(now - i),
    }));
    const matches = Array.from({ length: 7 }, (_, i) => ({
      id: randomUUID(), workspaceId, ownerId: owner.userId, name: `${word} ${i}`, sku: uniqueSku(), price: `${500 + (i % 3)}.00`, currency: 'USD',
      createdAt: new Date(now - 3_600_000 - (i % 2) * 1_000),
    }));
    await t.owner.prisma.product.createMany({ data: [...fillers, ...matches] });

    for (const sort of ['-createdAt', 'price'] as const) {
      const seen = await walk({ owner: 'me', q: word, sort }, owner.accessToken, async () => {});
      expect(seen.map((p) => p.id).sort()).toEqual(matches.map((m) => m.id).sort());
      expect(seen).toEqual([...seen].sort(compareBy(sort)));
    }
  });
  it('when such a rare search has more matches than a page, then the first page still says exactly how many (counted while they were sorted)', async () => {
    const word = uniqueWord();
    const owner = await registerUser(t.app);
    const now = Date.now();
    const workspaceId = await personalWorkspaceId(t, owner.userId);
    const fillers = Array.from({ length: SEARCH_WALK_BUDGET + 50 }, (_, i) => ({
      workspaceId, ownerId: owner.userId, name: 'Filler', sku: `FILL-${i}`, price: '1.00', currency: 'USD', createdAt: new Date(now - i),
    }));
    const matches = Array.from({ length: 9 }, (_, i) => ({
      workspaceId, ownerId: owner.userId, name: `${word} ${i}`, sku: uniqueSku(), price: '5.00', currency: 'USD', createdAt: new Date(now - 3_600_000 - i),
    }));
    await t.owner.prisma.product.createMany({ data: [...fillers, ...matches] });

    const first = await listProducts(t.app, { owner: 'me', q: word, limit: '4' }, owner.accessToken);

    expect(first.body.data).toHaveLength(4);
    expect(first.body.nextCursor).not.toBeNull();
    expect(first.body.total).toEqual({ count: 9, exact: true });
  });
});
