// Responses whose CORS headers depend on the request's Origin must say so (Vary: Origin), or a
// shared cache could hand one origin's answer (with its Access-Control-Allow-Origin) to another.
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.js';
import { createProduct, getProduct, registerUser, type Session } from './products-support.js';

const ALLOWED = 'https://app.example.com';
const OTHER = 'https://evil.example.com';

let t: TestApp;
let owner: Session;
beforeAll(async () => {
  t = await createTestApp({ env: { CORS_ORIGINS: ALLOWED } });
  owner = await registerUser(t.app);
});
afterAll(() => t.close());

/** The Vary header's names, lower-cased. */
function varyOf(res: request.Response): string[] {
  const vary = res.headers.vary;
  return (vary ?? '').split(',').map((v) => v.trim().toLowerCase()).filter(Boolean);
}

// supertest's response keeps the request it answered (not in its types).
function labelOf(res: request.Response): string {
  const { req } = res as unknown as { req: { method: string; path: string } };
  return `${req.method} ${req.path} → ${res.status}`;
}

function expectVariesOnOrigin(res: request.Response, label: string) {
  expect(varyOf(res), `${label}: Vary is ${String(res.headers.vary)}`).toContain('origin');
}

describe('Vary: Origin on CORS answers', () => {
  it('when an allowed origin reads products, lists, misses, hits, 304s and 404s, then every answer varies on Origin and keeps Authorization', async () => {
    const product = await createProduct(t.app, owner.accessToken);
    const miss = await getProduct(t.app, product.id).set('Origin', ALLOWED);
    const hit = await getProduct(t.app, product.id).set('Origin', ALLOWED);
    expect(miss.headers['x-cache']).toBe('MISS');
    expect(hit.headers['x-cache']).toBe('HIT');
    const notModified = await getProduct(t.app, product.id).set('Origin', ALLOWED).set('If-None-Match', hit.headers.etag as string);
    expect(notModified.status).toBe(304);
    const list = await request(t.app).get('/api/v1/products').set('Origin', ALLOWED);
    const listAgain = await request(t.app).get('/api/v1/products').set('Origin', ALLOWED);
    const listNotModified = await request(t.app).get('/api/v1/products').set('Origin', ALLOWED).set('If-None-Match', listAgain.headers.etag as string);
    expect(listNotModified.status).toBe(304);
    const missing = await getProduct(t.app, '00000000-0000-4000-8000-000000000000').set('Origin', ALLOWED);
    expect(missing.status).toBe(404);

    const answers = { miss, hit, notModified, list, listAgain, listNotModified, missing };
    for (const [label, res] of Object.entries(answers)) {
      expect(res.headers['access-control-allow-origin'], label).toBe(ALLOWED);
      expectVariesOnOrigin(res, label);
    }
    for (const label of ['miss', 'hit', 'list', 'listAgain'] as const) {
      expect(varyOf(answers[label]), label).toContain('authorization');
    }
  });

  it('when an allowed origin calls any route or sends a preflight, then every answer carrying CORS headers varies on Origin', async () => {
    const calls = [
      request(t.app).get('/api/v1/openapi.json'),
      request(t.app).get('/api/v1/nope'),
      request(t.app).get('/api/v1/auth/me'),
      request(t.app).post('/api/v1/auth/login').send({ email: 'nobody@example.com', password: 'x' }),
      request(t.app).get('/no/such/page'),
      request(t.app).options('/api/v1/products').set('Access-Control-Request-Method', 'POST'),
      request(t.app).options('/api/v1/products/00000000-0000-4000-8000-000000000000').set('Access-Control-Request-Method', 'PATCH'),
    ];
    for (const call of calls) {
      const res = await call.set('Origin', ALLOWED);
      const label = labelOf(res);
      expect(res.headers['access-control-allow-origin'], label).toBe(ALLOWED);
      expectVariesOnOrigin(res, label);
    }
  });

  it('when an allowed origin reads a product, then the headers a browser script needs are exposed to it (ETag, Location, the request id, the rate limit, a download\'s file name)', async () => {
    const res = await request(t.app).get('/api/v1/products').set('Origin', ALLOWED);
    const exposed = (res.headers['access-control-expose-headers'] ?? '').split(',').map((h: string) => h.trim().toLowerCase());
    expect(exposed).toEqual(expect.arrayContaining(['etag', 'location', 'x-request-id', 'ratelimit', 'retry-after', 'content-disposition']));
  });

  it('when the origin is not allowed or absent, then the answer has no CORS grant but still varies on Origin', async () => {
    // The same URL answers differently per Origin, so a cache must not serve this answer to an allowed origin either.
    const product = await createProduct(t.app, owner.accessToken);
    for (const res of [
      await getProduct(t.app, product.id).set('Origin', OTHER),
      await getProduct(t.app, product.id),
      await request(t.app).get('/api/v1/products'),
      await request(t.app).options('/api/v1/products').set('Origin', OTHER).set('Access-Control-Request-Method', 'POST'),
    ]) {
      const label = labelOf(res);
      expect(res.headers['access-control-allow-origin'], label).toBeUndefined();
      expectVariesOnOrigin(res, label);
    }
  });

  it('when /health is probed with an Origin, then it carries no CORS headers (nothing there depends on Origin)', async () => {
    const res = await request(t.app).get('/health').set('Origin', ALLOWED);
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });
});
