import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import proxyaddr from 'proxy-addr';
import type { Lifecycle } from '../lifecycle.js';
import type { Metrics } from '../metrics.js';
import { requestContext } from '../request-context.js';
import type { LimitCounter } from './rate-limit.js';
import { pickRequestId } from './request-id.js';

/** What a fast route answers from its fast source (a cache hit); anything else it leaves to the app. */
interface FastAnswer {
  status: 200 | 304;
  /** The route's own headers, as its controller sets them (Cache-Control, X-Cache, ETag, ...). */
  headers: Array<[string, string]>;
  /** What the route adds to Vary after the edge's Origin, as its controller does (e.g. Authorization). */
  vary: string[];
  /** A 200's body: JSON unless `contentType` says otherwise. */
  body?: string | Buffer;
  /** The body's Content-Type, when it is not JSON. */
  contentType?: string;
  /**
   * Whether compression() in app.ts would compress the body for a client that accepts it (its type
   * is compressible: JSON is, a WebP is not). Such a body of 1 kB or more goes to the app; only a
   * compressible body gets `Vary: Accept-Encoding`, as compression() adds it. Default true.
   */
  compressible?: boolean;
}

export interface FastRoute {
  /** The route's pattern in the request metrics, as lib/http/metrics.ts labels it. */
  label: string;
  /** The path the app's routers strip before the route sees req.url (the access log's message shows the rest). */
  mount: string;
  /**
   * From the URL alone: the path below the mount, and the query string (without its "?"; undefined
   * when the URL has none). The route's parameter, or undefined when the route is not this one.
   */
  match(path: string, query: string | undefined): string | undefined;
  /** Whether the route is behind the API's rate limit (app.ts); default true. */
  limited?: boolean;
  /** The answer, or null when the fast source cannot give it (the app then serves the request). */
  answer(param: string, req: IncomingMessage): Promise<FastAnswer | null>;
}

export interface FastLaneOptions {
  routes: FastRoute[];
  /** The limiter every /api/v1 request passes (app.ts), to count the request exactly once (a route that is `limited`). */
  limiter: LimitCounter;
  /** The app's `trust proxy` as compiled by Express, so the client address (and limit key) is req.ip's. */
  trustProxy: (address: string, hop: number) => boolean;
  /** The app's security headers (helmet, recorded once: security-headers.ts). */
  securityHeaders: (res: ServerResponse) => void;
  /** The app's access-log middleware (access-log.ts): the same instance writes the lane's lines. */
  accessLog: (req: Request, res: Response, next: NextFunction) => void;
  metrics: Metrics;
  lifecycle: Lifecycle;
}

// compression() in app.ts, with its defaults: JSON of at least this many bytes is compressed for a
// client that accepts it. The lane never compresses; such an answer goes through the app.
const COMPRESSION_THRESHOLD = 1024;

/**
 * A lane beside the Express app for cached reads: a request it recognises is answered from the cache
 * with everything the app's middleware would add (request id, draining, security headers, Vary, the
 * shared rate limit and its headers, the access-log line, one observation in the request metrics),
 * without Express's request and response prototypes or its three levels of router dispatch, which
 * cost more than the read itself (benchmarks/RESULTS.md, "Issue 20"). Any request it cannot answer
 * exactly as the app would goes to the app: before counting when the request alone says so (another
 * method, a body, credentials, an Origin, an unknown path), after counting when the answer does (not
 * in the cache, over the limit, a body the app would compress), and then with its count handed to the
 * app's limiter, so it is counted once and refused there with the app's own 429.
 *
 * Returns the listener to serve with: this lane, then the app.
 */
export function withFastLane(app: RequestListener, options: FastLaneOptions): RequestListener {
  return (req, res) => {
    const taken = recognise(req, options.routes);
    if (taken) serve(req, res, taken.route, taken.param, app, options);
    else app(req, res);
  };
}

function recognise(req: IncomingMessage, routes: FastRoute[]): { route: FastRoute; param: string } | undefined {
  if (req.method !== 'GET') return undefined;
  const { headers } = req;
  // Credentials (the app authenticates them), a cross-origin caller (CORS headers), a body (the
  // app parses it, and may refuse it), a conditional the app's send() would weigh as well.
  if (headers.authorization !== undefined || headers.origin !== undefined || headers['content-length'] !== undefined || headers['transfer-encoding'] !== undefined || headers['if-modified-since'] !== undefined) {
    return undefined;
  }
  const url = req.url ?? '';
  const queryAt = url.indexOf('?');
  const path = queryAt < 0 ? url : url.slice(0, queryAt);
  const query = queryAt < 0 ? undefined : url.slice(queryAt + 1);
  for (const route of routes) {
    if (!path.startsWith(route.mount)) continue;
    const param = route.match(path.slice(route.mount.length), query);
    if (param !== undefined) return { route, param };
  }
  return undefined;
}

function serve(req: IncomingMessage, res: ServerResponse, route: FastRoute, param: string, app: RequestListener, options: FastLaneOptions): void {
  const started = performance.now();
  const ip = proxyaddr(req, options.trustProxy);
  const header = req.headers['x-request-id'];
  const requestId = pickRequestId(Array.isArray(header) ? header[0] : header);
  const limiter = route.limited === false ? null : options.limiter;
  const key = limiter?.keyOf(ip);
  // The count and the answer are asked for at once: with auto-pipelining (lib/redis.ts) their
  // commands share the client's writes to Redis with the other requests' of the same moment.
  let handed = false;
  requestContext.run({ requestId, ip, userAgent: req.headers['user-agent'] }, async () => {
    const [counted, answer] = await Promise.all([limiter?.count(key!), route.answer(param, req).catch(() => null)]);
    const length = answer?.body === undefined ? 0 : typeof answer.body === 'string' ? Buffer.byteLength(answer.body) : answer.body.length;
    const servable = answer !== null && (counted === undefined || counted.totalHits <= limiter!.limit) && !compressedByTheApp(req, answer, length);
    if (!servable) {
      if (counted !== undefined) limiter!.adopt(key!, counted);
      handed = true;
      app(req, res);
      return;
    }
    write(req, res, route, answer, length, counted === undefined ? [] : limiter!.headers(key!, counted), requestId, started, options);
  }).catch(() => {
    // Nothing here should throw; if something does before the answer is written, the app serves
    // the request (and counts it itself), so the client still gets the app's answer.
    if (!handed && !res.headersSent) app(req, res);
    else if (!res.writableEnded) res.destroy();
  });
}

/** `length`: the body's size in bytes. */
function compressedByTheApp(req: IncomingMessage, answer: FastAnswer, length: number): boolean {
  if (answer.body === undefined || answer.compressible === false || req.headers['accept-encoding'] === undefined) return false;
  return length >= COMPRESSION_THRESHOLD;
}

function write(
  req: IncomingMessage,
  res: ServerResponse,
  route: FastRoute,
  answer: FastAnswer,
  length: number,
  limitHeaders: Array<[string, string]>,
  requestId: string,
  started: number,
  { securityHeaders, accessLog, metrics, lifecycle }: FastLaneOptions,
): void {
  res.on('close', () => {
    metrics.observeRequest('GET', route.label, res.writableFinished ? String(res.statusCode) : 'aborted', (performance.now() - started) / 1000);
  });
  // The access log reads what Express would have put on req and res: the URL as received, the
  // request id, and (for the message) the URL as the route saw it, below its mount.
  const expressLike = req as IncomingMessage & { originalUrl: string };
  expressLike.originalUrl = req.url!;
  (res as ServerResponse & { locals: object }).locals = { requestId };
  accessLog(expressLike as unknown as Request, res as unknown as Response, noop);
  req.url = req.url!.slice(route.mount.length);

  res.statusCode = answer.status;
  res.setHeader('X-Request-Id', requestId);
  if (lifecycle.draining) res.setHeader('Connection', 'close');
  securityHeaders(res);
  for (const [name, value] of limitHeaders) res.setHeader(name, value);
  for (const [name, value] of answer.headers) res.setHeader(name, value);
  // Origin (app.ts, every answer), the route's own, and compression's for a body of its kind.
  const vary = ['Origin', ...answer.vary];
  if (answer.body !== undefined && answer.compressible !== false) vary.push('Accept-Encoding');
  res.setHeader('Vary', vary.join(', '));
  if (answer.body === undefined) {
    res.end();
    return;
  }
  res.setHeader('Content-Type', answer.contentType ?? 'application/json; charset=utf-8');
  res.setHeader('Content-Length', length);
  res.end(answer.body);
}

function noop(): void {}
