import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Express } from 'express';
import type { Lifecycle } from '../lifecycle.js';
import type { Metrics } from '../metrics.js';
import { pickRequestId } from './request-id.js';

export interface FrontDoorOptions {
  metrics: Metrics;
  lifecycle: Lifecycle;
  /** Writes the liveness answer on a bare response (the health module's writeLiveness). */
  live: (res: ServerResponse) => void;
}

type Handle = (req: IncomingMessage, res: ServerResponse, callback?: (err?: unknown) => void) => void;

/**
 * Answers `GET|HEAD /health` before Express sees the request. A balancer probes every instance
 * every few seconds, and Express's own work per request (prototype swaps, a dozen router layers)
 * was most of the probe's cost (benchmarks/RESULTS.md). The answer is the one the app's middleware
 * and the health route give: the same X-Request-Id rule, `Connection: close` while draining, the
 * same function writing the body, and one observation in the request metrics. Any other spelling
 * (/HEALTH, /health/) still goes through Express to the same controller.
 */
export function installFrontDoor(app: Express, options: FrontDoorOptions): void {
  const express = app as unknown as { handle: Handle };
  const handle = express.handle.bind(app);
  express.handle = (req, res, callback) => {
    const url = req.url ?? '';
    if ((req.method === 'GET' || req.method === 'HEAD') && (url === '/health' || url.startsWith('/health?'))) {
      const started = performance.now();
      const header = req.headers['x-request-id'];
      res.setHeader('X-Request-Id', pickRequestId(Array.isArray(header) ? header[0] : header));
      if (options.lifecycle.draining) res.setHeader('Connection', 'close');
      options.live(res);
      options.metrics.observeRequest(req.method, '/health', String(res.statusCode), (performance.now() - started) / 1000);
      return;
    }
    handle(req, res, callback);
  };
}
