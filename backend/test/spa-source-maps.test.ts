// Source maps hold the frontend's whole source: production serves them only when configured.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.js';
import { expectProblem } from './auth-support.js';

const PRODUCTION = { NODE_ENV: 'production', JWT_SECRET: 'a-production-secret-for-this-test-only-0123456789', BCRYPT_COST: '12' };

let dir: string;
let production: TestApp;
let productionWithMaps: TestApp;
let development: TestApp;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'shelfwise-spa-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Shelfwise</title>');
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1);');
  writeFileSync(join(dir, 'assets', 'app.js.map'), '{"version":3,"sources":["secret.ts"]}');
  writeFileSync(join(dir, 'root.js.map'), '{"version":3}');
  [production, productionWithMaps, development] = await Promise.all([
    createTestApp({ env: { ...PRODUCTION, SPA_DIR: dir } }),
    createTestApp({ env: { ...PRODUCTION, SPA_DIR: dir, SERVE_SOURCE_MAPS: 'true' } }),
    createTestApp({ env: { NODE_ENV: 'development', BCRYPT_COST: '10', SPA_DIR: dir } }),
  ]);
});
afterAll(async () => {
  await Promise.all([production, productionWithMaps, development].map((t) => t.close()));
  rmSync(dir, { recursive: true, force: true });
});

describe('source maps from the built SPA', () => {
  it('when production serves the SPA, then *.map files are a 404 problem (even for a browser) and the bundles are served', async () => {
    expectProblem(await request(production.app).get('/assets/app.js.map'), 404, 'route_not_found');
    expectProblem(await request(production.app).get('/root.js.map').set('Accept', 'text/html'), 404, 'route_not_found');
    const js = await request(production.app).get('/assets/app.js');
    expect(js.status).toBe(200);
    expect(js.text).toBe('console.log(1);');
    expect((await request(production.app).get('/').set('Accept', 'text/html')).status).toBe(200);
  });

  it('when SERVE_SOURCE_MAPS=true in production, or in development, then *.map files are served', async () => {
    for (const t of [productionWithMaps, development]) {
      const res = await request(t.app).get('/assets/app.js.map');
      expect(res.status, t.config.env).toBe(200);
      expect(res.text).toContain('secret.ts');
    }
  });
});

describe('missing files of the built SPA', () => {
  it('when a bundle that does not exist is asked for, then it is the same 404 problem as any unknown path (not a 400-family bad_request), for a browser too', async () => {
    const missing = await request(production.app).get('/assets/gone-1a2b3c.js');
    expectProblem(missing, 404, 'route_not_found');
    expect(missing.body.detail).toBe('No route for GET /assets/gone-1a2b3c.js');
    expectProblem(await request(development.app).get('/assets/gone-1a2b3c.js').set('Accept', 'text/html'), 404, 'route_not_found');
  });
});
