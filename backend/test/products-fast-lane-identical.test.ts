// The fast lane (src/lib/http/fast-lane.ts) answers cached anonymous product reads beside Express.
// Each answer must be the one the Express route gives: status, headers, body, the access-log line,
// the request metrics, and the shared rate limit (each request counted once, the app's own 429).
// `t.app` is what the server listens with (lane, then Express); `t.express` is the app alone.
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import request from 'supertest';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../src/lib/logger.js';
import * as fixture from './fixtures/images/fixtures.js';
import { addImage, binary, srcsetPaths } from './images-support.js';
import { createProduct, registerUser, uniqueWord } from './products-support.js';
import { createTestApp, type TestApp } from './support/app.js';

const lines: Record<string, unknown>[] = [];
const logStream = new Writable({
  write(chunk, _encoding, done) {
    for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
    done();
  },
});

let t: TestApp;
let productId: string;
beforeAll(async () => {
  t = await createTestApp({ logger: createLogger('info', logStream) });
  const owner = await registerUser(t.app);
  productId = (await createProduct(t.app, owner.accessToken, { name: `Lane ${uniqueWord()}` })).id;
  // The first read fills the cache (through Express: the lane answers hits only).
  expect((await request(t.app).get(`/api/v1/products/${productId}`)).headers['x-cache']).toBe('MISS');
});
afterAll(() => t.close());
afterEach(() => vi.restoreAllMocks());

/** How many of the requests `send` makes reached the Express app of `app` (the server's t.app by default). */
async function throughExpress<T>(send: () => Promise<T>, app: TestApp = t): Promise<{ result: T; expressSaw: number }> {
  const handle = vi.spyOn(app.express as unknown as { handle: (...args: unknown[]) => void }, 'handle');
  const result = await send();
  const expressSaw = handle.mock.calls.length;
  handle.mockRestore();
  return { result, expressSaw };
}

// Differ between any two responses: the clock, and the limit's remaining count (compared apart).
/** A copy without the named fields. */
const without = (fields: Record<string, unknown>, ...names: string[]) =>
  Object.fromEntries(Object.entries(fields).filter(([name]) => !names.includes(name)));
const comparable = (headers: Record<string, string>): Record<string, unknown> => ({
  ...without(headers, 'date'),
  ratelimit: headers.ratelimit?.replace(/r=\d+/, 'r=N'),
});
const remaining = (headers: Record<string, string>) => Number(/r=(\d+)/.exec(headers.ratelimit ?? '')?.[1]);

describe('the fast lane for GET /api/v1/products/:id', () => {
  it('when a cached product is read anonymously, then the lane answers with the status, headers and body Express gives', async () => {
    const url = `/api/v1/products/${productId}`;
    const { result: lane, expressSaw } = await throughExpress(() => request(t.app).get(url).set('X-Request-Id', 'same-id'));
    expect(expressSaw).toBe(0);
    const routed = await request(t.express).get(url).set('X-Request-Id', 'same-id');
    expect(lane.status).toBe(200);
    expect(routed.status).toBe(200);
    expect(lane.text).toBe(routed.text);
    expect(comparable(lane.headers)).toEqual(comparable(routed.headers));
    expect(lane.headers).toMatchObject({ 'x-cache': 'HIT', vary: 'Origin, Authorization, Accept-Encoding', 'content-type': 'application/json; charset=utf-8' });
    expect(lane.headers['content-security-policy']).toMatch(/default-src 'self'/);
    // The id in capitals names the same cache entry: the lane has it too.
    const upper = `/api/v1/products/${productId.toUpperCase()}`;
    const { result: laneUpper, expressSaw: sawUpper } = await throughExpress(() => request(t.app).get(upper).set('X-Request-Id', 'same-id'));
    expect(sawUpper).toBe(0);
    expect(laneUpper.text).toBe(routed.text);
    expect(comparable(laneUpper.headers)).toEqual(comparable((await request(t.express).get(upper).set('X-Request-Id', 'same-id')).headers));
  });

  it('when the client already has the current version, then the lane answers 304 as Express does', async () => {
    const url = `/api/v1/products/${productId}`;
    const etag = (await request(t.express).get(url)).headers.etag!;
    for (const ifNoneMatch of [etag, `"other", ${etag}`, '*', `W/${etag}`]) {
      const { result: lane, expressSaw } = await throughExpress(() => request(t.app).get(url).set('If-None-Match', ifNoneMatch).set('X-Request-Id', 'c'));
      const routed = await request(t.express).get(url).set('If-None-Match', ifNoneMatch).set('X-Request-Id', 'c');
      expect(expressSaw, ifNoneMatch).toBe(0);
      expect([lane.status, routed.status], ifNoneMatch).toEqual([304, 304]);
      expect(comparable(lane.headers), ifNoneMatch).toEqual(comparable(routed.headers));
    }
    const stale = await request(t.app).get(url).set('If-None-Match', '"1-notthisone"');
    expect(stale.status).toBe(200);
  });

  it('when requests go through the lane and Express in turn, then each is counted once against the same limit', async () => {
    const url = `/api/v1/products/${productId}`;
    const seen: number[] = [];
    for (const target of [t.app, t.express, t.app, t.app, t.express]) seen.push(remaining((await request(target).get(url)).headers));
    expect(seen.every((r, i) => i === 0 || r === seen[i - 1]! - 1)).toBe(true);
  });

  it('when a read is not in the cache, then Express answers it (X-Cache: MISS) and it is counted once', async () => {
    const owner = await registerUser(t.app);
    const fresh = await createProduct(t.app, owner.accessToken, { name: `Uncached ${uniqueWord()}` });
    const before = remaining((await request(t.express).get(`/api/v1/products/${productId}`)).headers);
    const { result: miss, expressSaw } = await throughExpress(() => request(t.app).get(`/api/v1/products/${fresh.id}`));
    expect(expressSaw).toBe(1);
    expect(miss.status).toBe(200);
    expect(miss.headers['x-cache']).toBe('MISS');
    expect(remaining(miss.headers)).toBe(before - 1);
    // Now cached: the lane has it.
    const { result: hit, expressSaw: second } = await throughExpress(() => request(t.app).get(`/api/v1/products/${fresh.id}`));
    expect([second, hit.headers['x-cache'], remaining(hit.headers)]).toEqual([0, 'HIT', before - 2]);
    // An id that names nothing: Express's 404 problem.
    const missing = await request(t.app).get(`/api/v1/products/${randomUUID()}`);
    expect(missing.status).toBe(404);
    expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('when a request carries credentials, an Origin, a body or another spelling, then Express answers it', async () => {
    const owner = await registerUser(t.app);
    const cases: Array<[string, (r: request.Test) => request.Test]> = [
      [`/api/v1/products/${productId}`, (r) => r.set('Authorization', `Bearer ${owner.accessToken}`)],
      [`/api/v1/products/${productId}`, (r) => r.set('Origin', 'http://elsewhere.test')],
      [`/api/v1/products/${productId}`, (r) => r.set('Content-Type', 'application/json').send('{"x":1}')],
      [`/api/v1/products/${productId}`, (r) => r.set('If-Modified-Since', new Date().toUTCString())],
      [`/API/V1/products/${productId}`, (r) => r],
      [`/api/v1/products/${productId}/`, (r) => r],
    ];
    for (const [url, dress] of cases) {
      const { result, expressSaw } = await throughExpress(() => dress(request(t.app).get(url)));
      expect(expressSaw, url).toBe(1);
      expect(result.status, url).toBe(200);
    }
  });

  it('when the lane answers, then the access log has the line Express writes', async () => {
    const url = `/api/v1/products/${productId}?view=full`;
    const logged = async (target: TestApp['app']) => {
      const from = lines.length;
      await request(target).get(url).set('X-Request-Id', 'log-id').set('User-Agent', 'lane-test');
      await vi.waitFor(() => expect(lines.slice(from).some((line) => line.reqId === 'log-id')).toBe(true));
      const line = lines.slice(from).find((l) => l.reqId === 'log-id')!;
      expect(typeof line.responseTime).toBe('number');
      return without(line, 'time', 'responseTime', 'pid');
    };
    const routed = await logged(t.express);
    const { expressSaw, result: lane } = await throughExpress(() => logged(t.app));
    expect(expressSaw).toBe(0);
    expect(lane).toEqual(routed);
    expect(lane).toMatchObject({ level: 30, msg: `GET /${productId}?view=full 200`, req: { method: 'GET', url }, res: { statusCode: 200 }, requestId: 'log-id' });
  });

  it('when the lane answers, then the request metrics and cache hits count it as Express does', async () => {
    const url = `/api/v1/products/${productId}`;
    const counts = async () => {
      const text = (await request(t.express).get('/metrics')).text;
      const requests = Number(/^http_request_duration_seconds_count\{method="GET",route="\/api\/v1\/products\/:id",status="200"\} (\d+)/m.exec(text)?.[1] ?? 0);
      const hits = Number(/^cache_requests_total\{[^}]*outcome="hit"[^}]*\} (\d+)/m.exec(text)?.[1] ?? NaN);
      return { requests, hits };
    };
    const before = await counts();
    const { expressSaw } = await throughExpress(async () => {
      await request(t.app).get(url);
      await request(t.app).get(url);
    });
    await request(t.express).get(url);
    expect(expressSaw).toBe(0);
    const after = await counts();
    expect(after.requests - before.requests).toBe(3);
    if (!Number.isNaN(before.hits)) expect(after.hits - before.hits).toBe(3);
  });

  it('when the instance is draining, then the lane asks keep-alive clients to reconnect elsewhere', async () => {
    const draining = await createTestApp({ shareWith: t });
    try {
      await request(draining.express).get(`/api/v1/products/${productId}`);
      draining.lifecycle.startDraining();
      const { result, expressSaw } = await throughExpress(() => request(draining.app).get(`/api/v1/products/${productId}`), draining);
      expect(expressSaw).toBe(0);
      expect(result.headers.connection).toBe('close');
    } finally {
      await draining.close();
    }
  });
});

describe('the fast lane for GET /api/v1/products (the catalogue\'s first page)', () => {
  const url = '/api/v1/products';
  // The page is more than compression's threshold: a client that accepts gzip (supertest's default,
  // like a browser's) gets it compressed, by Express. This one does not ask (curl's default).
  const plain = (target: TestApp['app'], path = url) => request(target).get(path).unset('Accept-Encoding');
  // Read once through Express, so the page is in the cache as the catalogue now stands.
  const warm = async () => {
    await request(t.express).get(url);
    expect((await request(t.express).get(url)).headers['x-cache']).toBe('HIT');
  };

  it('when the first page is cached, then the lane answers with the status, headers and body Express gives', async () => {
    await warm();
    const { result: lane, expressSaw } = await throughExpress(() => plain(t.app).set('X-Request-Id', 'page'));
    const routed = await plain(t.express).set('X-Request-Id', 'page');
    expect(expressSaw).toBe(0);
    expect([lane.status, routed.status]).toEqual([200, 200]);
    expect(lane.text).toBe(routed.text);
    expect(comparable(lane.headers)).toEqual(comparable(routed.headers));
    expect(lane.headers).toMatchObject({ 'x-cache': 'HIT', etag: expect.stringMatching(/^W\//), vary: 'Origin, Authorization, Accept-Encoding' });
    expect(JSON.parse(lane.text).data.map((p: { id: string }) => p.id)).toContain(productId);
  });

  it('when a product is added, then the lane no longer has the old page, and has the new one once Express cached it', async () => {
    await warm();
    const owner = await registerUser(t.app);
    const added = await createProduct(t.app, owner.accessToken, { name: `Newest ${uniqueWord()}` });
    const { result: miss, expressSaw } = await throughExpress(() => plain(t.app));
    expect([expressSaw, miss.headers['x-cache']]).toEqual([1, 'MISS']);
    const { result: hit, expressSaw: second } = await throughExpress(() => plain(t.app));
    expect([second, hit.headers['x-cache']]).toEqual([0, 'HIT']);
    expect(hit.text).toBe(miss.text);
    expect(JSON.parse(hit.text).data.map((p: { id: string }) => p.id)).toContain(added.id);
  });

  it('when the request has a query string, a trailing slash or a validator, then Express answers it as before', async () => {
    await warm();
    const etag = (await request(t.express).get(url)).headers.etag!;
    const cases: Array<[string, (r: request.Test) => request.Test, number]> = [
      [`${url}?limit=20`, (r) => r, 200],
      [`${url}?limit=0`, (r) => r, 400],
      [`${url}/`, (r) => r, 200],
      [url, (r) => r.set('If-None-Match', etag), 304],
      [url, (r) => r.set('If-None-Match', '"stale"'), 200],
    ];
    for (const [path, dress, status] of cases) {
      const { result, expressSaw } = await throughExpress(() => dress(plain(t.app, path)));
      expect([expressSaw, result.status], path).toEqual([1, status]);
    }
  });

  it('when the client accepts compression, then Express answers with the page compressed', async () => {
    await warm();
    const { result: lane, expressSaw } = await throughExpress(() => request(t.app).get(url).set('Accept-Encoding', 'gzip').set('X-Request-Id', 'gz'));
    const routed = await request(t.express).get(url).set('Accept-Encoding', 'gzip').set('X-Request-Id', 'gz');
    expect(expressSaw).toBe(1);
    expect(lane.headers['content-encoding']).toBe('gzip');
    expect(lane.text).toBe(routed.text);
    expect(comparable(lane.headers)).toEqual(comparable(routed.headers));
  });

  it('when the lane answers the page, then the request metrics label it as Express does', async () => {
    await warm();
    const count = async () => Number(/^http_request_duration_seconds_count\{method="GET",route="\/api\/v1\/products",status="200"\} (\d+)/m.exec((await request(t.express).get('/metrics')).text)?.[1] ?? 0);
    const before = await count();
    const { expressSaw } = await throughExpress(() => plain(t.app));
    expect(expressSaw).toBe(0);
    expect((await count()) - before).toBe(1);
  });
});

describe('the fast lane for GET /api/v1/images/:file (a variant held in memory)', () => {
  let path: string;
  beforeAll(async () => {
    const owner = await registerUser(t.app);
    const product = await createProduct(t.app, owner.accessToken, { name: `Pictured ${uniqueWord()}` });
    const { image } = await addImage(t.app, owner.accessToken, product.id, await fixture.picture('jpeg', { hue: 120 }));
    path = srcsetPaths(image).find((p) => p.width === 480)!.path;
  });

  it('when a variant is served twice, then the first comes from the storage through Express and the second from the lane, byte for byte and header for header', async () => {
    const { result: first, expressSaw } = await throughExpress(() => binary(request(t.app).get(path).set('X-Request-Id', 'img')));
    expect([expressSaw, first.status]).toEqual([1, 200]);
    const { result: lane, expressSaw: second } = await throughExpress(() => binary(request(t.app).get(path).set('X-Request-Id', 'img')));
    const routed = await binary(request(t.express).get(path).set('X-Request-Id', 'img'));
    expect(second).toBe(0);
    expect(Buffer.compare(lane.body as Buffer, routed.body as Buffer)).toBe(0);
    expect(lane.headers).toEqual({ ...routed.headers, date: lane.headers.date });
    expect(lane.headers).toMatchObject({ 'content-type': 'image/webp', 'cross-origin-resource-policy': 'cross-origin', vary: 'Origin' });
    // Outside the API's rate limit, as the route is.
    expect(lane.headers.ratelimit).toBeUndefined();
  });

  it('when the client has the variant, then the lane answers 304 as Express does', async () => {
    await request(t.express).get(path);
    const etag = (await request(t.express).get(path)).headers.etag!;
    for (const ifNoneMatch of [etag, `W/${etag}`, '*']) {
      const { result: lane, expressSaw } = await throughExpress(() => request(t.app).get(path).set('If-None-Match', ifNoneMatch).set('X-Request-Id', 'c'));
      const routed = await request(t.express).get(path).set('If-None-Match', ifNoneMatch).set('X-Request-Id', 'c');
      expect([expressSaw, lane.status, routed.status], ifNoneMatch).toEqual([0, 304, 304]);
      expect({ ...lane.headers, date: '' }, ifNoneMatch).toEqual({ ...routed.headers, date: '' });
    }
  });

  it('when a name is not a variant\'s, or is spelled another way, then Express answers it', async () => {
    const name = path.slice('/api/v1/images/'.length);
    for (const other of [`/api/v1/images/${'0'.repeat(64)}-480.webp`, `/api/v1/images/${name}/`, `/API/V1/IMAGES/${name}`, `/api/v1/images/${name.replace('a', '%61')}`, '/api/v1/images/nope']) {
      const { result, expressSaw } = await throughExpress(() => request(t.app).get(other));
      const routed = await request(t.express).get(other);
      expect([expressSaw, result.status], other).toEqual([1, routed.status]);
    }
  });
});

describe('the fast lane and the shared rate limit', () => {
  // A second instance of the same deployment with a limit of 3 per client, behind a proxy on
  // loopback, so each test gives its client an address of its own (X-Forwarded-For).
  let limited: TestApp;
  beforeAll(async () => {
    limited = await createTestApp({ shareWith: t, env: { RATE_LIMIT_MAX: '3', TRUST_PROXY: 'loopback' } });
  });
  afterAll(() => limited.close());
  const client = () => `203.0.113.${Math.floor(Math.random() * 250) + 1}`;

  it('when a client goes past the limit, then it is refused with the app’s own 429 whichever path it took', async () => {
    const url = `/api/v1/products/${productId}`;
    const from = client();
    const answers = [];
    for (const target of [limited.app, limited.express, limited.app, limited.app, limited.express]) {
      answers.push(await request(target).get(url).set('X-Forwarded-For', from).set('X-Request-Id', 'limit'));
    }
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 429, 429]);
    expect(answers.slice(0, 3).map((a) => remaining(a.headers))).toEqual([2, 1, 0]);
    const [viaLane, viaExpress] = [answers[3]!, answers[4]!];
    expect(viaLane.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(viaLane.body).toEqual(viaExpress.body);
    expect(viaLane.body.code).toBe('rate_limited');
    const { 'retry-after': laneRetry, ...laneRest } = comparable(viaLane.headers);
    const { 'retry-after': expressRetry, ...expressRest } = comparable(viaExpress.headers);
    expect(laneRest).toEqual(expressRest);
    expect(Math.abs(Number(laneRetry) - Number(expressRetry))).toBeLessThanOrEqual(1);
    // Another client behind the same proxy has its own count.
    expect((await request(limited.app).get(url).set('X-Forwarded-For', client() === from ? '198.51.100.1' : client())).status).toBe(200);
  });

  it('when Redis cannot be reached, then the lane leaves the read to Express and the limit still holds (in memory)', async () => {
    const cut = await createTestApp({ shareWith: t, env: { RATE_LIMIT_MAX: '3', TRUST_PROXY: 'loopback' } });
    try {
      await request(cut.express).get(`/api/v1/products/${productId}`);
      cut.redis!.disconnect();
      const from = client();
      const statuses = [];
      let sawExpress = 0;
      for (let i = 0; i < 4; i++) {
        const { result, expressSaw } = await throughExpress(() => request(cut.app).get(`/api/v1/products/${productId}`).set('X-Forwarded-For', from), cut);
        statuses.push([result.status, result.headers['x-cache']]);
        sawExpress += expressSaw;
      }
      // Served from the database (the cache fails open), limited from memory (the limit fails closed).
      expect(statuses).toEqual([[200, 'MISS'], [200, 'MISS'], [200, 'MISS'], [429, undefined]]);
      expect(sawExpress).toBe(4);
    } finally {
      await cut.close();
    }
  });
});
