import type { Express } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentedOperations } from './openapi-support.js';
import { createTestApp, type TestApp } from './support/app.js';

// Express 5 (router 2) keeps each layer's mount path in `rawPath` and each route's in `route.path`,
// so the real routing table can be read back from the app the server runs.
interface Layer {
  rawPath?: unknown;
  route?: { path: string; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
}

function routesOf(stack: Layer[], prefix = ''): string[] {
  return stack.flatMap((layer) => {
    if (layer.route) {
      const path = join(prefix, layer.route.path);
      return Object.keys(layer.route.methods).filter((m) => m !== '_all').map((m) => `${m.toUpperCase()} ${path}`);
    }
    if (layer.handle?.stack) return routesOf(layer.handle.stack, typeof layer.rawPath === 'string' ? join(prefix, layer.rawPath) : prefix);
    return [];
  });
}

const join = (a: string, b: string) => (`${a}/${b}`.replace(/\/+/g, '/').replace(/(.)\/$/, '$1'));

// Not API operations: the interactive docs page and its script (/api/docs serves Swagger UI).
const NOT_API = (route: string) => /^GET \/api\/docs(\/|$)/.test(route);

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('the OpenAPI document and the routes', () => {
  it('when the app is built, then every route it serves is documented and every documented operation is served', () => {
    const served = routesOf((t.express as Express & { router: { stack: Layer[] } }).router.stack).filter((r) => !NOT_API(r)).sort();
    const documented = documentedOperations().map((op) => `${op.method.toUpperCase()} ${op.path.replace(/\{(\w+)\}/g, ':$1')}`).sort();
    expect(served.length).toBeGreaterThan(5);
    expect(documented).toEqual(served);
  });

  it('when the document is built, then each operation has a unique operationId, a tag and at least one 2xx answer', () => {
    const ops = documentedOperations();
    expect(new Set(ops.map((o) => o.operationId)).size).toBe(ops.length);
    for (const op of ops) expect(op.statuses.some((s) => s.startsWith('2')), op.operationId).toBe(true);
  });
});
