// The /health front door wraps the Express app from outside, as a node:http request listener: no
// Express internals are replaced. The answers themselves are pinned against the real app's in
// metrics-hot-path-http.test.ts; these pin the seam.
import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { withFrontDoor } from '../src/lib/http/front-door.js';
import { createLifecycle } from '../src/lib/lifecycle.js';
import { createMetrics } from '../src/lib/metrics.js';
import { writeLiveness } from '../src/modules/health/index.js';

function wrapped() {
  const seen: string[] = [];
  const app = express().use((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    res.status(418).json({ from: 'express' });
  });
  const handle = (app as unknown as { handle: unknown }).handle;
  const metrics = createMetrics();
  const lifecycle = createLifecycle();
  const listener = withFrontDoor(app, { metrics, lifecycle, live: (res) => writeLiveness(res, 'test') });
  return { app, handle, listener, seen, metrics, lifecycle };
}

describe('the /health front door', () => {
  it('when the app is wrapped, then the app itself is left untouched', () => {
    const { app, handle } = wrapped();
    expect((app as unknown as { handle: unknown }).handle).toBe(handle);
  });

  it('when GET or HEAD /health arrives, then the front door answers and Express never sees it', async () => {
    const { listener, seen, metrics } = wrapped();
    const get = await request(listener).get('/health?verbose=1').set('X-Request-Id', 'probe-1');
    expect(get.status).toBe(200);
    expect(get.headers['x-request-id']).toBe('probe-1');
    expect(JSON.parse(get.text)).toMatchObject({ status: 'ok', version: 'test' });
    expect((await request(listener).head('/health')).status).toBe(200);
    expect(seen).toEqual([]);
    const observed = await metrics.registry.getSingleMetricAsString('http_request_duration_seconds');
    expect(observed).toMatch(/_count\{method="GET",route="\/health",status="200"\} 1$/m);
    expect(observed).toMatch(/_count\{method="HEAD",route="\/health",status="200"\} 1$/m);
  });

  it('when the instance is draining, then the probe answer asks the client to reconnect elsewhere', async () => {
    const { listener, lifecycle } = wrapped();
    lifecycle.startDraining();
    expect((await request(listener).get('/health')).headers.connection).toBe('close');
  });

  it('when any other request arrives, then the Express app answers it', async () => {
    const { listener, seen } = wrapped();
    for (const [method, path] of [['get', '/HEALTH'], ['get', '/health/'], ['get', '/healthz'], ['post', '/health'], ['get', '/health/ready']] as const) {
      expect((await request(listener)[method](path)).status, `${method} ${path}`).toBe(418);
    }
    expect(seen).toEqual(['GET /HEALTH', 'GET /health/', 'GET /healthz', 'POST /health', 'GET /health/ready']);
  });
});
