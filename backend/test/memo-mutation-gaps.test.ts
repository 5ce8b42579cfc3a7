import { createHash, createSecretKey } from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// The hot paths remember what they computed (an ETag, a list cache key, a JWT key) instead of
// hashing again on every request; benchmarks/RESULTS.md measured why. These tests hold them to
// that: found missing by mutation testing (npm run test:mutation), which could break the memos
// unnoticed because a re-computed value is the same value.

vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:crypto')>();
  return { ...actual, createHash: vi.fn(actual.createHash), createSecretKey: vi.fn(actual.createSecretKey) };
});

const ID = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
const hashes = () => vi.mocked(createHash).mock.calls.length;

// Each test loads the modules afresh, so it starts with empty memos whatever ran before it.
beforeEach(() => {
  vi.resetModules();
  vi.mocked(createHash).mockClear();
  vi.mocked(createSecretKey).mockClear();
});

describe('product ETags', () => {
  it('when the tag of a version was made before, then it is given again without hashing', async () => {
    const { productEtag } = await import('../src/modules/products/etag.js');
    const tag = productEtag(ID, 1);
    productEtag(ID, 2);
    const before = hashes();
    expect(productEtag(ID, 1)).toBe(tag);
    expect(productEtag(ID, 2)).not.toBe(tag);
    expect(hashes()).toBe(before);
  });

  it('when 10,000 other tags were made since, then the first is hashed again (the memory is bounded)', async () => {
    const { productEtag } = await import('../src/modules/products/etag.js');
    const tag = productEtag(ID, 0);
    for (let version = 1; version < 10_000; version++) productEtag(ID, version);
    let before = hashes();
    productEtag(ID, 0);
    expect(hashes()).toBe(before);
    productEtag(ID, 10_000);
    before = hashes();
    expect(productEtag(ID, 0)).toBe(tag);
    expect(hashes()).toBe(before + 1);
  });
});

describe('list cache keys', () => {
  const parts = { audience: 'public', workspaceId: null, ownerId: null, status: 'active', trashed: false, stock: null, query: null, currency: null, minPrice: null, maxPrice: null, categoryIds: null, tags: null, tagMatch: 'all', sort: '-createdAt', cursor: null, limit: 20 };

  it('when the key of a page was made before, then it is given again without hashing', async () => {
    const { listKey } = await import('../src/modules/products/cache-keys.js');
    const key = listKey(parts);
    listKey({ ...parts, limit: 21 });
    const before = hashes();
    expect(listKey({ ...parts })).toBe(key);
    expect(hashes()).toBe(before);
  });

  it('when 10,000 other keys were made since, then the first is hashed again (the memory is bounded)', async () => {
    const { listKey } = await import('../src/modules/products/cache-keys.js');
    const key = listKey({ ...parts, limit: 0 });
    for (let limit = 1; limit < 10_000; limit++) listKey({ ...parts, limit });
    let before = hashes();
    listKey({ ...parts, limit: 0 });
    expect(hashes()).toBe(before);
    listKey({ ...parts, limit: 10_000 });
    before = hashes();
    expect(listKey({ ...parts, limit: 0 })).toBe(key);
    expect(hashes()).toBe(before + 1);
  });
});

describe('access token keys', () => {
  it('when tokens are signed and verified with one secret, then it becomes a key object once', async () => {
    const { signAccessToken, verifyAccessJwt } = await import('../src/modules/auth/tokens.js');
    const settings = { jwtSecret: 'm'.repeat(40), issuer: 'iss', audience: 'aud', accessTokenTtlSeconds: 60 };
    const userId = '01a20000-0000-7000-8000-000000000001';
    const sessionId = '01a20000-0000-7000-8000-000000000002';
    for (let i = 0; i < 3; i++) verifyAccessJwt(settings, signAccessToken(settings, userId, sessionId));
    expect(vi.mocked(createSecretKey)).toHaveBeenCalledTimes(1);
    signAccessToken({ ...settings, jwtSecret: 'n'.repeat(40) }, userId, sessionId);
    expect(vi.mocked(createSecretKey)).toHaveBeenCalledTimes(2);
  });
});
