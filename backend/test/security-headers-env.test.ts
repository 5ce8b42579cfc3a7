// HSTS and upgrade-insecure-requests only make sense behind HTTPS: production sends them, a
// development server on plain-HTTP localhost must not (a browser would keep HSTS for localhost).
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.js';

const PRODUCTION = { NODE_ENV: 'production', JWT_SECRET: 'a-production-secret-for-this-test-only-0123456789', BCRYPT_COST: '12' };

let test: TestApp;
let development: TestApp;
let production: TestApp;
beforeAll(async () => {
  [test, development, production] = await Promise.all([
    createTestApp(),
    createTestApp({ env: { NODE_ENV: 'development', BCRYPT_COST: '10' } }),
    createTestApp({ env: PRODUCTION }),
  ]);
});
afterAll(() => Promise.all([test, development, production].map((t) => t.close())));

describe('transport security headers per environment', () => {
  it('when the app runs in development or test, then no answer carries HSTS or upgrade-insecure-requests', async () => {
    for (const t of [test, development]) {
      for (const path of ['/api/v1/openapi.json', '/api/v1/nope', '/api/docs']) {
        const res = await request(t.app).get(path);
        const label = `${t.config.env} ${path}`;
        expect(res.headers['strict-transport-security'], label).toBeUndefined();
        expect(res.headers['content-security-policy'], label).toContain("default-src 'self'");
        expect(res.headers['content-security-policy'], label).not.toContain('upgrade-insecure-requests');
      }
    }
  });

  it('when the app runs in production, then answers carry HSTS and upgrade-insecure-requests', async () => {
    for (const path of ['/api/v1/openapi.json', '/api/v1/nope']) {
      const res = await request(production.app).get(path);
      expect(res.headers['strict-transport-security'], path).toMatch(/max-age=\d+/);
      expect(res.headers['content-security-policy'], path).toContain('upgrade-insecure-requests');
    }
  });
});
