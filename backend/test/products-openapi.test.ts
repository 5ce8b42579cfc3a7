import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../src/lib/openapi/index.js';
import { createResponseValidator } from './support/response-validator.js';
import { productsApiDoc } from '../src/modules/products/products.openapi.js';
import { createTestApp, type TestApp } from './support/app.js';
import { bearer, createProduct, productInput, registerUser, uniqueWord } from './products-support.js';

// products.openapi.ts describes what the routes answer: every answer below is checked against it.
let t: TestApp;
const validator = createResponseValidator(buildOpenApiDocument({ title: 'products', version: '0', description: '' }, [productsApiDoc]));
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function check(req: request.Test) {
  const res = await req;
  const { method, url } = (req as unknown as { method: string; url: string });
  const problems = validator.problemsWith({ method, url: new URL(url).pathname, status: res.status, headers: res.headers, body: res.body, text: res.text });
  expect(problems, `${method} ${url} ${res.status}\n${problems.join('\n')}`).toEqual([]);
  return res;
}

describe('products.openapi.ts', () => {
  it('when each operation answers its documented successes and problems, then every answer matches the document', async () => {
    const [owner, other] = await Promise.all([registerUser(t.app), registerUser(t.app)]);
    const word = uniqueWord();
    const api = () => request(t.app);

    const created = await check(api().post('/api/v1/products').set(bearer(owner.accessToken)).set('Idempotency-Key', word).send(productInput({ name: word })));
    await check(api().post('/api/v1/products').set(bearer(owner.accessToken)).set('Idempotency-Key', word).send(productInput({ name: word, sku: created.body.sku })));
    await check(api().post('/api/v1/products').set(bearer(owner.accessToken)).send(productInput({ sku: created.body.sku })));
    await check(api().post('/api/v1/products').set(bearer(owner.accessToken)).send({ price: 'abc' }));
    const id = created.body.id as string;
    const draft = await createProduct(t.app, owner.accessToken, { status: 'draft' });

    const list = await check(api().get('/api/v1/products').query({ q: word }));
    await check(api().get('/api/v1/products').query({ q: word }).set('If-None-Match', list.headers.etag!));
    await check(api().get('/api/v1/products').query({ cursor: 'forged' }));
    await check(api().get('/api/v1/products').query({ status: 'draft' }).set(bearer(other.accessToken)));
    await check(api().get('/api/v1/products').query({ owner: 'me' }));

    const one = await check(api().get(`/api/v1/products/${id}`));
    await check(api().get(`/api/v1/products/${id}`).set('If-None-Match', one.headers.etag!));
    await check(api().get(`/api/v1/products/${draft.id}`).set(bearer(other.accessToken)));

    await check(api().patch(`/api/v1/products/${id}`).set(bearer(owner.accessToken)).set('If-Match', one.headers.etag!).send({ price: 5 }));
    await check(api().patch(`/api/v1/products/${id}`).set(bearer(owner.accessToken)).set('If-Match', one.headers.etag!).send({ price: 6 }));
    await check(api().patch(`/api/v1/products/${id}`).set(bearer(other.accessToken)).send({ price: 6 }));
    await check(api().delete(`/api/v1/products/${draft.id}`).set(bearer(other.accessToken)));
    await check(api().delete(`/api/v1/products/${id}`).set(bearer(owner.accessToken)));
    await check(api().delete(`/api/v1/products/${id}`).set(bearer(owner.accessToken)));
  });
});
