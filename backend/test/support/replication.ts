import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type pg from 'pg';
import { applyMigrations, type EmbeddedPostgres, startEmbeddedPostgres, startEmbeddedReplica, withPgClient } from '@shelfwise/devstack';
import { formatLsn, insertPositionAsEnd, parseLsn, type Lsn } from '../../src/lib/replica/lsn.js';
import { makeTestTempDir } from './private-servers.js';

const quiet = () => {};

interface ReplicatedServer {
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
}

export interface ReplicatedPostgres {
  primary: ReplicatedServer;
  replica: ReplicatedServer;
  /** Stops applying WAL on the replica (it keeps receiving it): a lag of any length, on demand. */
  pauseReplay(): Promise<void>;
  resumeReplay(): Promise<void>;
  /** Resolves once the replica has replayed everything the primary had written when called. */
  caughtUp(timeoutMs?: number): Promise<void>;
  destroy(): Promise<void>;
}

/**
 * A private primary with a streaming hot standby of it, for one test file (the same starters as
 * `npm run cluster`). `migrate` applies the migrations on the primary; the replica gets them by
 * replication.
 */
export async function startReplicatedPostgres(options: { migrate?: boolean } = {}): Promise<ReplicatedPostgres> {
  const dir = await makeTestTempDir('replicated-postgres');
  const bootPrimary = (port: number) => startEmbeddedPostgres({ dataDir: join(dir, 'primary'), port, database: 'shelfwise', ephemeral: true, log: quiet });
  const first = await bootPrimary(0);
  if (options.migrate) await applyMigrations(first.url, quiet);
  const bootReplica = (port: number) =>
    startEmbeddedReplica({ dataDir: join(dir, 'replica'), primaryUrl: first.url, port, database: 'shelfwise', ephemeral: true, log: quiet });
  const firstReplica = await bootReplica(0);

  const primary = restartable(first, bootPrimary);
  const replica = restartable(firstReplica, bootReplica);
  const onReplica = (sql: string) => query(firstReplica.url, sql);
  const result: ReplicatedPostgres = {
    primary,
    replica,
    pauseReplay: () => onReplica('SELECT pg_wal_replay_pause()').then(() => {}),
    resumeReplay: () => onReplica('SELECT pg_wal_replay_resume()').then(() => {}),
    async caughtUp(timeoutMs = 10_000) {
      const lsn = formatLsn(await writePosition(first.url));
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const [{ ok }] = await query<{ ok: boolean }>(firstReplica.url, `SELECT pg_last_wal_replay_lsn() >= '${lsn}'::pg_lsn AS ok`);
        if (ok) return;
        if (Date.now() > deadline) throw new Error(`the replica did not replay ${lsn} within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    async destroy() {
      await replica.stop();
      await primary.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
  await result.caughtUp();
  return result;
}

function restartable(first: EmbeddedPostgres, boot: (port: number) => Promise<EmbeddedPostgres>): ReplicatedServer {
  let server: EmbeddedPostgres | null = first;
  return {
    url: first.url,
    async stop() {
      await server?.stop();
      server = null;
    },
    async start() {
      server ??= await boot(first.port);
    },
  };
}

/** The primary's position as db.writePosition() reports it. */
async function writePosition(primaryUrl: string): Promise<Lsn> {
  const [row] = await query<{ lsn: string; block: number; segment: string }>(primaryUrl,
    "SELECT pg_current_wal_insert_lsn()::text AS lsn, current_setting('wal_block_size')::int AS block, (SELECT setting FROM pg_settings WHERE name = 'wal_segment_size') AS segment");
  return insertPositionAsEnd(parseLsn(row.lsn), row.block, Number(row.segment));
}

export async function query<T extends pg.QueryResultRow = pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []): Promise<[T, ...T[]]> {
  return withPgClient(url, async (client) => (await client.query<T>(sql, values)).rows as [T, ...T[]]);
}
