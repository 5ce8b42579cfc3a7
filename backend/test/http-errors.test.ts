import express from 'express';
import Joi from 'joi';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorHandler } from '../src/lib/http/error-handler.js';
import { requestId } from '../src/lib/http/request-id.js';
import { validate } from '../src/lib/http/validate.js';
import { createLogger } from '../src/lib/logger.js';
import { createTestApp, type TestApp } from './support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { BODY_LIMIT: '1kb', CORS_ORIGINS: 'https://app.example.com' } });
});
afterAll(() => t.close());

function expectProblem(res: request.Response, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({ status, code, type: `urn:shelfwise:problem:${code}` });
  expect(typeof res.body.title).toBe('string');
  expect(typeof res.body.detail).toBe('string');
  expect(res.body.requestId).toBe(res.headers['x-request-id']);
  expect(JSON.stringify(res.body)).not.toMatch(/at .*\.(ts|js):\d+/);
}

describe('the error model', () => {
  it('when an API route does not exist, then the answer is a 404 problem', async () => {
    expectProblem(await request(t.app).get('/api/v1/nope'), 404, 'route_not_found');
    expectProblem(await request(t.app).delete('/api/v2/anything'), 404, 'route_not_found');
  });

  it('when a non-API path does not exist and the SPA is not built, then the answer is a 404 problem', async () => {
    expectProblem(await request(t.app).get('/no/such/page').set('Accept', 'text/html'), 404, 'route_not_found');
  });

  it('when the JSON body is malformed, then the answer is 400 malformed_json', async () => {
    const res = await request(t.app).post('/api/v1/nope').set('Content-Type', 'application/json').send('{"name": ');
    expectProblem(res, 400, 'malformed_json');
  });

  it('when the body is larger than BODY_LIMIT, then the answer is 413 payload_too_large', async () => {
    const res = await request(t.app).post('/api/v1/nope').send({ blob: 'x'.repeat(2048) });
    expectProblem(res, 413, 'payload_too_large');
  });
});

describe('validation and unexpected faults', () => {
  const app = express();
  app.use(requestId);
  app.use(express.json());
  app.post(
    '/things',
    validate({ body: Joi.object({ name: Joi.string().max(5).required(), price: Joi.number().min(0).required() }) }),
    (_req, res) => { res.status(201).json(res.locals.input.body); },
  );
  app.get('/boom', () => {
    throw new Error('secret database password is hunter2');
  });
  app.use(errorHandler(createLogger('silent')));

  it('when fields are invalid or unknown, then every one is named in errors', async () => {
    const res = await request(app).post('/things').send({ name: 'too long', price: -1, role: 'ADMIN' });
    expectProblem(res, 400, 'validation_failed');
    const fields = res.body.errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(['name', 'price', 'role']);
    for (const e of res.body.errors) expect(e).toMatchObject({ in: 'body', code: expect.any(String), message: expect.stringContaining(e.field) });
  });

  it('when the input is valid, then the handler receives the converted values', async () => {
    const res = await request(app).post('/things').send({ name: 'ok', price: '2.5' });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ name: 'ok', price: 2.5 });
  });

  it('when a handler throws unexpectedly, then the answer is a 500 whose message is masked', async () => {
    const res = await request(app).get('/boom');
    expectProblem(res, 500, 'internal_error');
    expect(JSON.stringify(res.body)).not.toContain('hunter2');
  });
});

describe('request ids', () => {
  it('when the client sends a sane X-Request-Id, then it is echoed', async () => {
    const res = await request(t.app).get('/health').set('X-Request-Id', 'abc-123.def:9');
    expect(res.headers['x-request-id']).toBe('abc-123.def:9');
  });

  it('when the client sends none or an insane one, then a fresh UUID is used', async () => {
    const none = await request(t.app).get('/api/v1/nope');
    expect(none.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const insane = await request(t.app).get('/health').set('X-Request-Id', 'a'.repeat(200));
    expect(insane.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const injected = await request(t.app).get('/health').set('X-Request-Id', 'x" level=error');
    expect(injected.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('security headers and CORS', () => {
  it('when any response is sent, then there is no X-Powered-By and helmet headers are set', async () => {
    const res = await request(t.app).get('/api/v1/nope');
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('when the Origin is on the allowlist, then it is allowed with credentials', async () => {
    const res = await request(t.app).options('/api/v1/nope').set('Origin', 'https://app.example.com').set('Access-Control-Request-Method', 'POST');
    expect(res.status).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe('https://app.example.com');
    expect(res.headers['access-control-allow-credentials']).toBe('true');
  });

  it('when the Origin is not on the allowlist, then no CORS header grants it access', async () => {
    const res = await request(t.app).get('/api/v1/nope').set('Origin', 'https://evil.example.com');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await request(t.app).options('/api/v1/nope').set('Origin', 'https://evil.example.com').set('Access-Control-Request-Method', 'DELETE');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    expect(preflight.headers['access-control-allow-credentials']).toBeUndefined();
  });
});
