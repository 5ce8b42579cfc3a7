import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('interactive docs at /api/docs', () => {
  it('when opened, then Swagger UI is served from the package, reading the OpenAPI document, under a CSP without inline scripts', async () => {
    const page = await request(t.app).get('/api/docs');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.text).toContain('/api/docs/swagger-ui-bundle.js');
    expect(page.text).not.toMatch(/<script>(?!<\/script>)/);
    const csp = page.headers['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);

    const init = await request(t.app).get('/api/docs/init.js');
    expect(init.text).toContain('"/api/v1/openapi.json"');
    for (const asset of ['/api/docs/swagger-ui-bundle.js', '/api/docs/swagger-ui.css']) {
      expect((await request(t.app).get(asset)).status, asset).toBe(200);
    }
  });

  it('when another file of the package is asked for, then it is not served', async () => {
    expect((await request(t.app).get('/api/docs/package.json')).status).toBe(404);
    expect((await request(t.app).get('/api/docs/swagger-initializer.js')).status).toBe(404);
  });

  it('when any other page is served, then it keeps helmet\'s default policy', async () => {
    const docs = (await request(t.app).get('/api/docs')).headers['content-security-policy'];
    const api = (await request(t.app).get('/api/v1/openapi.json')).headers['content-security-policy'];
    expect(api).toContain("default-src 'self';");
    expect(api).not.toBe(docs);
  });
});
