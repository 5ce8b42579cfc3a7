import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AppError } from '../src/lib/errors.js';
import type { Principal } from '../src/lib/http/authenticate.js';
import { assertMayListOwn, catalogueScope, workspaceScope } from '../src/modules/products/access.js';
import { listKey, productKey, type ListKeyParts } from '../src/modules/products/cache-keys.js';
import { cursorKeyFrom, decodeCursor, encodeCursor } from '../src/modules/products/cursor.js';
import { ifNoneMatchHits, productEtag, versionsFromIfMatch } from '../src/modules/products/etag.js';
import { requestHash } from '../src/modules/products/idempotency.js';
import { createProductBody, listProductsQuery } from '../src/modules/products/products.schemas.js';
import { toPrefixQuery } from '../src/modules/products/search.js';

const KEY = cursorKeyFrom('unit-test-secret-0123456789abcdef0123');
const ID = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    return err instanceof AppError ? `${err.status} ${err.code}` : String(err);
  }
  return undefined;
}

describe('list cursors', () => {
  it('when a cursor is encoded and decoded with the same sort, then the position comes back unchanged', () => {
    for (const [sort, value] of [['-createdAt', '2026-01-02T03:04:05.678Z'], ['price', 'EUR 19.90'], ['-name', 'Ünïcode "quoted" name']] as const) {
      const raw = encodeCursor(KEY, { sort, value, id: ID });
      expect(raw).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
      expect(decodeCursor(KEY, raw, sort)).toEqual({ sort, value, id: ID });
    }
  });

  it('when any byte of the payload or signature changes, or another key signed it, then 400 invalid_cursor', () => {
    const raw = encodeCursor(KEY, { sort: 'price', value: '19.90', id: ID });
    const [payload, mac] = raw.split('.') as [string, string];
    const forged = Buffer.from(JSON.stringify({ s: 'price', v: '0.00', i: ID })).toString('base64url');
    const otherKey = encodeCursor(cursorKeyFrom('another-secret-0123456789abcdef012345'), { sort: 'price', value: '19.90', id: ID });
    for (const bad of [`${forged}.${mac}`, `${payload}.${mac.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'))}`, payload, `${raw}.`, otherKey, '', '.']) {
      expect(codeOf(() => decodeCursor(KEY, bad, 'price')), bad).toBe('400 invalid_cursor');
    }
  });

  it('when a validly signed cursor holds a value its sort cannot have, then it is still refused', () => {
    const sign = (data: object) => {
      const payload = Buffer.from(JSON.stringify(data)).toString('base64url');
      return `${payload}.${createHmac('sha256', KEY).update(payload).digest().subarray(0, 16).toString('base64url')}`;
    };
    expect(codeOf(() => decodeCursor(KEY, sign({ s: 'price', v: '1e9', i: ID }), 'price'))).toBe('400 invalid_cursor');
    expect(codeOf(() => decodeCursor(KEY, sign({ s: 'createdAt', v: 'yesterday', i: ID }), 'createdAt'))).toBe('400 invalid_cursor');
    expect(codeOf(() => decodeCursor(KEY, sign({ s: 'name', v: 'x', i: 'not-a-uuid' }), 'name'))).toBe('400 invalid_cursor');
    expect(codeOf(() => decodeCursor(KEY, sign({ s: 'name', v: 'x', i: ID }), 'name'))).toBeUndefined();
  });

  it('when a cursor is used with another sort, then 400 invalid_cursor naming the sort it belongs to', () => {
    const raw = encodeCursor(KEY, { sort: '-price', value: 'USD 5.00', id: ID });
    expect(codeOf(() => decodeCursor(KEY, raw, 'price'))).toBe('400 invalid_cursor');
  });

  it('when a cursor of one workspace\'s list is used on another list, then 400 invalid_cursor; on its own list it comes back', () => {
    const WORKSPACE = '0190a1b2-c3d4-7e5f-8a9b-222222222222';
    const raw = encodeCursor(KEY, { sort: 'price', value: 'USD 5.00', id: ID, list: WORKSPACE });
    expect(decodeCursor(KEY, raw, 'price', WORKSPACE)).toEqual({ sort: 'price', value: 'USD 5.00', id: ID, list: WORKSPACE });
    expect(codeOf(() => decodeCursor(KEY, raw, 'price', ID))).toBe('400 invalid_cursor');
    expect(codeOf(() => decodeCursor(KEY, raw, 'price'))).toBe('400 invalid_cursor');
    const catalogue = encodeCursor(KEY, { sort: 'price', value: 'USD 5.00', id: ID });
    expect(codeOf(() => decodeCursor(KEY, catalogue, 'price', WORKSPACE))).toBe('400 invalid_cursor');
  });
});

describe('cache keys', () => {
  const parts: ListKeyParts = {
    audience: 'public', workspaceId: null, ownerId: null, status: 'active', trashed: false, stock: null, query: null, currency: null, minPrice: null, maxPrice: null, categoryIds: null, tags: null, tagMatch: 'all', sort: '-createdAt', cursor: null, limit: 20,
  };

  it('when any part of a list query differs, then the key differs; when none does, it is the same', () => {
    const base = listKey(parts);
    expect(listKey({ ...parts })).toBe(base);
    const variants = [
      { audience: 'members' }, { audience: 'admin' }, { workspaceId: ID }, { ownerId: ID }, { status: 'draft' }, { status: null }, { query: "'a':*" }, { minPrice: '1.00' }, { maxPrice: '1.00' },
      { trashed: true }, { stock: 'low' }, { currency: 'EUR' }, { categoryIds: [ID] }, { tags: ['tea'] }, { tagMatch: 'any' },
      { sort: 'price' }, { cursor: 'c' }, { limit: 21 },
    ];
    const keys = variants.map((v) => listKey({ ...parts, ...v }));
    expect(new Set([base, ...keys]).size).toBe(variants.length + 1);
  });

  it('when owner ids differ only in case, then they share the per-owner key; keys stay short', () => {
    expect(listKey({ ...parts, ownerId: ID.toUpperCase() })).toBe(listKey({ ...parts, ownerId: ID }));
    expect(listKey({ ...parts, query: 'x'.repeat(500), cursor: 'y'.repeat(900) }).length).toBeLessThan(80);
    expect(productKey(ID.toUpperCase())).toBe(`products:item:v3:${ID}`);
  });
});

describe('ETags', () => {
  it('when made, then strong, versioned and different per product', () => {
    expect(productEtag(ID, 3)).toMatch(/^"3-[A-Za-z0-9_-]{12}"$/);
    expect(productEtag(ID, 3)).toBe(productEtag(ID, 3));
    expect(productEtag(ID, 3)).not.toBe(productEtag(ID.replace(/b$/, 'c'), 3));
  });

  it('when If-Match is parsed, then only strong tags of this product count', () => {
    const v2 = productEtag(ID, 2);
    const v5 = productEtag(ID, 5);
    expect(versionsFromIfMatch(undefined, ID)).toBeNull();
    expect(versionsFromIfMatch(' * ', ID)).toBeNull();
    expect(versionsFromIfMatch(v2, ID)).toEqual([2]);
    expect(versionsFromIfMatch(`${v2}, ${v5}`, ID)).toEqual([2, 5]);
    expect(versionsFromIfMatch(`W/${v2}`, ID)).toEqual([]);
    expect(versionsFromIfMatch(productEtag(ID.replace(/b$/, 'c'), 2), ID)).toEqual([]);
    expect(versionsFromIfMatch('"2-forged"', ID)).toEqual([]);
    expect(versionsFromIfMatch('garbage', ID)).toEqual([]);
  });

  it('when If-None-Match is compared, then weakly, and * matches', () => {
    const etag = productEtag(ID, 1);
    expect(ifNoneMatchHits(undefined, etag)).toBe(false);
    expect(ifNoneMatchHits('*', etag)).toBe(true);
    expect(ifNoneMatchHits(`W/${etag}`, etag)).toBe(true);
    expect(ifNoneMatchHits(`"x", ${etag}`, etag)).toBe(true);
    expect(ifNoneMatchHits(productEtag(ID, 2), etag)).toBe(false);
  });
});

describe('search terms', () => {
  it.each([
    ['Blue kettle', "'Blue':* & 'kettle':*"],
    ['  SW-000123_AB ', "'SW':* & '000123':* & 'AB':*"],
    ["it's a (test) | !x & y:*", "'it':* & 's':* & 'a':* & '(test)':* & '!x':* & 'y':*"],
    ['crème brûlée', "'crème':* & 'brûlée':*"],
    ['!!! ??', null],
    ['', null],
    ['a b c d e f g h i j', "'a':* & 'b':* & 'c':* & 'd':* & 'e':* & 'f':* & 'g':* & 'h':*"],
  ])('when q is %j, then the tsquery is %j', (q, expected) => {
    expect(toPrefixQuery(q)).toBe(expected);
  });
});

describe('price validation', () => {
  const priceOf = (price: unknown) => createProductBody.validate({ name: 'n', sku: 's', price }, { convert: true });

  it.each([['19.9', '19.90'], [19.9, '19.90'], ['007', '7.00'], [0, '0.00'], ['9999999999.99', '9999999999.99'], [' 5.5 ', '5.50']])(
    'when price is %j, then it is stored as %j',
    (input, normalised) => {
      expect(priceOf(input).value?.price).toBe(normalised);
    },
  );

  it.each([['1.234', 'price.precision'], [-1, 'price.min'], ['abc', 'price.base'], [1e21, 'price.base'], ['1e3', 'price.base'], [true, 'price.base'], ['10000000000', 'price.max']])(
    'when price is %j, then %s',
    (input, code) => {
      expect(priceOf(input).error?.details[0]?.type).toBe(code);
    },
  );

  it('when minPrice is above maxPrice, then maxPrice is refused', () => {
    const { error } = listProductsQuery.validate({ currency: 'EUR', minPrice: '10', maxPrice: '9.99' });
    expect(error?.details[0]).toMatchObject({ path: ['maxPrice'], type: 'price.range' });
  });

  it('when a price bound comes without a currency, then it is refused: two currencies are never compared', () => {
    for (const field of ['minPrice', 'maxPrice']) {
      const { error } = listProductsQuery.validate({ [field]: '10' }, { abortEarly: false });
      expect(error?.details.map((d) => [d.path[0], d.type])).toEqual([[field, 'price.currency']]);
    }
    expect(listProductsQuery.validate({ currency: 'chf', minPrice: '1', maxPrice: '2' }).error).toBeUndefined();
  });
});

describe('list scope', () => {
  const user: Principal = { userId: ID, role: 'USER', emailVerified: true, credential: { kind: 'session', sessionId: 's', tokenId: 't' } };
  const admin: Principal = { ...user, userId: '0190a1b2-c3d4-7e5f-8a9b-000000000000', role: 'ADMIN' };
  const WORKSPACE = '0190a1b2-c3d4-7e5f-8a9b-222222222222';

  it('when nobody special asks, then the public catalogue: active products of all workspaces', () => {
    expect(catalogueScope(undefined, undefined, undefined)).toEqual({ audience: 'public', workspaceId: null, ownerId: null, status: 'active' });
    expect(catalogueScope(user, admin.userId, undefined)).toEqual({ audience: 'public', workspaceId: null, ownerId: admin.userId, status: 'active' });
  });

  it('when a member asks for their workspace (owner=me is the personal one), then every status unless one is chosen', () => {
    expect(assertMayListOwn(user)).toBe(user);
    expect(workspaceScope(WORKSPACE, { role: 'owner', platformAdmin: false }, undefined)).toEqual({ audience: 'members', workspaceId: WORKSPACE, ownerId: null, status: null });
    expect(workspaceScope(WORKSPACE, { role: 'viewer', platformAdmin: false }, 'draft')).toEqual({ audience: 'members', workspaceId: WORKSPACE, ownerId: null, status: 'draft' });
  });

  it('when an admin asks, then any owner and any status, across workspaces or in one', () => {
    expect(catalogueScope(admin, ID, undefined)).toEqual({ audience: 'admin', workspaceId: null, ownerId: ID, status: null });
    expect(catalogueScope(admin, undefined, 'archived')).toEqual({ audience: 'admin', workspaceId: null, ownerId: null, status: 'archived' });
    expect(workspaceScope(WORKSPACE, { role: null, platformAdmin: true }, undefined)).toEqual({ audience: 'admin', workspaceId: WORKSPACE, ownerId: null, status: null });
  });

  it('when someone else asks for a status other than active, then 403; anonymous owner=me is 401', () => {
    expect(codeOf(() => catalogueScope(user, undefined, 'draft'))).toBe('403 status_filter_forbidden');
    expect(codeOf(() => catalogueScope(user, admin.userId, 'archived'))).toBe('403 status_filter_forbidden');
    expect(codeOf(() => assertMayListOwn(undefined))).toBe('401 unauthorized');
    expect(workspaceScope(WORKSPACE, { role: null, platformAdmin: false }, 'draft')).toEqual({ audience: 'public', workspaceId: WORKSPACE, ownerId: null, status: 'active' });
  });
});

describe('idempotency request hash', () => {
  it('when two bodies differ only in key order, then they hash alike; any value change hashes differently', () => {
    expect(requestHash({ a: 1, b: 'x' })).toBe(requestHash({ b: 'x', a: 1 }));
    expect(requestHash({ a: 1, b: 'x' })).not.toBe(requestHash({ a: 1, b: 'y' }));
    expect(requestHash({ a: 1 })).not.toBe(requestHash({ a: '1' }));
    expect(requestHash({ a: 1 })).toMatch(/^[0-9a-f]{64}$/);
  });
});
