import { join } from 'node:path';
import type pg from 'pg';
import { type EmbeddedPostgres, findPostgresBinaries, resolveServerUser, run, startEmbeddedPostgres, startEmbeddedReplica, waitFor, withPgClient } from '@shelfwise/devstack';

/** A PostgreSQL server the drills may stop (fast or immediate, like a crash) and start again on the same port and data. */
export interface PostgresServer {
  url: string;
  port: number;
  dataDir: string;
  stop(mode?: 'fast' | 'immediate'): Promise<void>;
  start(): Promise<void>;
}

const DATABASE = 'shelfwise';

/**
 * The primary: the machine's PostgreSQL binaries through the same starter as `npm start` (as the
 * postgres user when we are root), durable (fsync on: drill 5 checks that no acknowledged write is
 * lost).
 */
export async function startPrimary(dir: string, port: number, log: (msg: string) => void): Promise<PostgresServer> {
  const dataDir = join(dir, 'primary');
  const boot = () => startEmbeddedPostgres({ dataDir, port, database: DATABASE, log });
  return handle(await boot(), port, boot, log);
}

/**
 * The replica: a base backup of the primary (pg_basebackup -R, through a replication slot) started
 * as a hot standby that streams from it (tools/devstack/src/postgres/replica.ts).
 */
export async function startReplica(dir: string, primary: PostgresServer, port: number, log: (msg: string) => void): Promise<PostgresServer> {
  const dataDir = join(dir, 'replica');
  const boot = () => startEmbeddedReplica({ dataDir, primaryUrl: primary.url, port, database: DATABASE, log });
  const server = handle(await boot(), port, boot, log);
  await waitFor('the replica to stream from the primary', () => isStreaming(primary.url), 15_000, 100);
  log(`replica streaming from the primary on 127.0.0.1:${port}`);
  return server;
}

export async function isStreaming(primaryUrl: string): Promise<boolean> {
  return withClient(primaryUrl, async (c) => (await c.query("SELECT 1 FROM pg_stat_replication WHERE state = 'streaming'")).rowCount! > 0);
}

function handle(first: EmbeddedPostgres, port: number, boot: () => Promise<EmbeddedPostgres>, log: (msg: string) => void): PostgresServer {
  const { url, dataDir } = first;
  return {
    url,
    port,
    dataDir,
    async stop(mode = 'fast') {
      const binaries = await findPostgresBinaries();
      const result = await run(join(binaries!.binDir, 'pg_ctl'), ['stop', '--pgdata', dataDir, '--mode', mode, '--wait', '--timeout', '60'], { as: await resolveServerUser() });
      // "Is the server running?": stop() on a stopped server is fine.
      if (result.code !== 0 && !/is the server running|No such file/i.test(result.stderr)) {
        throw new Error(`pg_ctl stop failed for ${dataDir}: ${result.stderr.trim()}`);
      }
      log(`PostgreSQL on port ${port} stopped (${mode})`);
    },
    async start() {
      await boot();
    },
  };
}

/** A drill's own connection; 2 s to connect, so a probe of a stopped server fails fast. */
export function withClient<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  return withPgClient(url, use, { connectionTimeoutMillis: 2_000 });
}
