import { randomUUID } from 'node:crypto';
import type { Express, Request } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { startInfrastructure, type Infrastructure } from '../src/infrastructure.js';
import { routeLabel } from '../src/lib/http/metrics.js';
import { createAdmin, registerUser } from './auth-support.js';
import { createTestApp, type TestApp } from './support/app.js';

// Production config needs a real secret and full bcrypt cost; nothing else changes.
const PRODUCTION = { NODE_ENV: 'production', JWT_SECRET: 'metrics-test-secret-0123456789abcdef-xyz', BCRYPT_COST: '12' };
const TOKEN = 'scrape-token-0123456789abcdef';

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** Parses the Prometheus text format into samples (enough of it for these assertions). */
function parse(text: string): Sample[] {
  return text
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
      if (!match) throw new Error(`unparsed metrics line: ${line}`);
      const labels = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]));
      return { name: match[1]!, labels, value: Number(match[3]) };
    });
}

async function scrape(app: Express): Promise<Sample[]> {
  const res = await request(app).get('/metrics');
  expect(res.status).toBe(200);
  return parse(res.text);
}

/** The value of the one sample with this name and these labels (0 when there is none yet). */
function valueOf(samples: Sample[], name: string, labels: Record<string, string> = {}): number {
  const found = samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v));
  expect(found.length, `${name} ${JSON.stringify(labels)}`).toBeLessThanOrEqual(1);
  return found[0]?.value ?? 0;
}

const requests = (samples: Sample[], labels: Record<string, string>) => valueOf(samples, 'http_request_duration_seconds_count', labels);

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { RATE_LIMIT_MAX: '1000' } });
});
afterAll(() => t.close());

describe('GET /metrics in development and test', () => {
  it('when scraped without a token, then it answers the Prometheus text format with process metrics and pool gauges', async () => {
    const res = await request(t.app).get('/metrics');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(res.headers['cache-control']).toBe('no-store');
    const samples = parse(res.text);
    expect(valueOf(samples, 'process_cpu_seconds_total')).toBeGreaterThan(0);
    expect(samples.some((s) => s.name === 'nodejs_eventloop_lag_p99_seconds')).toBe(true);
    expect(valueOf(samples, 'db_pool_max_connections')).toBe(t.config.database.poolSize);
    expect(samples.some((s) => s.name === 'db_pool_connections' && s.labels.state === 'idle')).toBe(true);
    expect(valueOf(samples, 'db_pool_waiting_requests')).toBe(0);
  });

  it('when requests are served, then each is counted under its method, route pattern and status', async () => {
    const before = await scrape(t.app);
    await request(t.app).get('/health');
    await request(t.app).get('/health');
    await request(t.app).get('/api/v1/auth/me');
    const after = await scrape(t.app);
    expect(requests(after, { method: 'GET', route: '/health', status: '200' }) - requests(before, { method: 'GET', route: '/health', status: '200' })).toBe(2);
    // The 401 is thrown inside the auth router: the label still carries the full mount path.
    expect(requests(after, { route: '/api/v1/auth/me', status: '401' }) - requests(before, { route: '/api/v1/auth/me', status: '401' })).toBe(1);
    expect(valueOf(after, 'http_request_duration_seconds_bucket', { route: '/health', status: '200', le: '+Inf' })).toBe(
      requests(after, { route: '/health', status: '200' }),
    );
  });

  it('when a route has a parameter, then the label is the pattern and no id ever becomes a label', async () => {
    const admin = await createAdmin(t);
    const id = randomUUID();
    const res = await request(t.app).patch(`/api/v1/users/${id}`).set('Authorization', `Bearer ${admin.accessToken}`).send({ role: 'ADMIN' });
    expect(res.status).toBe(404);
    await request(t.app).get(`/no-such-page-${id}`);
    const samples = await scrape(t.app);
    expect(requests(samples, { method: 'PATCH', route: '/api/v1/users/:id', status: '404' })).toBe(1);
    expect(requests(samples, { method: 'GET', route: 'unmatched', status: '404' })).toBeGreaterThanOrEqual(1);
    expect(samples.some((s) => Object.values(s.labels).some((v) => v.includes(id)))).toBe(false);
  });
});

describe('route labels', () => {
  const req = (originalUrl: string, path: unknown, baseUrl = '') => ({ originalUrl, baseUrl, route: path === undefined ? undefined : { path } }) as unknown as Request;

  it('when the router has already restored baseUrl, then the mount path comes from the request path', () => {
    expect(routeLabel(req('/api/v1/products/0194f3c2?fields=a', '/:id'))).toBe('/api/v1/products/:id');
    expect(routeLabel(req('/api/v1/products/0194f3c2/stock/', '/:id/stock'))).toBe('/api/v1/products/:id/stock');
    expect(routeLabel(req('/api/v1/products?limit=5', '/'))).toBe('/api/v1/products');
    expect(routeLabel(req('/health', '/health'))).toBe('/health');
  });

  it('when the client varies the case of the mount path, then it is still one series', () => {
    expect(routeLabel(req('/API/V1/Products/X', '/:id'))).toBe('/api/v1/products/:id');
  });

  it('when no route matched, or the route is a RegExp, then the label stays bounded', () => {
    expect(routeLabel(req('/whatever/123', undefined))).toBe('unmatched');
    expect(routeLabel(req('/some/deep/link', /.*/))).toBe('/.*/');
  });
});

describe('rate-limit rejections', () => {
  it('when the API limiter refuses a request, then the rejection is counted by limiter', async () => {
    // Its own Redis prefix (not shareWith), so the requests of the other tests don't use up its budget.
    const limited = await createTestApp({ env: { RATE_LIMIT_MAX: '1' } });
    try {
      expect((await request(limited.app).get('/api/v1/nothing-here')).status).toBe(404);
      expect((await request(limited.app).get('/api/v1/nothing-here')).status).toBe(429);
      const samples = await scrape(limited.app);
      expect(valueOf(samples, 'rate_limit_rejections_total', { limiter: 'api' })).toBe(1);
      expect(requests(samples, { route: 'unmatched', status: '429' })).toBe(1);
    } finally {
      await limited.close();
    }
  });
});

describe('cache hits and misses, wired as the server wires them', () => {
  let infra: Infrastructure;
  beforeAll(async () => {
    // t's own database and Redis: startInfrastructure only connects (migrations are already applied).
    infra = await startInfrastructure(t.config, t.logger);
  });
  afterAll(() => infra.close());

  it('when an access token is checked twice, then the session lookup counts one miss then one hit', async () => {
    const app = buildApp({ config: t.config, logger: t.logger, lifecycle: t.lifecycle, ...infra });
    // Registration queues its confirmation email: the queue must run (as server.ts starts it, after the app).
    await infra.jobs.start({ work: false });
    const user = await registerUser(app);
    const before = await scrape(app);
    for (let i = 0; i < 2; i++) {
      expect((await request(app).get('/api/v1/auth/me').set('Authorization', `Bearer ${user.accessToken}`)).status).toBe(200);
    }
    const after = await scrape(app);
    const delta = (outcome: string) => valueOf(after, 'cache_requests_total', { outcome }) - valueOf(before, 'cache_requests_total', { outcome });
    expect(delta('miss')).toBe(1);
    expect(delta('hit')).toBe(1);
    expect(delta('error')).toBe(0);
  });
});

describe('GET /metrics in production', () => {
  it('when no METRICS_TOKEN is configured, then /metrics does not exist', async () => {
    const prod = await createTestApp({ shareWith: t, env: PRODUCTION });
    try {
      const res = await request(prod.app).get('/metrics');
      expect(res.status).toBe(404);
      expect(res.body).toMatchObject({ code: 'route_not_found' });
    } finally {
      await prod.close();
    }
  });

  it('when a METRICS_TOKEN is configured, then only a scrape presenting it gets the metrics', async () => {
    const prod = await createTestApp({ shareWith: t, env: { ...PRODUCTION, METRICS_TOKEN: TOKEN } });
    try {
      const anonymous = await request(prod.app).get('/metrics');
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers['www-authenticate']).toMatch(/^Bearer/);
      expect(anonymous.headers['content-type']).toMatch(/application\/problem\+json/);
      expect((await request(prod.app).get('/metrics').set('Authorization', `Bearer ${TOKEN}x`)).status).toBe(401);
      const ok = await request(prod.app).get('/metrics').set('Authorization', `Bearer ${TOKEN}`);
      expect(ok.status).toBe(200);
      expect(ok.text).toMatch(/^# HELP /m);
    } finally {
      await prod.close();
    }
  });

  it('when a token is configured outside production, then it is required there too', async () => {
    const dev = await createTestApp({ shareWith: t, env: { METRICS_TOKEN: TOKEN } });
    try {
      expect((await request(dev.app).get('/metrics')).status).toBe(401);
      expect((await request(dev.app).get('/metrics').set('Authorization', `bearer ${TOKEN}`)).status).toBe(200);
    } finally {
      await dev.close();
    }
  });
});
