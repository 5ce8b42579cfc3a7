import type { ServerResponse } from 'node:http';
import type { Request, Response } from 'express';
import { sendProblem } from '../../lib/http/problem.js';
import { liveness, readiness, type HealthDeps } from './health.service.js';

/**
 * The liveness answer, on a bare node:http response too (lib/http/front-door.ts answers GET /health
 * before Express). Written directly rather than with res.json: Express's send path (content-type
 * lookup, a SHA-1 ETag of a body that changes every second and is marked no-store anyway) was about a
 * third of the probe's CPU time (benchmarks/RESULTS.md). HEAD gets the same headers, no body (node:http).
 */
export function writeLiveness(res: ServerResponse, version: string): void {
  const body = JSON.stringify(liveness(version));
  res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-store' });
  res.end(body);
}

export function healthController(deps: HealthDeps) {
  // Arrow functions rather than methods: the router is handed each handler on its own, detached from
  // this object, and an arrow function has no `this` to lose.
  return {
    live: (_req: Request, res: Response) => {
      writeLiveness(res, deps.version);
    },
    ready: async (_req: Request, res: Response) => {
      res.setHeader('Cache-Control', 'no-store');
      const report = await readiness(deps);
      if (report.status !== 'unavailable') {
        res.json(report);
        return;
      }
      // Not ready is still a problem document, so every non-2xx answer has one shape.
      sendProblem(res, {
        status: 503,
        code: report.draining ? 'draining' : 'not_ready',
        detail: report.draining ? 'The instance is shutting down' : 'The database is unavailable',
        extensions: { checks: report.checks },
      });
    },
  };
}
