import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.js';
import {
  bearer, createProduct, dbProduct, deleteProduct, expectProblem, getProduct, listProducts, patchProduct, productInput, registerUser, uniqueSku, uniqueWord,
} from './products-support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const post = (token: string, body: object, key?: string) => {
  const req = request(t.app).post('/api/v1/products').set(bearer(token)).send(body);
  return key === undefined ? req : req.set('Idempotency-Key', key);
};

describe('conditional GET', () => {
  it('when If-None-Match holds the current ETag, then 304 without a body; after a change, 200 again', async () => {
    const owner = await registerUser(t.app);
    const product = await createProduct(t.app, owner.accessToken);
    const { headers } = await getProduct(t.app, product.id);

    const notModified = await getProduct(t.app, product.id).set('If-None-Match', headers.etag!);
    const listed = await getProduct(t.app, product.id).set('If-None-Match', `"0-x", W/${headers.etag}`);
    await patchProduct(t.app, owner.accessToken, product.id, { stock: 9 });
    const changed = await getProduct(t.app, product.id).set('If-None-Match', headers.etag!);

    expect(notModified.status).toBe(304);
    expect(notModified.text).toBe('');
    expect(notModified.headers.etag).toBe(headers.etag);
    expect(listed.status).toBe(304);
    expect(changed.status).toBe(200);
    expect(changed.body.stock).toBe(9);
    expect(changed.headers.etag).not.toBe(headers.etag);
  });

  it('when a list page is unchanged, then If-None-Match gives 304', async () => {
    const word = uniqueWord();
    const owner = await registerUser(t.app);
    await createProduct(t.app, owner.accessToken, { name: word });
    const first = await listProducts(t.app, { q: word });
    const again = await listProducts(t.app, { q: word }).set('If-None-Match', first.headers.etag!);
    expect(again.status).toBe(304);
  });
});

describe('If-Match on PATCH and DELETE', () => {
  it('when two editors patch from the same version, then the first wins and the second gets 412 and changes nothing', async () => {
    const owner = await registerUser(t.app);
    const product = await createProduct(t.app, owner.accessToken, { price: '1.00' });
    const etag = (await getProduct(t.app, product.id)).headers.etag!;

    const first = await patchProduct(t.app, owner.accessToken, product.id, { price: '2.00' }, etag);
    const second = await patchProduct(t.app, owner.accessToken, product.id, { price: '3.00' }, etag);

    expect(first.status).toBe(200);
    expectProblem(second, 412, 'precondition_failed');
    const stored = await dbProduct(t, product.id);
    expect(stored?.price.toFixed(2)).toBe('2.00');
    expect(stored?.version).toBe(2);
  });

  it('when both editors send If-Match at the same moment, then exactly one succeeds', async () => {
    const owner = await registerUser(t.app);
    const product = await createProduct(t.app, owner.accessToken);
    const etag = (await getProduct(t.app, product.id)).headers.etag!;

    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => patchProduct(t.app, owner.accessToken, product.id, { stock: i + 100 }, etag)),
    );

    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 412)).toHaveLength(7);
    expect((await dbProduct(t, product.id))?.version).toBe(2);
  });

  it("when If-Match is another product's ETag at the same version, a weak tag, or garbage, then 412", async () => {
    const owner = await registerUser(t.app);
    const [a, b] = [await createProduct(t.app, owner.accessToken), await createProduct(t.app, owner.accessToken)];
    const etagOfB = (await getProduct(t.app, b.id)).headers.etag!;
    for (const ifMatch of [etagOfB, `W/${(await getProduct(t.app, a.id)).headers.etag}`, 'garbage', '"1-"']) {
      expectProblem(await patchProduct(t.app, owner.accessToken, a.id, { stock: 1 }, ifMatch), 412, 'precondition_failed');
    }
    expect((await dbProduct(t, a.id))?.version).toBe(1);
  });

  it('when If-Match is current or *, then the write goes through', async () => {
    const owner = await registerUser(t.app);
    const product = await createProduct(t.app, owner.accessToken);
    const etag = (await getProduct(t.app, product.id)).headers.etag!;

    const patched = await patchProduct(t.app, owner.accessToken, product.id, { stock: 2 }, `"0-old", ${etag}`);
    const starred = await patchProduct(t.app, owner.accessToken, product.id, { stock: 3 }, '*');

    expect(patched.status).toBe(200);
    expect(starred.status).toBe(200);
    expect(starred.body.version).toBe(3);
  });

  it('when DELETE carries a stale If-Match, then 412 and the product stays; with the current one, 204', async () => {
    const owner = await registerUser(t.app);
    const product = await createProduct(t.app, owner.accessToken);
    const stale = (await getProduct(t.app, product.id)).headers.etag!;
    const current = (await patchProduct(t.app, owner.accessToken, product.id, { stock: 1 })).headers.etag!;

    expectProblem(await deleteProduct(t.app, owner.accessToken, product.id, stale), 412, 'precondition_failed');
    expect(await dbProduct(t, product.id)).not.toBeNull();
    expect((await deleteProduct(t.app, owner.accessToken, product.id, current)).status).toBe(204);
  });

  it("when a stranger sends a stale If-Match for someone's draft, then 404, not 412 (nothing about it is revealed)", async () => {
    const [owner, stranger] = await Promise.all([registerUser(t.app), registerUser(t.app)]);
    const draft = await createProduct(t.app, owner.accessToken, { status: 'draft' });
    expectProblem(await patchProduct(t.app, stranger.accessToken, draft.id, { stock: 1 }, '"9-x"'), 404, 'product_not_found');
  });
});

describe('Idempotency-Key on POST', () => {
  it('when the same key and body are sent again, then the first response is replayed and only one product exists', async () => {
    const owner = await registerUser(t.app);
    const body = productInput();

    const first = await post(owner.accessToken, body, 'key-1');
    const retry = await post(owner.accessToken, { ...body }, 'key-1');

    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.location).toBe(first.headers.location);
    expect(retry.headers.etag).toBe(first.headers.etag);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(await t.owner.prisma.product.count({ where: { ownerId: owner.userId } })).toBe(1);
  });

  it('when the body is the same in another key order or with the price spelled differently, then it is the same request', async () => {
    const owner = await registerUser(t.app);
    const sku = uniqueSku();
    const first = await post(owner.accessToken, { name: 'Mug', sku, price: '4.5' }, 'key-order');
    const retry = await post(owner.accessToken, { price: 4.5, sku, name: 'Mug' }, 'key-order');
    expect(retry.status).toBe(201);
    expect(retry.body.id).toBe(first.body.id);
  });

  it('when the same key comes with another body, then 422 idempotency_key_reused and nothing more is created', async () => {
    const owner = await registerUser(t.app);
    await post(owner.accessToken, productInput(), 'key-2');

    expectProblem(await post(owner.accessToken, productInput(), 'key-2'), 422, 'idempotency_key_reused');
    expect(await t.owner.prisma.product.count({ where: { ownerId: owner.userId } })).toBe(1);
  });

  it('when two users use the same key, then each gets their own product', async () => {
    const [a, b] = await Promise.all([registerUser(t.app), registerUser(t.app)]);
    const body = productInput();
    const [ra, rb] = [await post(a.accessToken, body, 'shared'), await post(b.accessToken, body, 'shared')];
    expect(ra.status).toBe(201);
    expect(rb.status).toBe(201);
    expect(ra.body.id).not.toBe(rb.body.id);
  });

  it('when 10 requests with the same key arrive at once, then one product is created and all get it', async () => {
    const owner = await registerUser(t.app);
    const body = productInput();

    const results = await Promise.all(Array.from({ length: 10 }, () => post(owner.accessToken, body, 'burst')));

    expect(results.map((r) => r.status)).toEqual(Array(10).fill(201));
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
    expect(await t.owner.prisma.product.count({ where: { ownerId: owner.userId } })).toBe(1);
    expect(await t.db.prisma.idempotencyKey.count({ where: { ownerId: owner.userId } })).toBe(1);
  });

  it('when the first attempt failed (duplicate sku), then the key is not used up', async () => {
    const owner = await registerUser(t.app);
    const taken = await createProduct(t.app, owner.accessToken);
    const body = productInput({ sku: taken.sku });

    expectProblem(await post(owner.accessToken, body, 'after-failure'), 409, 'duplicate_sku');
    await t.owner.prisma.product.delete({ where: { id: taken.id } });
    expect((await post(owner.accessToken, body, 'after-failure')).status).toBe(201);
  });

  it('when a key has expired, then it is taken over by a new request, and expired keys get purged', async () => {
    const owner = await registerUser(t.app);
    await post(owner.accessToken, productInput(), 'old');
    await post(owner.accessToken, productInput(), 'to-purge');
    await t.db.prisma.idempotencyKey.updateMany({ where: { ownerId: owner.userId }, data: { expiresAt: new Date(Date.now() - 1_000) } });

    const reused = await post(owner.accessToken, productInput(), 'old');

    expect(reused.status).toBe(201);
    expect(reused.headers['idempotent-replayed']).toBeUndefined();
    const keys = await t.db.prisma.idempotencyKey.findMany({ where: { ownerId: owner.userId }, select: { key: true } });
    expect(keys.map((k) => k.key)).toEqual(['old']);
  });

  it('when the key is too long or not visible ASCII, then 400 invalid_idempotency_key', async () => {
    const owner = await registerUser(t.app);
    for (const key of ['x'.repeat(256), 'has space', 'é']) {
      const res = await post(owner.accessToken, productInput(), key);
      expectProblem(res, 400, 'invalid_idempotency_key');
    }
  });
});
