// Product-read shortcuts for the benchmark targets (benchmarks/RESULTS.md): no per-request Joi for
// canonical ids, ETags remembered or stored with the cached page, list queries validated once per
// query string. Each answers exactly as before.
import { createHash, randomUUID } from 'node:crypto';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { weakBodyEtag } from '../src/modules/products/etag.js';
import { productIdParams } from '../src/modules/products/products.schemas.js';
import { createProduct, getProduct, listProducts, registerUser, uniqueWord } from './products-support.js';
import { createTestApp, type TestApp } from './support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('product reads without per-request hashing and validation', () => {
  it('when an id is canonical, upper-case, braced or malformed, then the answer is the one Joi decided before', async () => {
    const owner = await registerUser(t.app);
    const product = await createProduct(t.app, owner.accessToken, { name: `Hot ${uniqueWord()}` });
    const canonical = await getProduct(t.app, product.id);
    expect(canonical.status).toBe(200);
    expect(canonical.body).toMatchObject({ id: product.id, name: product.name, version: 1 });
    const upper = await getProduct(t.app, product.id.toUpperCase());
    expect(upper.status).toBe(200);
    expect(upper.body).toEqual(canonical.body);
    for (const id of [randomUUID(), 'not-a-uuid', `${product.id}x`]) {
      const res = await getProduct(t.app, id);
      expect(res.status, id).toBe(404);
      expect(res.body.code).toBe('product_not_found');
    }
    // Forms only Joi's guid() accepts still reach it (and are not turned away by the shortcut).
    expect(productIdParams.validate({ id: `{${product.id}}` }).error).toBeUndefined();
    // PostgreSQL reads the braced form as the same uuid: the same product, body and ETag as the canonical id.
    const braced = await getProduct(t.app, `{${product.id}}`);
    expect(braced.status).toBe(200);
    expect(braced.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(braced.body).toEqual(canonical.body);
    expect(braced.body.id).toBe(product.id);
    expect(braced.headers.etag).toBe(canonical.headers.etag);
  });

  it('when a product is read twice, then its ETag is the same strong tag, hashed once or not', async () => {
    const owner = await registerUser(t.app);
    const product = await createProduct(t.app, owner.accessToken);
    const first = await getProduct(t.app, product.id);
    const second = await getProduct(t.app, product.id);
    expect(second.headers['x-cache']).toBe('HIT');
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(first.headers.etag).toBe(`"1-${createHash('sha256').update(`${product.id}:1`).digest('base64url').slice(0, 12)}"`);
  });

  it('when a list page comes from the cache, then its ETag is the one Express computes for that body, and If-None-Match gets a 304', async () => {
    const owner = await registerUser(t.app);
    const word = uniqueWord();
    await createProduct(t.app, owner.accessToken, { name: `Kettle ${word}` });
    const expressEtag = express().get('etag fn') as (body: string, encoding: string) => string;
    const miss = await listProducts(t.app, { q: word });
    const hit = await listProducts(t.app, { q: word });
    expect([miss.headers['x-cache'], hit.headers['x-cache']]).toEqual(['MISS', 'HIT']);
    expect(miss.headers.etag).toBe(expressEtag(miss.text, 'utf8'));
    expect(hit.headers.etag).toBe(miss.headers.etag);
    const notModified = await listProducts(t.app, { q: word }).set('If-None-Match', hit.headers.etag!);
    expect(notModified.status).toBe(304);
    for (const body of ['', '{"data":[],"nextCursor":null}', '{"name":"Bouilloire émaillée ☕"}']) expect(weakBodyEtag(body)).toBe(expressEtag(body, 'utf8'));
  });
});

describe('list queries validated once per distinct query string', () => {
  it('when the same query string comes again, then it gets the same page, and an invalid one is refused every time', async () => {
    const owner = await registerUser(t.app);
    const word = uniqueWord();
    await createProduct(t.app, owner.accessToken, { name: `Lamp ${word}`, price: '10.00' });
    await createProduct(t.app, owner.accessToken, { name: `Lamp ${word}`, price: '30.00' });
    for (let i = 0; i < 2; i++) {
      const res = await listProducts(t.app, { q: word, sort: 'price', currency: 'USD', minPrice: '20' });
      expect(res.status).toBe(200);
      expect(res.body.data.map((p: { price: string }) => p.price)).toEqual(['30.00']);
    }
    for (let i = 0; i < 2; i++) {
      const bad = await listProducts(t.app, { q: word, limit: 1000 });
      expect(bad.status).toBe(400);
      expect(bad.body.errors[0]).toMatchObject({ in: 'query', field: 'limit' });
    }
    // Defaults are applied to a remembered query exactly as to a fresh one.
    expect((await listProducts(t.app, { q: word })).body.data).toHaveLength(2);
    expect((await listProducts(t.app, { q: word })).body.data).toHaveLength(2);
  });
});
