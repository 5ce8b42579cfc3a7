import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Lifecycle } from '../lifecycle.js';
import type { Metrics } from '../metrics.js';
import { pickRequestId } from './request-id.js';

export interface FrontDoorOptions {
  metrics: Metrics;
  lifecycle: Lifecycle;
  /** Writes the liveness answer on a bare response (the health module's writeLiveness). */
  live: (res: ServerResponse) => void;
}

/**
 * The server's request listener: answers `GET|HEAD /health` before Express sees the request and
 * hands everything else to the app (an Express app is itself a request listener, and so is the
 * fast lane in front of it, fast-lane.ts). A balancer probes
 * every instance every few seconds, and Express's own work per request (prototype swaps, a dozen
 * router layers) was most of the probe's cost (benchmarks/RESULTS.md). The answer is the one the
 * app's middleware and the health route give: the same X-Request-Id rule, `Connection: close` while
 * draining, the same function writing the body, and one observation in the request metrics. Any
 * other spelling (/HEALTH, /health/) still goes through Express to the same controller.
 */
export function withFrontDoor(app: RequestListener, options: FrontDoorOptions): RequestListener {
  return (req, res) => {
    if (isLivenessProbe(req)) answerLiveness(req, res, options);
    else app(req, res);
  };
}

function isLivenessProbe(req: IncomingMessage): boolean {
  const url = req.url ?? '';
  return (req.method === 'GET' || req.method === 'HEAD') && (url === '/health' || url.startsWith('/health?'));
}

function answerLiveness(req: IncomingMessage, res: ServerResponse, { metrics, lifecycle, live }: FrontDoorOptions): void {
  const started = performance.now();
  const header = req.headers['x-request-id'];
  res.setHeader('X-Request-Id', pickRequestId(Array.isArray(header) ? header[0] : header));
  if (lifecycle.draining) res.setHeader('Connection', 'close');
  live(res);
  metrics.observeRequest(req.method!, '/health', String(res.statusCode), (performance.now() - started) / 1000);
}
