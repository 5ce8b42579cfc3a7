import type pg from 'pg';
import type { Cache } from '../../lib/cache/index.js';
import type { Lifecycle } from '../../lib/lifecycle.js';
import { withTimeout } from '../../lib/timeout.js';

export interface HealthDeps {
  pool: pg.Pool;
  /** The read replica's pool when DATABASE_REPLICA_URL is set (db.replica). */
  replica?: { pool: pg.Pool } | null;
  cache: Cache;
  lifecycle: Lifecycle;
  readinessTimeoutMs: number;
  version: string;
}

type CheckState = { status: 'up' | 'down'; latencyMs: number; error?: string };

export function liveness(version: string) {
  return {
    status: 'ok' as const,
    uptime: Math.round(process.uptime()),
    timestamp: new Date().toISOString(),
    version,
  };
}

/**
 * Ready when the database answers. A cache or replica outage only degrades the service (reads fall
 * back to the primary database), so the instance stays in rotation; draining takes it out before
 * it stops.
 */
export async function readiness(deps: HealthDeps) {
  const replicaPool = deps.replica?.pool;
  const [database, cache, replica] = await Promise.all([
    check(() => deps.pool.query('SELECT 1'), deps.readinessTimeoutMs, 'database'),
    deps.cache.kind === 'memory'
      ? Promise.resolve({ status: 'up' as const, latencyMs: 0 })
      : check(async () => {
          if (!(await deps.cache.ping(deps.readinessTimeoutMs))) throw new Error('no answer');
        }, deps.readinessTimeoutMs, 'cache'),
    replicaPool ? check(() => replicaPool.query('SELECT 1'), deps.readinessTimeoutMs, 'replica') : undefined,
  ]);
  const status = deps.lifecycle.draining || database.status === 'down'
    ? 'unavailable'
    : cache.status === 'down' || replica?.status === 'down' ? 'degraded' : 'ok';
  return {
    status,
    draining: deps.lifecycle.draining,
    // `replica` only when one is configured, so a single instance reports exactly what it did before.
    checks: { database, cache: { ...cache, driver: deps.cache.kind }, ...(replica ? { replica } : {}) },
  } as const;
}

async function check(probe: () => Promise<unknown>, timeoutMs: number, what: string): Promise<CheckState> {
  const started = performance.now();
  try {
    await withTimeout(probe(), timeoutMs, what);
    return { status: 'up', latencyMs: Math.round(performance.now() - started) };
  } catch (err) {
    return { status: 'down', latencyMs: Math.round(performance.now() - started), error: (err as Error).message };
  }
}
