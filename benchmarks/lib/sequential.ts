// Latency of reads that must reach the database: one request at a time (service time, no queueing),
// with the list cache retired before each one, so every answer is a MISS computed from the table.
import type { Redis } from 'ioredis';
import { namespaceVersionKey, uniqueToken } from '@shelfwise/backend/cache';

export interface Latency {
  p50: number;
  p95: number;
  p99: number;
  samples: number;
}

export interface Target {
  baseUrl: string;
  /** A client on the Redis this API uses, with its key prefix. */
  redis: Redis;
  /** The path of the i-th request. */
  path: (i: number) => string;
}

/**
 * Times `samples` requests to each target, taking the targets in turn (a, b, c, a, b, c, ...), so
 * that whatever else the machine does at a given moment weighs on all of them alike.
 */
export async function sequentialMisses(targets: Target[], namespace: string, samples: number): Promise<Latency[]> {
  const nsKey = namespaceVersionKey(namespace);
  const times: number[][] = targets.map(() => []);
  // A few unmeasured requests first: connection, JIT, PostgreSQL's plan and buffer caches.
  for (let i = -5; i < samples; i++) {
    for (const [t, target] of targets.entries()) {
      const path = target.path(Math.max(i, 0));
      await target.redis.set(nsKey, uniqueToken());
      const started = performance.now();
      const res = await fetch(`${target.baseUrl}${path}`);
      const body = await res.text();
      const elapsed = performance.now() - started;
      if (res.status !== 200) throw new Error(`${path}: ${res.status} ${body.slice(0, 300)}`);
      if (res.headers.get('x-cache') !== 'MISS') throw new Error(`${path}: expected a cache miss, got ${res.headers.get('x-cache')}`);
      if (i >= 0) times[t]!.push(elapsed);
    }
  }
  return times.map(summarise);
}

function summarise(times: number[]): Latency {
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), samples: times.length };
}
