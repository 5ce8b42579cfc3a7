import { createServer, type Server } from 'node:http';
import type { RequestListener } from 'node:http';
import type { Lifecycle } from '../lifecycle.js';
import type { Logger } from '../logger.js';

export async function listen(handler: RequestListener, host: string, port: number): Promise<Server> {
  const server = createServer(handler);
  // Longer than a load balancer's idle timeout, so the balancer (not us) closes idle keep-alive sockets.
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return server;
}

interface ShutdownOptions {
  server: Server;
  lifecycle: Lifecycle;
  graceMs: number;
  logger: Logger;
  /** Closes database, cache and anything else once no request is running. */
  closeResources: () => Promise<void>;
}

/**
 * Readiness turns 503, the listener stops accepting, idle keep-alive sockets close, in-flight
 * requests run to completion (or are cut at the grace period), then resources close.
 * Calling it again returns the same promise.
 */
export function gracefulShutdown(options: ShutdownOptions): () => Promise<void> {
  let done: Promise<void> | undefined;
  return () => {
    done ??= run(options);
    return done;
  };
}

async function run({ server, lifecycle, graceMs, logger, closeResources }: ShutdownOptions): Promise<void> {
  logger.info({ graceMs }, 'shutting down: draining in-flight requests');
  lifecycle.startDraining();
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const timer = setTimeout(() => {
    logger.warn('grace period over: closing the remaining connections');
    server.closeAllConnections();
  }, graceMs);
  await closed;
  clearTimeout(timer);
  await closeResources();
  logger.info('shutdown complete');
}
