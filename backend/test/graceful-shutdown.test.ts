import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gracefulShutdown, listen } from '../src/lib/http/graceful-server.js';
import { createTestApp, type TestApp } from './support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function serve(graceMs: number) {
  const outer = express();
  // A slow route in front of the real app stands for a long request in flight.
  outer.get('/slow/:ms', (req, res) => {
    setTimeout(() => res.json({ finished: true }), Number(req.params.ms));
  });
  outer.use(t.app);
  const server = await listen(outer, '127.0.0.1', 0);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let resourcesClosed = false;
  const shutdown = gracefulShutdown({
    server,
    lifecycle: t.lifecycle,
    graceMs,
    logger: t.logger,
    closeResources: () => {
      resourcesClosed = true;
      return Promise.resolve();
    },
  });
  return { base, shutdown, resourcesClosed: () => resourcesClosed };
}

describe('graceful shutdown', () => {
  it('when shutdown starts during a request, then that request finishes, new connections are refused and resources close after', async () => {
    const { base, shutdown, resourcesClosed } = await serve(5_000);
    const inFlight = fetch(`${base}/slow/400`);
    await new Promise((r) => setTimeout(r, 100));
    const done = shutdown();

    expect(t.lifecycle.draining).toBe(true);
    await expect(fetch(`${base}/health`)).rejects.toThrow();
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ finished: true });
    await done;
    expect(resourcesClosed()).toBe(true);
  });

  it('when a request outlives the grace period, then it is cut and shutdown still completes', async () => {
    const { base, shutdown, resourcesClosed } = await serve(200);
    const inFlight = fetch(`${base}/slow/5000`);
    await new Promise((r) => setTimeout(r, 100));
    const started = Date.now();
    await shutdown();
    expect(Date.now() - started).toBeLessThan(2_000);
    await expect(inFlight).rejects.toThrow();
    expect(resourcesClosed()).toBe(true);
  });
});
