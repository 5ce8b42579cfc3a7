import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import { unauthorized } from '../errors.js';
import type { Metrics } from '../metrics.js';
import { routeNotFound } from './not-found.js';

/**
 * Times every request and records it once, when the response is over ('close' also fires for a
 * client that went away mid-response: those are labelled status="aborted"). Mounted first, so the
 * time includes all middleware. The cost per request is one listener and one histogram observation.
 */
export function requestMetrics(metrics: Metrics): RequestHandler {
  return (req, res, next) => {
    const started = performance.now();
    res.on('close', () => {
      const status = res.writableFinished ? String(res.statusCode) : 'aborted';
      metrics.observeRequest(req.method, routeLabel(req), status, (performance.now() - started) / 1000);
      // Set by the rate limiter's 429 handler (lib/http/rate-limit.ts), whichever module built it.
      const limiter = (res.locals as { rateLimitedBy?: string }).rateLimitedBy;
      if (limiter) metrics.countRateLimited(limiter);
    });
    next();
  };
}

/**
 * The matched route's pattern under its mount path ("/api/v1/products/:id"), or "unmatched": never
 * the raw URL, which would give every id its own time series.
 *
 * req.baseUrl cannot be trusted here: a router puts it back to its parent's value when an error leaves
 * it, so after a 4xx thrown in /api/v1/products/:id it reads "". The mount path is instead the request
 * path without as many trailing segments as the route pattern has. It is lower-cased because routing
 * ignores case, so "/API/V1/..." must not open a new series.
 */
export function routeLabel(req: Request): string {
  const pattern = (req.route as { path?: string | RegExp | (string | RegExp)[] } | undefined)?.path;
  if (pattern === undefined) return 'unmatched';
  // A RegExp route (the SPA fallback) or a pattern whose segments can't be counted (wildcards,
  // optional groups): fall back to baseUrl, right whenever the route answered itself.
  if (typeof pattern !== 'string' || /[*{(]/.test(pattern)) return req.baseUrl.toLowerCase() + String(pattern);
  let path = req.originalUrl;
  const query = path.indexOf('?');
  if (query >= 0) path = path.slice(0, query);
  // Non-strict routing also matched "/products/" for "/products".
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  let cut = path.length;
  if (pattern !== '/') {
    for (let i = 0; i < pattern.length; i++) if (pattern[i] === '/') cut = path.lastIndexOf('/', cut - 1);
  }
  const mount = path.slice(0, Math.max(cut, 0)).toLowerCase();
  if (pattern === '/') return mount || '/';
  return mount + pattern;
}

export interface MetricsEndpointOptions {
  /** METRICS_TOKEN: when set, a scrape must send `Authorization: Bearer <token>`. */
  token: string | undefined;
  /** Whether /metrics is served without a token (development and test); never in production. */
  openWithoutToken: boolean;
}

/**
 * GET /metrics in the Prometheus text format. With a token configured it is required in every
 * environment; without one, it is open in development and test and does not exist in production (a
 * 404 like any unknown route), so that internal figures are never public by accident.
 */
export function metricsEndpoint(metrics: Metrics, options: MetricsEndpointOptions): RequestHandler {
  if (!options.token && !options.openWithoutToken) return routeNotFound;
  const expected = options.token ? digest(options.token) : null;
  return async (req: Request, res: Response) => {
    if (expected && !presents(req, expected)) throw unauthorized('A valid metrics token is required', 'unauthorized');
    const body = await metrics.registry.metrics();
    res.setHeader('Content-Type', metrics.registry.contentType);
    res.setHeader('Cache-Control', 'no-store');
    res.end(body);
  };
}

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

// Digests of equal length make the comparison constant-time whatever the client sent.
function presents(req: Request, expected: Buffer): boolean {
  const match = /^Bearer (.+)$/i.exec(req.get('authorization') ?? '');
  return !!match && timingSafeEqual(digest(match[1]!), expected);
}
