import { describe, expect, it } from 'vitest';
import { createCache } from '../src/lib/cache/index.js';
import type { Principal } from '../src/lib/http/authenticate.js';
import { createLogger } from '../src/lib/logger.js';
import { productKey } from '../src/modules/products/cache-keys.js';
import type { ProductsDeps } from '../src/modules/products/deps.js';
import { trashProduct, updateProduct } from '../src/modules/products/products.service.js';

// A write whose connection breaks may have committed unseen. This is the one place where the
// database is stood in for: a real primary can't be made to fail between COMMIT and its answer on
// demand (the primary-crash drill in cluster/drills exercises the real thing).
const logger = createLogger('silent');
const owner: Principal = { userId: '0195a3b4-1111-7222-8333-444455556666', role: 'USER', emailVerified: true, credential: { kind: 'session', sessionId: 's', tokenId: 't' } };
const id = '0195a3b4-aaaa-7bbb-8ccc-ddddeeeeffff';
const workspaceId = '0195a3b4-2222-7333-8444-555566667777';

function depsWhoseWritesFail(error: Error): ProductsDeps {
  const fail = () => Promise.reject(error);
  // The product is found in the owner's workspace, so the write itself is reached, and fails there.
  const tx = {
    $queryRaw: () => Promise.resolve([]),
    product: { findUnique: () => Promise.resolve({ workspaceId, status: 'active', trashedAt: null }), updateManyAndReturn: fail, deleteMany: fail },
  };
  const unused = () => Promise.reject(new Error('unused'));
  return {
    prisma: { $transaction: (work: (t: typeof tx) => Promise<unknown>) => work(tx) } as unknown as ProductsDeps['prisma'],
    reads: { read: unused, wrote: async () => {} } as unknown as ProductsDeps['reads'],
    cache: createCache({ redis: null, logger }),
    logger,
    defaultCurrency: 'USD',
    cursorKey: Buffer.alloc(32),
    workspaces: { actorIn: () => Promise.resolve({ role: 'owner', platformAdmin: false }), resolve: unused, personal: unused, forget: () => Promise.resolve(), membershipsOf: unused },
    categories: { subtree: unused, unknownIds: unused, children: unused, unknownIdsForWrite: () => Promise.resolve([]), tree: unused },
  };
}

async function cachedCopyRemains(deps: ProductsDeps): Promise<boolean> {
  let loaded = false;
  await deps.cache.getOrSet(productKey(id), 600, () => {
    loaded = true;
    return Promise.resolve('{"fresh":true}');
  });
  return !loaded;
}

describe('writes whose outcome is unknown', () => {
  for (const [name, write] of [
    ['update', (d: ProductsDeps) => updateProduct(d, owner, id, { name: 'x' }, undefined)],
    ['trash', (d: ProductsDeps) => trashProduct(d, owner, id, undefined)],
  ] as const) {
    it(`when the connection breaks under a ${name}, then the cached product is dropped anyway`, async () => {
      const broken = Object.assign(new Error('Connection terminated unexpectedly'), { code: 'ECONNRESET' });
      const deps = depsWhoseWritesFail(broken);
      await deps.cache.getOrSet(productKey(id), 600, () => Promise.resolve('{"stale":true}'));
      await expect(write(deps)).rejects.toBe(broken);
      expect(await cachedCopyRemains(deps)).toBe(false);
    });

    it(`when a ${name} fails for another reason, then the cache is left alone`, async () => {
      const failure = new Error('some query error');
      const deps = depsWhoseWritesFail(failure);
      await deps.cache.getOrSet(productKey(id), 600, () => Promise.resolve('{"cached":true}'));
      await expect(write(deps)).rejects.toBe(failure);
      expect(await cachedCopyRemains(deps)).toBe(true);
    });
  }
});
