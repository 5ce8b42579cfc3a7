import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { CacheOutcome } from './cache/index.js';

/** The part of a pg.Pool the pool gauges read at scrape time. */
export interface PoolStats {
  readonly totalCount: number;
  readonly idleCount: number;
  readonly waitingCount: number;
  readonly options: { max?: number | undefined };
}

export interface Metrics {
  /** Its own registry, not prom-client's global one: tests build several apps in one process. */
  readonly registry: Registry;
  /** One observation per finished request; `route` must be a pattern, never a raw URL. */
  observeRequest(method: string, route: string, status: string, seconds: number): void;
  /** createCache's `onResult` hook, handed over on its own: a function property, so it has no `this` to lose. */
  countCacheResult: (outcome: CacheOutcome) => void;
  countRateLimited(limiter: string): void;
}

// Finer than prom-client's defaults at the low end: cached reads answer in about a millisecond,
// and the defaults would put every one of them in the first (5 ms) bucket.
const DURATION_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The registry and metric objects of one app instance. HTTP requests are counted by the duration
 * histogram's `_count` series (no separate counter: one observation per request is the whole cost on
 * the hot path). The pool gauges cost nothing between scrapes: they read the pool when scraped.
 */
export function createMetrics(options: { pool?: PoolStats } = {}): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });

  const httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time from the first byte of the request to the end of the response, by method, route pattern and status; _count is the request count',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: DURATION_BUCKETS,
    registers: [registry],
  });
  const cacheResults = new Counter({
    name: 'cache_requests_total',
    help: 'Cache lookups by outcome: hit, miss (loaded and stored), error (store unavailable, loaded without it), stale (the database unavailable, an expired copy served)',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  const rateLimited = new Counter({
    name: 'rate_limit_rejections_total',
    help: 'Requests refused with 429, by limiter',
    labelNames: ['limiter'] as const,
    registers: [registry],
  });
  if (options.pool) registerPoolGauges(registry, options.pool);

  return {
    registry,
    observeRequest(method, route, status, seconds) {
      httpDuration.observe({ method, route, status }, seconds);
    },
    countCacheResult: (outcome) => {
      cacheResults.inc({ outcome });
    },
    countRateLimited(limiter) {
      rateLimited.inc({ limiter });
    },
  };
}

function registerPoolGauges(registry: Registry, pool: PoolStats): void {
  new Gauge({
    name: 'db_pool_connections',
    help: 'PostgreSQL connections held by the pool, by state (idle, in_use)',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      this.set({ state: 'idle' }, pool.idleCount);
      this.set({ state: 'in_use' }, pool.totalCount - pool.idleCount);
    },
  });
  new Gauge({
    name: 'db_pool_waiting_requests',
    help: 'Queries waiting for a free pool connection (sustained non-zero: the pool is too small or queries too slow)',
    registers: [registry],
    collect() {
      this.set(pool.waitingCount);
    },
  });
  new Gauge({
    name: 'db_pool_max_connections',
    help: 'Configured size of the PostgreSQL pool',
    registers: [registry],
    collect() {
      this.set(pool.options.max ?? 10);
    },
  });
}
