import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryCache } from '../src/lib/cache/index.js';
import { createDatabase, type Database } from '../src/lib/db.js';
import { createLifecycle } from '../src/lib/lifecycle.js';
import { createRedisClient, waitForRedisReady } from '../src/lib/redis.js';
import { createReadRouting } from '../src/lib/replica/read-routing.js';
import { createLogger } from '../src/lib/logger.js';
import { readiness } from '../src/modules/health/health.service.js';
import { injectRedisUrl, uniqueRedisPrefix } from './support/redis.js';
import { query, startReplicatedPostgres, type ReplicatedPostgres } from './support/replication.js';

// A real primary with a real streaming replica; replay is paused on demand to make the replica lag.
let pgs: ReplicatedPostgres;
let db: Database;
let redis: Redis;
const logger = createLogger('silent');

const inRecovery = (prisma: Database['prisma']) =>
  prisma.$queryRaw<Array<{ standby: boolean }>>`SELECT pg_is_in_recovery() AS standby`.then((rows) => rows[0]!.standby);
const countNotes = (prisma: Database['prisma']) =>
  prisma.$queryRaw<Array<{ n: number }>>`SELECT count(*)::int AS n FROM note`.then((rows) => rows[0]!.n);

beforeAll(async () => {
  pgs = await startReplicatedPostgres();
  await query(pgs.primary.url, 'CREATE TABLE note (id serial PRIMARY KEY, body text)');
  await pgs.caughtUp();
  db = createDatabase({ url: pgs.primary.url, replicaUrl: pgs.replica.url, poolSize: 4, poolTimeoutMs: 2_000, statementTimeoutMs: 5_000 });
  redis = createRedisClient(injectRedisUrl(), { commandTimeoutMs: 250, keyPrefix: uniqueRedisPrefix(), logger });
  await waitForRedisReady(redis, 5_000);
});
afterAll(async () => {
  redis?.disconnect();
  await db?.close();
  await pgs?.destroy();
});

describe('reads on a replica', () => {
  it('when a read accepts any replica state, then the replica answers it', async () => {
    expect(await db.read(inRecovery)).toBe(true);
    expect(await inRecovery(db.prisma)).toBe(false);
  });

  it('when the replica has not replayed the position a read needs, then the primary answers it', async () => {
    await pgs.pauseReplay();
    try {
      await query(pgs.primary.url, "INSERT INTO note (body) VALUES ('while paused')");
      const needs = await db.writePosition();
      const before = db.replica!.stats.primary;
      const [fresh, stale] = await Promise.all([db.read(countNotes, needs), db.read(countNotes, null)]);
      expect(fresh).toBe(stale + 1);
      expect(db.replica!.stats.primary).toBe(before + 1);
    } finally {
      await pgs.resumeReplay();
    }
    const needs = await db.writePosition();
    await expect.poll(() => db.read(inRecovery, needs), { timeout: 5_000, interval: 50 }).toBe(true);
  });
});

describe('read-your-writes through the shared mark', () => {
  it('when a write was recorded, then reads go to the primary until the replica has replayed it, then back to the replica', async () => {
    const scope = `notes-${Date.now()}`;
    const routing = createReadRouting({ db, redis, scope });
    const other = createReadRouting({ db, redis, scope });
    await pgs.pauseReplay();
    try {
      await query(pgs.primary.url, "INSERT INTO note (body) VALUES ('mine')");
      await routing.wrote();
      // Another instance sharing the Redis (a second routing object) sees the mark too.
      expect(await other.read(inRecovery)).toBe(false);
      expect(await routing.read((p) => p.$queryRaw<Array<{ body: string }>>`SELECT body FROM note ORDER BY id DESC LIMIT 1`)).toEqual([{ body: 'mine' }]);
    } finally {
      await pgs.resumeReplay();
    }
    await expect.poll(() => routing.read(inRecovery), { timeout: 5_000, interval: 50 }).toBe(true);
  });

  it('when recording a write fails, then the next read first raises the mark to the current position, so it sees the write', async () => {
    let failNext = false;
    const flaky = { ...db, writePosition: () => (failNext ? Promise.reject(new Error('primary went away')) : db.writePosition()) };
    const routing = createReadRouting({ db: flaky, redis, scope: `flaky-${Date.now()}` });
    const before = await routing.read(countNotes);
    await pgs.pauseReplay();
    try {
      await query(pgs.primary.url, "INSERT INTO note (body) VALUES ('unrecorded')");
      failNext = true;
      await routing.wrote(); // never rejects
      failNext = false;
      expect(await routing.read(countNotes)).toBe(before + 1);
    } finally {
      await pgs.resumeReplay();
    }
  });

  it('when a primary connection breaks, then the next read first raises the mark, so a write that committed unseen is seen', async () => {
    const routing = createReadRouting({ db, redis, scope: `broken-${Date.now()}` });
    const before = await routing.read(countNotes);
    await pgs.pauseReplay();
    try {
      // A write whose connection broke after the commit: no wrote() was ever called for it.
      await query(pgs.primary.url, "INSERT INTO note (body) VALUES ('committed unseen')");
      db.pool.emit('error', new Error('Connection terminated unexpectedly'));
      expect(await routing.read(countNotes)).toBe(before + 1);
    } finally {
      await pgs.resumeReplay();
    }
  });

  it('when Redis cannot be reached, then freshness is unknown and every read goes to the primary', async () => {
    const down = createRedisClient('redis://127.0.0.1:1', { commandTimeoutMs: 100, logger, maxReconnectDelayMs: 10_000 });
    try {
      const routing = createReadRouting({ db, redis: down, scope: 'notes' });
      expect(await routing.freshness()).toBe('primary');
      expect(await routing.read(inRecovery)).toBe(false);
      await routing.wrote(); // never rejects
    } finally {
      down.disconnect();
    }
  });

  it('when no replica is configured, then reads use the primary client and no mark is kept', async () => {
    const single = createDatabase({ url: pgs.primary.url, poolSize: 2, poolTimeoutMs: 2_000, statementTimeoutMs: 5_000 });
    try {
      expect(single.replica).toBeNull();
      const routing = createReadRouting({ db: single, redis, scope: 'single' });
      await routing.wrote();
      expect(await redis.exists('replica:lsn:single')).toBe(0);
      expect(await routing.read(inRecovery)).toBe(false);
    } finally {
      await single.close();
    }
  });
});

describe('replica outages', () => {
  it('when the replica stops, then reads fall back to the primary at once, and return to the replica after it is back', async () => {
    const fast = createDatabase({ url: pgs.primary.url, replicaUrl: pgs.replica.url, poolSize: 2, poolTimeoutMs: 2_000, statementTimeoutMs: 5_000 });
    try {
      expect(await fast.read(inRecovery)).toBe(true);
      await pgs.replica.stop();
      const started = Date.now();
      expect(await fast.read(inRecovery)).toBe(false);
      expect(await fast.read(countNotes)).toBeGreaterThan(0);
      // Falling back means not waiting out a timeout: a read stuck on the dead replica would take at
      // least the 2 s pool timeout. (The margin below it absorbs a loaded CI machine.)
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(fast.replica!.stats.fallbacks).toBeGreaterThanOrEqual(1);
      expect(fast.replica!.lastError).toBeTruthy();
      // The instance stays in rotation: readiness says degraded, not unavailable.
      const report = await readiness({ pool: fast.pool, replica: fast.replica, cache: createMemoryCache({ logger }), lifecycle: createLifecycle(), readinessTimeoutMs: 500, version: 'test' });
      expect(report).toMatchObject({ status: 'degraded', checks: { database: { status: 'up' }, replica: { status: 'down' } } });

      await pgs.replica.start();
      await pgs.caughtUp();
      // Skipped for retryAfterMs (2 s) after the failure, then tried again.
      await expect.poll(() => fast.read(inRecovery), { timeout: 5_000, interval: 200 }).toBe(true);
      const healthy = await readiness({ pool: fast.pool, replica: fast.replica, cache: createMemoryCache({ logger }), lifecycle: createLifecycle(), readinessTimeoutMs: 500, version: 'test' });
      expect(healthy).toMatchObject({ status: 'ok', checks: { replica: { status: 'up' } } });
    } finally {
      await fast.close();
    }
  });
});
