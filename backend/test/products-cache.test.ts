import { createServer, type Server } from 'node:http';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { productKey } from '../src/modules/products/cache-keys.js';
import { createTestApp, type TestApp } from './support/app.js';
import {
  countQueries, createAdmin, createProduct, deleteProduct, getProduct, listProducts, patchProduct, registerUser, uniqueWord,
} from './products-support.js';

// Two instances of one deployment: the same database and the same Redis key prefix.
let a: TestApp;
let b: TestApp;
beforeAll(async () => {
  a = await createTestApp();
  b = await createTestApp({ shareWith: a });
});
afterAll(async () => {
  await b.close();
  await a.close();
});

describe('product detail cache', () => {
  it('when a product is read twice, then MISS then HIT with the same body and ETag', async () => {
    const owner = await registerUser(a.app);
    const product = await createProduct(a.app, owner.accessToken);

    const first = await getProduct(a.app, product.id);
    const second = await getProduct(a.app, product.id);

    expect(first.headers['x-cache']).toBe('MISS');
    expect(second.headers['x-cache']).toBe('HIT');
    expect(second.body).toEqual(first.body);
    expect(second.headers.etag).toBe(first.headers.etag);
  });

  it('when a cached product is patched on one instance, then the other serves the new version at once', async () => {
    const owner = await registerUser(a.app);
    const product = await createProduct(a.app, owner.accessToken, { stock: 1 });
    await getProduct(b.app, product.id);
    expect((await getProduct(b.app, product.id)).headers['x-cache']).toBe('HIT');

    await patchProduct(a.app, owner.accessToken, product.id, { stock: 2 });
    const after = await getProduct(b.app, product.id);

    expect(after.body).toMatchObject({ stock: 2, version: 2 });
    expect(after.headers['x-cache']).toBe('MISS');
  });

  it('when a cached product is deleted on one instance, then the other answers 404 at once', async () => {
    const owner = await registerUser(a.app);
    const product = await createProduct(a.app, owner.accessToken);
    await getProduct(b.app, product.id);

    await deleteProduct(a.app, owner.accessToken, product.id);

    expect((await getProduct(b.app, product.id)).status).toBe(404);
  });

  it('when a draft is read by its owner, then it is never cached (MISS every time), and anonymous and other users still get 404', async () => {
    const [owner, other, admin] = await Promise.all([registerUser(a.app), registerUser(a.app), createAdmin(a)]);
    const draft = await createProduct(a.app, owner.accessToken, { status: 'draft' });
    await getProduct(a.app, draft.id, owner.accessToken);
    const again = await getProduct(a.app, draft.id, owner.accessToken);
    expect(again.status).toBe(200);
    expect(again.headers['x-cache']).toBe('MISS');
    expect(await a.redis!.exists(`cache:k:${productKey(draft.id)}`)).toBe(0);

    expect((await getProduct(a.app, draft.id)).status).toBe(404);
    expect((await getProduct(a.app, draft.id, other.accessToken)).status).toBe(404);
    expect((await getProduct(a.app, draft.id, admin.accessToken)).status).toBe(200);
  });

  it('when a product is cached, then Redis holds the JSON that is sent', async () => {
    const owner = await registerUser(a.app);
    const product = await createProduct(a.app, owner.accessToken);
    const res = await getProduct(a.app, product.id);
    const stored = await a.redis!.get(`cache:k:${productKey(product.id)}`);
    expect(stored?.endsWith(`|${res.text}`)).toBe(true);
  });
});

describe('list cache', () => {
  it('when the same page is read twice, then MISS then HIT', async () => {
    const word = uniqueWord();
    const owner = await registerUser(a.app);
    await createProduct(a.app, owner.accessToken, { name: word });

    expect((await listProducts(a.app, { q: word })).headers['x-cache']).toBe('MISS');
    expect((await listProducts(a.app, { q: word })).headers['x-cache']).toBe('HIT');
  });

  it('when a product is created, patched or deleted on one instance, then lists on the other are fresh at once', async () => {
    const word = uniqueWord();
    const owner = await registerUser(a.app);
    const first = await createProduct(a.app, owner.accessToken, { name: word, price: '1.00' });
    const names = async () => (await listProducts(b.app, { q: word, sort: 'price' })).body.data.map((p: { price: string }) => p.price);
    expect(await names()).toEqual(['1.00']);
    expect((await listProducts(b.app, { q: word, sort: 'price' })).headers['x-cache']).toBe('HIT');

    const second = await createProduct(a.app, owner.accessToken, { name: word, price: '2.00' });
    expect(await names()).toEqual(['1.00', '2.00']);
    await patchProduct(a.app, owner.accessToken, first.id, { price: '3.00' });
    expect(await names()).toEqual(['2.00', '3.00']);
    await deleteProduct(a.app, owner.accessToken, second.id);
    expect(await names()).toEqual(['3.00']);
  });

  it('when two users read owner=me with the same query, then each gets their own page, not a cached one of the other', async () => {
    const word = uniqueWord();
    const [u1, u2] = await Promise.all([registerUser(a.app), registerUser(a.app)]);
    const p1 = await createProduct(a.app, u1.accessToken, { name: word, status: 'draft' });
    const p2 = await createProduct(a.app, u2.accessToken, { name: word, status: 'draft' });

    const r1 = await listProducts(a.app, { owner: 'me', q: word }, u1.accessToken);
    const r2 = await listProducts(a.app, { owner: 'me', q: word }, u2.accessToken);

    expect(r1.body.data.map((p: { id: string }) => p.id)).toEqual([p1.id]);
    expect(r2.body.data.map((p: { id: string }) => p.id)).toEqual([p2.id]);
    expect(r2.headers['x-cache']).toBe('MISS');
  });
});

describe('single flight', () => {
  let server: Server;
  beforeAll(async () => {
    server = createServer(a.app).listen(0);
    await new Promise((resolve) => server.once('listening', resolve));
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('when 200 requests miss on the same product at once, then the database is queried once', async () => {
    const owner = await registerUser(a.app);
    const product = await createProduct(a.app, owner.accessToken);
    const queries = countQueries(a);

    const results = await Promise.all(Array.from({ length: 200 }, () => request(server).get(`/api/v1/products/${product.id}`)));

    queries.stop();
    expect(results.every((r) => r.status === 200 && r.body.id === product.id)).toBe(true);
    expect(queries.count).toBe(1);
  });

  it('when 200 requests miss on the same list page at once, then the database is queried once', async () => {
    const word = uniqueWord();
    const owner = await registerUser(a.app);
    await createProduct(a.app, owner.accessToken, { name: word });
    const queries = countQueries(a);

    const results = await Promise.all(Array.from({ length: 200 }, () => request(server).get('/api/v1/products').query({ q: word })));

    queries.stop();
    expect(results.every((r) => r.status === 200 && r.body.data.length === 1)).toBe(true);
    // One load of the page: its search words (search.ts) and the page, which, holding every match, is its own total.
    expect(queries.count).toBe(2);
  });
});
