// The shortcuts taken on the HTTP hot path for the benchmark targets (benchmarks/RESULTS.md) keep
// what a client sees and what the logs say: these pin the headers, bodies and log lines.
import { spawn } from 'node:child_process';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Writable } from 'node:stream';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AppError } from '../src/lib/errors.js';
import { accessLog } from '../src/lib/http/access-log.js';
import { requestId } from '../src/lib/http/request-id.js';
import { helmetOptions, precomputedHeaders } from '../src/lib/http/security-headers.js';
import { createLogger, type Logger } from '../src/lib/logger.js';
import { createTestApp, type TestApp } from './support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** A copy without the named fields (Date and time differ between two responses a moment apart). */
const without = (fields: Record<string, unknown>, ...names: string[]) =>
  Object.fromEntries(Object.entries(fields).filter(([name]) => !names.includes(name)));

describe('GET /health, written without res.json', () => {
  it('when probed, then the JSON body comes with its type, exact length, no-store and the request id', async () => {
    const res = await request(t.app).get('/health').set('X-Request-Id', 'probe-1');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(Number(res.headers['content-length'])).toBe(Buffer.byteLength(res.text));
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-request-id']).toBe('probe-1');
    expect(JSON.parse(res.text)).toEqual({ status: 'ok', uptime: expect.any(Number), timestamp: expect.any(String), version: expect.any(String) });
    // No ETag: it hashed a body that changes every second and that no cache may keep anyway.
    expect(res.headers.etag).toBeUndefined();
  });

  it('when probed with HEAD, then the same headers come without a body', async () => {
    const get = await request(t.app).get('/health');
    const head = await request(t.app).head('/health');
    expect(head.status).toBe(200);
    expect(head.text).toBeFalsy();
    expect(head.headers['content-type']).toBe(get.headers['content-type']);
    expect(head.headers['cache-control']).toBe('no-store');
    expect(Number(head.headers['content-length'])).toBeGreaterThan(0);
  });

  it('when answered before Express (/health) or through it (/HEALTH), then the headers are the same', async () => {
    const front = await request(t.app).get('/health').set('X-Request-Id', 'same');
    const routed = await request(t.app).get('/HEALTH').set('X-Request-Id', 'same');
    expect(routed.status).toBe(200);
    expect(without(front.headers, 'date')).toEqual(without(routed.headers, 'date'));
    expect(Object.keys(JSON.parse(front.text))).toEqual(Object.keys(JSON.parse(routed.text)));
    // An unsafe id is replaced on both paths.
    expect((await request(t.app).get('/health').set('X-Request-Id', 'bad id <script>')).headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('when probed, then each probe is one observation in the request metrics', async () => {
    const count = async () => {
      const text = (await request(t.app).get('/metrics')).text;
      return Number(/^http_request_duration_seconds_count\{method="GET",route="\/health",status="200"\} (\d+)/m.exec(text)?.[1] ?? 0);
    };
    const before = await count();
    await request(t.app).get('/health');
    await request(t.app).get('/health?verbose=1');
    expect((await count()) - before).toBe(2);
  });

  it('when the instance is draining, then the probe still asks keep-alive clients to reconnect elsewhere', async () => {
    const draining = await createTestApp({ shareWith: t });
    try {
      draining.lifecycle.startDraining();
      const res = await request(draining.app).get('/health');
      expect(res.status).toBe(200);
      expect(res.headers.connection).toBe('close');
    } finally {
      await draining.close();
    }
  });
});

describe('security headers computed once', () => {
  it('when any response is sent, then it carries exactly the headers helmet itself would set', async () => {
    const plain = express().disable('x-powered-by').use(helmet()).get('/x', (_req, res) => res.json({ ok: true }));
    const replayed = express().disable('x-powered-by').use(precomputedHeaders(helmet())).get('/x', (_req, res) => res.json({ ok: true }));
    const strip = (headers: Record<string, unknown>) => without(headers, 'date');
    const expected = strip((await request(plain).get('/x')).headers);
    expect(strip((await request(replayed).get('/x')).headers)).toEqual(expected);
    expect(expected['content-security-policy']).toMatch(/default-src 'self'/);
    // And through the real app (a test config: helmet without the production-only headers): a 404 under /api carries them too.
    const nonProduction = express().disable('x-powered-by').use(helmet(helmetOptions(false))).get('/x', (_req, res) => res.json({ ok: true }));
    const expectedHere = strip((await request(nonProduction).get('/x')).headers);
    const res = await request(t.app).get('/api/v1/nothing');
    for (const name of Object.keys(expectedHere).filter((h) => /^(content-security|cross-origin|origin-agent|referrer|strict-transport|x-)/.test(h) && h !== 'x-request-id')) {
      expect(res.headers[name], name).toBe(expectedHere[name]);
    }
  });

  it('when the middleware would read the request, then precomputing it is refused', () => {
    expect(() => precomputedHeaders((req, res, next) => {
      res.setHeader('X-Echo', String(req.headers.host));
      next();
    })).toThrow(/reads req\.headers/);
  });
});

describe('access log written without pino-http', () => {
  // What pino-http wrote, configured as it was before (the reference for the fields).
  function before(logger: Logger) {
    return pinoHttp({
      logger,
      genReqId: (_req, res) => (res as ServerResponse & { locals?: { requestId?: string } }).locals?.requestId ?? '',
      quietReqLogger: true,
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
      serializers: {
        req: (req: IncomingMessage & { id?: string }) => ({ method: req.method, url: req.url, remoteAddress: req.socket?.remoteAddress }),
        res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
      },
      customSuccessMessage: (req, res) => `${req.method} ${req.url} ${res.statusCode}`,
      customErrorMessage: (req, res) => `${req.method} ${req.url} ${res.statusCode}`,
    });
  }

  function appWith(log: (logger: Logger) => RequestHandler) {
    const lines: Record<string, unknown>[] = [];
    const stream = new Writable({
      write(chunk, _enc, done) {
        lines.push(JSON.parse(String(chunk)));
        done();
      },
    });
    const logger = createLogger('info', stream);
    const router = express.Router();
    router.get('/items/:id', (req, res) => {
      if (req.params.id === 'missing') throw new AppError(404, 'not_found', 'no');
      if (req.params.id === 'broken') throw new Error('boom');
      res.json({ id: req.params.id });
    });
    const app = express().use(requestId).use(log(logger)).use('/api', router);
    // Four parameters make it error middleware; once headers are out, Express's own handler ends the response.
    app.use((err: unknown, _req: Request, res: Response, next: NextFunction) => {
      if (res.headersSent) return next(err);
      res.status(err instanceof AppError ? err.status : 500).json({});
    });
    return { app, lines };
  }

  it('when requests succeed, fail with 4xx or with 5xx, then every line has the fields, level and message it had before', async () => {
    const old = appWith(before);
    const lean = appWith(accessLog);
    for (const path of ['/api/items/1?x=1', '/api/items/missing', '/api/items/broken']) {
      await request(old.app).get(path).set('X-Request-Id', 'same-id');
      await request(lean.app).get(path).set('X-Request-Id', 'same-id');
    }
    await vi.waitFor(() => expect(lean.lines).toHaveLength(3));
    await vi.waitFor(() => expect(old.lines).toHaveLength(3));
    const comparable = (line: Record<string, unknown>) => {
      const { responseTime, err, ...rest } = without(line, 'time');
      expect(typeof responseTime).toBe('number');
      return { ...rest, err: err ? { type: (err as { type: string }).type, message: (err as { message: string }).message } : undefined };
    };
    expect(lean.lines.map(comparable)).toEqual(old.lines.map(comparable));
    expect(lean.lines.map((l) => [l.level, l.msg])).toEqual([
      [30, 'GET /items/1?x=1 200'],
      [40, 'GET /api/items/missing 404'],
      [50, 'GET /api/items/broken 500'],
    ]);
    expect(lean.lines[0]).toMatchObject({ reqId: 'same-id', requestId: 'same-id', req: { method: 'GET', url: '/api/items/1?x=1' }, res: { statusCode: 200 } });
  });
});

describe('logs to stdout in batches', () => {
  it('when a line is logged, then it is out within the flush interval, and what is left is written at exit', async () => {
    const script = [
      `import { createLogger } from ${JSON.stringify(new URL('../src/lib/logger.ts', import.meta.url).pathname)};`,
      `const logger = createLogger('info');`,
      `logger.info('first');`,
      `setTimeout(() => { logger.info('last'); process.exit(0); }, 1000);`,
    ].join('\n');
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    const seen: Array<{ msg: string; at: number }> = [];
    const started = Date.now();
    let partial = '';
    child.stdout.on('data', (chunk: Buffer) => {
      const lines = (partial + chunk.toString()).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) seen.push({ msg: (JSON.parse(line) as { msg: string }).msg, at: Date.now() - started });
    });
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(seen.map((s) => s.msg)).toEqual(['first', 'last']);
    // Well before the second line: it did not wait for the exit.
    expect(seen[0]!.at).toBeLessThan(seen[1]!.at - 300);
  });
});
