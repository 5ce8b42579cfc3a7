import { createHmac } from 'node:crypto';
import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { Prisma } from '../src/generated/prisma/client.js';
import { namespacePrefix } from '../src/lib/cache/entry.js';
import { AppError } from '../src/lib/errors.js';
import type { Principal } from '../src/lib/http/authenticate.js';
import { assertMayChange, assertMayListOwn, canView, catalogueScope, reader, workspaceScope } from '../src/modules/products/access.js';
import { LIST_NAMESPACE, listKey, staleWhileDatabaseDown, type ListKeyParts } from '../src/modules/products/cache-keys.js';
import { cursorKeyFrom, decodeCursor, encodeCursor } from '../src/modules/products/cursor.js';
import { ifNoneMatchHits, productEtag, versionsFromIfMatch, weakBodyEtag } from '../src/modules/products/etag.js';
import { listQuery, SEARCH_WALK_BUDGET, sortValueOf, type ListFilter } from '../src/modules/products/list.query.js';
import type { ProductRow } from '../src/modules/products/product-view.js';
import { listProductsQuery } from '../src/modules/products/products.schemas.js';
import { SORTS, sortSpec, type Sort } from '../src/modules/products/sort.js';
import { WORKSPACE_ROLES, type Actor } from '../src/modules/workspaces/index.js';

// Unit tests of the products module's pure parts found missing by mutation testing
// (npm run test:mutation): each pins down a behaviour a deliberately broken copy got away with.

const ID = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
const OTHER_ID = '0190a1b2-c3d4-7e5f-8a9b-000000000000';
const user: Principal = { userId: ID, role: 'USER', emailVerified: true, credential: { kind: 'session', sessionId: 's', tokenId: 't' } };
const stranger: Principal = { ...user, userId: '0190a1b2-c3d4-7e5f-8a9b-111111111111' };
const admin: Principal = { ...user, userId: OTHER_ID, role: 'ADMIN' };

function thrown(fn: () => unknown): AppError | undefined {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  return undefined;
}

describe('who may see and change a product', () => {
  const outsider: Actor = { role: null, platformAdmin: false };
  const moderator: Actor = { role: null, platformAdmin: true };
  const member = (role: Actor['role']): Actor => ({ role, platformAdmin: false });
  const readOnlyKey: Principal = { ...user, credential: { kind: 'api_key', keyId: 'k', scopes: ['products:read'] } };
  const writeKey: Principal = { ...user, credential: { kind: 'api_key', keyId: 'k', scopes: ['products:write'] } };
  const keyWithoutProducts: Principal = { ...user, credential: { kind: 'api_key', keyId: 'k', scopes: [] } };

  it('when a product is active, then anyone may see it, signed in or not', () => {
    for (const who of [null, outsider, moderator, ...WORKSPACE_ROLES.map(member)]) expect(canView(who, { status: 'active' })).toBe(true);
  });

  it('when a product is not active, then only its workspace\'s members (every role) and platform admins see it', () => {
    for (const status of ['draft', 'archived']) {
      const product = { status };
      for (const role of WORKSPACE_ROLES) expect(canView(member(role), product), role).toBe(true);
      expect(canView(moderator, product)).toBe(true);
      expect(canView(outsider, product)).toBe(false);
      expect(canView(null, product)).toBe(false);
    }
  });

  it('when an API key may not read products, then it reads as an anonymous caller; products:write includes reading', () => {
    expect(reader(undefined)).toBeUndefined();
    expect(reader(keyWithoutProducts)).toBeUndefined();
    expect(reader(readOnlyKey)).toBe(readOnlyKey);
    expect(reader(writeKey)).toBe(writeKey);
    expect(reader(user)).toBe(user);
  });

  it('when someone would change a product, then only its owners, admins and editors or a platform admin may, even an active one', () => {
    for (const action of ['product.update', 'product.delete'] as const) {
      for (const role of ['owner', 'admin', 'editor'] as const) expect(thrown(() => assertMayChange(member(role), action)), `${role} ${action}`).toBeUndefined();
      expect(thrown(() => assertMayChange(moderator, action))).toBeUndefined();
      expect(thrown(() => assertMayChange(outsider, action))).toMatchObject({ status: 403, code: 'not_product_owner' });
      const refused = thrown(() => assertMayChange(member('viewer'), action));
      expect(refused).toMatchObject({ status: 403, code: 'insufficient_workspace_role', extensions: { action, role: 'viewer' } });
      expect(refused?.message).toMatch(new RegExp(`\\(viewer\\) cannot ${action === 'product.update' ? 'change' : 'delete'} products`));
    }
  });
});

describe('list scope', () => {
  const WORKSPACE = '0190a1b2-c3d4-7e5f-8a9b-222222222222';
  const catalogue = { audience: 'public', workspaceId: null, ownerId: null, status: 'active' };

  it('when an ordinary or anonymous caller asks for ?status=active, then it is the public catalogue, not a 403', () => {
    expect(catalogueScope(stranger, undefined, 'active')).toEqual(catalogue);
    expect(catalogueScope(undefined, undefined, 'active')).toEqual(catalogue);
    expect(catalogueScope(stranger, ID, 'active')).toEqual({ ...catalogue, ownerId: ID });
  });

  it('when an admin names no owner and no status, then it is the public catalogue too; ?status=active is as well', () => {
    expect(catalogueScope(admin, undefined, undefined)).toEqual(catalogue);
    expect(catalogueScope(admin, undefined, 'active')).toEqual(catalogue);
  });

  it('when someone else asks for another status, then the 403 names the status field and how to get it', () => {
    const err = thrown(() => catalogueScope(stranger, undefined, 'draft'));
    expect(err).toMatchObject({ status: 403, code: 'status_filter_forbidden' });
    expect(err?.message).toMatch(/owner=me/);
    expect(err?.errors).toEqual([{ in: 'query', field: 'status', message: expect.stringMatching(/^"status" draft .*owner=me/), code: 'status.forbidden' }]);
  });

  it('when an anonymous caller asks for owner=me, then the 401 says a signed-in caller is needed; a key that may not read gets 403', () => {
    const err = thrown(() => assertMayListOwn(undefined));
    expect(err).toMatchObject({ status: 401, code: 'unauthorized', headers: { 'WWW-Authenticate': 'Bearer' } });
    expect(err?.message).toMatch(/owner=me.*signed-in/);
    const key: Principal = { ...user, credential: { kind: 'api_key', keyId: 'k', scopes: [] } };
    expect(thrown(() => assertMayListOwn(key))).toMatchObject({ status: 403, code: 'insufficient_scope' });
  });

  it('when a workspace is listed, then members see every status (or the one asked for), a platform admin as admin, anyone else the active ones', () => {
    for (const role of WORKSPACE_ROLES) {
      expect(workspaceScope(WORKSPACE, { role, platformAdmin: false }, undefined)).toEqual({ audience: 'members', workspaceId: WORKSPACE, ownerId: null, status: null });
    }
    expect(workspaceScope(WORKSPACE, { role: 'viewer', platformAdmin: true }, 'archived')).toEqual({ audience: 'members', workspaceId: WORKSPACE, ownerId: null, status: 'archived' });
    expect(workspaceScope(WORKSPACE, { role: null, platformAdmin: true }, 'draft')).toEqual({ audience: 'admin', workspaceId: WORKSPACE, ownerId: null, status: 'draft' });
    expect(workspaceScope(WORKSPACE, { role: null, platformAdmin: false }, 'draft')).toEqual({ ...catalogue, workspaceId: WORKSPACE });
  });
});

describe('list cache keys', () => {
  const parts: ListKeyParts = { audience: 'public', workspaceId: null, ownerId: null, status: 'active', trashed: false, stock: null, query: null, currency: null, minPrice: null, maxPrice: null, categoryIds: null, tags: null, tagMatch: 'all', sort: '-createdAt', cursor: null, limit: 20 };

  it('when list pages are cached, then they live in a namespace the cache accepts', () => {
    expect(() => namespacePrefix(LIST_NAMESPACE)).not.toThrow();
  });

  it('when a key is made, then it is printable ASCII whatever the client sent', () => {
    const key = listKey({ ...parts, query: "'\u00fcber':* & 'x\u0000':*", cursor: '\u2603'.repeat(50) });
    expect(key).toMatch(/^products:list:[\x21-\x7e]+$/);
    expect(key.length).toBeLessThan(80);
  });

  it('when stale answers are allowed while the database is down, then only an unreachable database qualifies', () => {
    const stale = staleWhileDatabaseDown(30);
    expect(stale?.seconds).toBe(30);
    expect(stale?.when(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(stale?.when({ code: '40001', message: 'canceling statement due to conflict with recovery' })).toBe(false);
    expect(stale?.when(new Error('syntax error'))).toBe(false);
  });

  it('when the allowance is zero or negative, then no stale answers at all', () => {
    expect(staleWhileDatabaseDown(0)).toBeUndefined();
    expect(staleWhileDatabaseDown(-5)).toBeUndefined();
  });
});

describe('list cursors', () => {
  const KEY = cursorKeyFrom('unit-test-secret-0123456789abcdef0123');
  const notOurs = { status: 400, code: 'invalid_cursor', message: 'The cursor is not valid for this list; start again from the first page' };
  const notOursField = [{ in: 'query', field: 'cursor', message: '"cursor" is not a cursor returned by this API', code: 'cursor.invalid' }];
  // A payload signed with the right key: what only a key leak (or this server) could produce.
  const signed = (payload: string) => `${payload}.${createHmac('sha256', KEY).update(payload).digest().subarray(0, 16).toString('base64url')}`;
  const signedJson = (data: unknown) => signed(Buffer.from(JSON.stringify(data)).toString('base64url'));
  const refusal = (raw: string, sort: Sort) => thrown(() => decodeCursor(KEY, raw, sort));
  const accepts = (raw: string, sort: Sort) => refusal(raw, sort) === undefined;

  it('when a cursor is malformed, forged or signed with a truncated MAC, then the 400 says it is not one of ours', () => {
    const raw = encodeCursor(KEY, { sort: 'price', value: '19.90', id: ID });
    const [payload, mac] = raw.split('.') as [string, string];
    for (const bad of ['', '.', payload, `.${mac}`, `${raw}.x`, `${payload}.${mac.slice(0, 10)}`, `${payload}x.${mac}`]) {
      const err = refusal(bad, 'price');
      expect(err, bad).toMatchObject(notOurs);
      expect(err?.errors, bad).toEqual(notOursField);
    }
  });

  it('when a signed payload is not JSON or not a position, then the 400 says it is not one of ours', () => {
    const bad = [
      signed(Buffer.from('not json').toString('base64url')),
      signedJson(null),
      signedJson('price'),
      signedJson({ s: 1, v: '19.90', i: ID }),
      signedJson({ s: 'popularity', v: '19.90', i: ID }),
      signedJson({ s: 'price', v: 19.99, i: ID }),
      signedJson({ s: ['price'], v: '19.90', i: ID }),
      signedJson({ s: 'price', v: '19.90', i: 7 }),
      signedJson({ s: 'price', v: '19.90', i: [ID] }),
      signedJson({ s: 'price', v: '19.90', i: `x${ID}` }),
      signedJson({ s: 'price', v: '19.90', i: `${ID}0` }),
    ];
    for (const raw of bad) {
      const err = refusal(raw, 'price');
      expect(err, raw).toMatchObject(notOurs);
      expect(err?.errors, raw).toEqual(notOursField);
    }
  });

  it('when a cursor of another sort is sent, then the 400 says which sort it belongs to', () => {
    const err = refusal(encodeCursor(KEY, { sort: '-price', value: '5.00', id: ID }), 'price');
    expect(err).toMatchObject(notOurs);
    expect(err?.errors).toEqual([{ in: 'query', field: 'cursor', message: '"cursor" belongs to sort=-price, not sort=price', code: 'cursor.invalid' }]);
  });

  it('when a signed price is not a currency and a price with two decimals, then it is refused', () => {
    expect(accepts(signedJson({ s: 'price', v: 'EUR 19.90', i: ID }), 'price')).toBe(true);
    expect(accepts(signedJson({ s: 'price', v: 'USD 9999999999.99', i: ID }), 'price')).toBe(true);
    for (const v of ['19.90', 'EUR x19.90', 'EUR 19.90x', 'EUR 19.9', 'EUR 12345678901.00', 'EUR -1.00', 'eur 19.90', 'EURO 19.90', 'EUR  19.90']) {
      expect(refusal(signedJson({ s: 'price', v, i: ID }), 'price'), v).toMatchObject(notOurs);
    }
  });

  it('when a signed time is not an exact UTC timestamp of a real moment, then it is refused', () => {
    expect(accepts(signedJson({ s: '-createdAt', v: '2026-01-02T03:04:05.678Z', i: ID }), '-createdAt')).toBe(true);
    for (const v of ['2026-01-02', 'x2026-01-02T03:04:05.678Z', '2026-01-02T03:04:05.678Zx', '2026-13-45T25:61:61.000Z', '2026-01-02T03:04:05Z']) {
      expect(refusal(signedJson({ s: '-createdAt', v, i: ID }), '-createdAt'), v).toMatchObject(notOurs);
    }
  });

  it('when a signed name is empty, longer than 200 characters or holds a NUL, then it is refused', () => {
    expect(accepts(signedJson({ s: 'name', v: 'x', i: ID }), 'name')).toBe(true);
    expect(accepts(signedJson({ s: 'name', v: 'n'.repeat(200), i: ID }), 'name')).toBe(true);
    for (const v of ['', 'n'.repeat(201), 'a\u0000b']) {
      const err = refusal(signedJson({ s: 'name', v, i: ID }), 'name');
      expect(err, JSON.stringify(v)).toMatchObject(notOurs);
      expect(err?.errors).toEqual(notOursField);
    }
  });
});

describe('product ETags', () => {
  it('when If-None-Match has spaces around a tag or a list of them, then it still matches', () => {
    const etag = productEtag(ID, 1);
    expect(ifNoneMatchHits(` ${etag} `, etag)).toBe(true);
    expect(ifNoneMatchHits(`"x" , ${etag} ,"y"`, etag)).toBe(true);
  });

  it('when a list member has text before or after its quotes, then it is not a tag and matches nothing', () => {
    const etag = productEtag(ID, 1);
    expect(ifNoneMatchHits(`x${etag}`, etag)).toBe(false);
    expect(ifNoneMatchHits(`${etag}x`, etag)).toBe(false);
    expect(versionsFromIfMatch(`x${etag}`, ID)).toEqual([]);
    expect(versionsFromIfMatch(`${etag}x`, ID)).toEqual([]);
  });

  it('when If-Match names a version of several digits, then that version is found', () => {
    expect(versionsFromIfMatch(productEtag(ID, 12), ID)).toEqual([12]);
    expect(versionsFromIfMatch(productEtag(ID, 123_456_789), ID)).toEqual([123_456_789]);
  });

  it('when If-Match holds tags without a version this server would issue, then they name no version', () => {
    expect(versionsFromIfMatch('"no-version"', ID)).toEqual([]);
    expect(versionsFromIfMatch('""', ID)).toEqual([]);
    expect(versionsFromIfMatch(productEtag(ID, Number.NaN), ID)).toEqual([]);
    expect(versionsFromIfMatch(`${productEtag(ID, 3)}, "no-version"`, ID)).toEqual([3]);
  });

  it.each([
    ['empty', ''],
    ['an empty page', '{"items":[],"nextCursor":null}'],
    ['non-ASCII', '{"name":"Crème brûlée ☕"}'],
    ['70 kB long', JSON.stringify({ note: 'x'.repeat(70_000) })],
  ])('when a list page body is %s, then its stored ETag is the one Express itself would send', async (_what, body) => {
    const app = express().get('/', (_req, res) => {
      res.type('application/json').send(body);
    });
    const response = await request(app).get('/');
    expect(weakBodyEtag(body)).toBe(response.headers.etag);
  });
});

describe('sort orders', () => {
  it('when no sort is asked for, then a list is newest first', () => {
    const sort = listProductsQuery.validate({}).value.sort as Sort;
    expect(sortSpec(sort)).toEqual({ key: 'createdAt', descending: true });
  });

  it('when a sort is named, then a leading minus means descending on that key', () => {
    const specs = SORTS.map((sort) => [sort, sortSpec(sort)]);
    expect(Object.fromEntries(specs)).toEqual({
      '-createdAt': { key: 'createdAt', descending: true },
      createdAt: { key: 'createdAt', descending: false },
      price: { key: 'price', descending: false },
      '-price': { key: 'price', descending: true },
      name: { key: 'name', descending: false },
      '-name': { key: 'name', descending: true },
    });
  });
});

describe('list SQL', () => {
  const none: ListFilter = {
    source: 'products', workspaceId: null, ownerId: null, status: null, trashed: false, stock: null, tsquery: null, currency: null, minPrice: null, maxPrice: null,
    categoryIds: null, tags: null, tagMatch: 'all',
  };
  const flat = (sql: Prisma.Sql) => sql.text.replace(/\s+/g, ' ').trim();
  const fields: Array<keyof ProductRow> = [
    'id', 'workspaceId', 'ownerId', 'name', 'description', 'sku', 'price', 'currency', 'stock', 'lowStockThreshold', 'status', 'categoryIds', 'tags', 'trashedAt', 'version', 'createdAt', 'updatedAt',
  ];

  it('when the plain list is asked for, then it reads every field of a row, price and status as text, limited to take', () => {
    const sql = listQuery(none, sortSpec('-createdAt'), null, 21);
    const text = flat(sql);
    expect(text).toMatch(/^SELECT .* FROM "Product" WHERE "trashedAt" IS NULL ORDER BY /);
    const selected = /^SELECT (.*) FROM "Product" WHERE/.exec(text)![1]!;
    for (const field of fields) expect(selected).toContain(`"${field}"`);
    expect(selected).toContain('"price"::text AS "price"');
    expect(selected).toContain('"status"::text AS "status"');
    expect(selected).toContain('FROM "ProductImage" i WHERE i."productId" = "Product"."id") AS "images"');
    expect(text.endsWith('LIMIT $1')).toBe(true);
    expect(sql.values).toEqual([21]);
  });

  it('when every filter is given, then each is one condition on its bound value, with its type', () => {
    const filter: ListFilter = { ...none, workspaceId: OTHER_ID, ownerId: ID, status: 'draft', stock: 'low', currency: 'EUR', minPrice: '1.00', maxPrice: '9.99' };
    const sql = listQuery(filter, sortSpec('price'), null, 5);
    expect(flat(sql)).toContain(
      'WHERE "workspaceId" = $1::uuid AND "ownerId" = $2::uuid AND "status" = $3::"ProductStatus" AND "trashedAt" IS NULL AND "lowStock"' +
        ' AND "currency" = $4::bpchar AND "price" >= $5::numeric AND "price" <= $6::numeric ORDER BY "Product"."currency" ASC, "Product"."price" ASC, "Product"."id" ASC',
    );
    expect(sql.values).toEqual([OTHER_ID, ID, 'draft', 'EUR', '1.00', '9.99', 5]);
  });

  it.each([
    ['out', '"stock" <= 0'],
    ['in', '"stock" > 0 AND NOT "lowStock"'],
  ] as const)('when stock=%s is asked for, then the condition is %s', (stock, condition) => {
    expect(flat(listQuery({ ...none, stock }, sortSpec('name'), null, 5))).toContain(`WHERE "trashedAt" IS NULL AND ${condition} ORDER BY`);
  });

  it('when the trash is listed, then only trashed rows are read', () => {
    expect(flat(listQuery({ ...none, trashed: true }, sortSpec('name'), null, 5))).toContain('WHERE "trashedAt" IS NOT NULL ORDER BY');
  });

  it('when categories and tags filter, then they are tested on the walk like a search: && for categories, @> for all tags, && for any', () => {
    const all = flat(listQuery({ ...none, categoryIds: [ID, OTHER_ID], tags: ['tea', 'loose'] }, sortSpec('name'), null, 5));
    expect(all).toContain('SELECT "Product"."id", ("categoryIds" && $1::uuid[] AND "tags" @> $2::varchar[]) AS "hit" FROM "Product" WHERE "trashedAt" IS NULL ORDER BY');
    const any = flat(listQuery({ ...none, tags: ['tea'], tagMatch: 'any' }, sortSpec('name'), null, 5));
    expect(any).toContain('("tags" && $1::varchar[]) AS "hit"');
  });

  it('when the public catalogue is listed, then every read is from its view, aliased as the table so the columns read the same', () => {
    const plain = flat(listQuery({ ...none, source: 'catalogue', status: 'active' }, sortSpec('-createdAt'), null, 21));
    expect(plain).toMatch(/^SELECT .* FROM "CatalogueProduct" AS "Product" WHERE "status" = \$1::"ProductStatus" AND "trashedAt" IS NULL ORDER BY /);
    const search = flat(listQuery({ ...none, source: 'catalogue', tsquery: "'blue':*" }, sortSpec('price'), null, 21));
    expect(search.match(/ FROM "CatalogueProduct" AS "Product"/g)).toHaveLength(3);
    expect(search).not.toMatch(/ FROM "Product"/);
  });

  it.each([
    ['-createdAt', '"Product"."createdAt"', 'timestamptz', '<', 'DESC'],
    ['createdAt', '"Product"."createdAt"', 'timestamptz', '>', 'ASC'],
    ['name', '"Product"."name"', 'text', '>', 'ASC'],
    ['-name', '"Product"."name"', 'text', '<', 'DESC'],
  ] as const)('when sorted by %s after a cursor, then rows after it in that order come, ordered by key then id', (sort, column, cast, comparison, direction) => {
    const sql = listQuery({ ...none, status: 'active' }, sortSpec(sort), { sort, value: 'v', id: ID }, 21);
    expect(flat(sql)).toContain(
      `WHERE "status" = $1::"ProductStatus" AND "trashedAt" IS NULL AND (${column}, "Product"."id") ${comparison} ($2::${cast}, $3::uuid) ORDER BY ${column} ${direction}, "Product"."id" ${direction} LIMIT $4`,
    );
    expect(sql.values).toEqual(['active', 'v', ID, 21]);
  });

  it.each([
    ['price', '>', 'ASC'],
    ['-price', '<', 'DESC'],
  ] as const)('when sorted by %s after a cursor, then currency comes first, so two currencies never interleave', (sort, comparison, direction) => {
    const sql = listQuery({ ...none, status: 'active' }, sortSpec(sort), { sort, value: 'CHF 1.48', id: ID }, 21);
    expect(flat(sql)).toContain(
      `AND ("Product"."currency", "Product"."price", "Product"."id") ${comparison} ($2::bpchar, $3::numeric, $4::uuid)` +
        ` ORDER BY "Product"."currency" ${direction}, "Product"."price" ${direction}, "Product"."id" ${direction} LIMIT $5`,
    );
    expect(sql.values).toEqual(['active', 'CHF', '1.48', ID, 21]);
  });

  it('when there is a search, then the sort index is walked for at most the budget, else every match is sorted', () => {
    const filter: ListFilter = { ...none, ownerId: ID, tsquery: "'blue':*" };
    const sql = listQuery(filter, sortSpec('-name'), { sort: '-name', value: 'M', id: ID }, 21);
    const text = flat(sql);
    const keyset = '("Product"."name", "Product"."id") <';
    const order = 'ORDER BY "Product"."name" DESC, "Product"."id" DESC';
    // The walk: filters and keyset, in sort order, tagging matches instead of filtering on them.
    expect(text).toMatch(
      new RegExp(`^WITH "walked" AS MATERIALIZED \\( SELECT "Product"\\."id", \\("search" @@ to_tsquery\\('simple'::regconfig, \\$1\\)\\) AS "hit" FROM "Product" WHERE "ownerId" = \\$2::uuid AND "trashedAt" IS NULL AND ${escape(keyset)}`),
    );
    expect(text).toContain(`${order} LIMIT $5 ), "walkPage"`);
    expect(text).toContain('SELECT (SELECT count(*) FROM "walkPage") >= $7 OR (SELECT count(*) FROM "walked") < $8 AS "yes"');
    // The fallback: every match via the GIN index, the same filters and keyset, sorted.
    expect(text).toContain(`WHERE NOT (SELECT "yes" FROM "walkAnswers") AND "ownerId" = $9::uuid AND "trashedAt" IS NULL AND "search" @@ to_tsquery('simple'::regconfig, $10) AND ${keyset}`);
    expect(text.endsWith(`) AS "Product" ${order}`)).toBe(true);
    // Both branches read whole rows, so either can answer the outer SELECT.
    const branches = [...text.matchAll(/SELECT ("id", [^()]*?) FROM "Product" WHERE (NOT )?\(SELECT "yes"/g)].map((m) => m[1]!);
    expect(branches).toHaveLength(2);
    for (const columns of branches) for (const field of fields) expect(columns).toContain(`"${field}"`);
    expect(sql.values).toEqual(["'blue':*", ID, 'M', ID, SEARCH_WALK_BUDGET, 21, 21, SEARCH_WALK_BUDGET, ID, "'blue':*", 'M', ID, 21]);
  });

  it('when a row ends a page, then the cursor holds its key as the list compares it', () => {
    const row: ProductRow = {
      id: ID, workspaceId: OTHER_ID, ownerId: OTHER_ID, name: 'Blue kettle', description: '', sku: 'SW-1', price: '19.90', currency: 'EUR', stock: 1,
      lowStockThreshold: null, status: 'active', categoryIds: [], tags: [], images: [], trashedAt: null,
      version: 1, createdAt: new Date('2026-01-02T03:04:05.678Z'), updatedAt: new Date('2026-01-03T00:00:00.000Z'),
    };
    expect(sortValueOf(row, 'createdAt')).toBe('2026-01-02T03:04:05.678Z');
    expect(sortValueOf(row, 'price')).toBe('EUR 19.90');
    expect(sortValueOf({ ...row, price: new Prisma.Decimal('7.5') }, 'price')).toBe('EUR 7.50');
    expect(sortValueOf(row, 'name')).toBe('Blue kettle');
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
