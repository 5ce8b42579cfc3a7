import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { HelmetOptions } from 'helmet';

/**
 * Helmet's defaults, except that HSTS and CSP's upgrade-insecure-requests are production-only: in
 * development the app is plain HTTP on localhost, and a browser that once sees HSTS for localhost
 * keeps forcing HTTPS onto every local port for a year.
 */
export function helmetOptions(production: boolean): HelmetOptions {
  if (production) return {};
  return {
    strictTransportSecurity: false,
    contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } },
  };
}

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void;

/**
 * Runs a header-setting middleware (helmet) once, at start, and returns one that writes the same
 * headers. Helmet's default policy is static (no nonces, nothing read from the request), so the
 * result is identical on every request; replaying it skips a dozen sub-middleware calls per request
 * (benchmarks/layers.ts builds its helmet layer this way). Refuses a middleware
 * whose output depends on the request or that does anything but set and remove headers.
 */
export function precomputedHeaders(middleware: Middleware): RequestHandler {
  const apply = recordedHeaders(middleware);
  return (_req: Request, res: Response, next: NextFunction) => {
    apply(res);
    next();
  };
}

/** The same, as a function writing the headers on a bare response (lib/http/fast-lane.ts). */
export function recordedHeaders(middleware: Middleware): (res: ServerResponse) => void {
  const set: Array<[string, string | number | readonly string[]]> = [];
  const removed: string[] = [];
  const recorder = {
    setHeader(name: string, value: string | number | readonly string[]) {
      set.push([name, value]);
      return recorder;
    },
    removeHeader(name: string) {
      removed.push(name);
    },
  };
  let called = false;
  const request = new Proxy({} as IncomingMessage, {
    get(_target, key) {
      throw new Error(`precomputedHeaders: the middleware reads req.${String(key)}, so its headers may vary per request`);
    },
  });
  middleware(request, recorder as unknown as ServerResponse, (err) => {
    if (err) throw err instanceof Error ? err : new Error('precomputedHeaders: the middleware failed', { cause: err });
    called = true;
  });
  if (!called) throw new Error('precomputedHeaders: the middleware did not finish synchronously');

  return (res) => {
    for (let i = 0; i < removed.length; i++) res.removeHeader(removed[i]!);
    for (let i = 0; i < set.length; i++) res.setHeader(set[i]![0], set[i]![1]);
  };
}
