import { isAbsolute, join } from 'node:path';
import { applyMigrations } from './migrate.js';
import { repoRoot } from './paths.js';
import { startEmbeddedPostgres } from './postgres/postgres.js';
import { startEmbeddedRedis } from './redis.js';

/** What the development stack reads from the environment (the backend reads its own config). */
export interface StackSettings {
  /** A PostgreSQL to use instead of the private one. */
  databaseUrl?: string | undefined;
  /** A Redis to use instead of the private one. */
  redisUrl?: string | undefined;
  /** Where the private servers keep their data: DATA_DIR, default .data at the repository root. */
  dataDir: string;
  /** EMBEDDED_POSTGRES_PORT, default 5433 (beside a system server's 5432); 0 picks a free port. */
  postgresPort: number;
}

export function readStackSettings(env: Record<string, string | undefined> = process.env): StackSettings {
  const dataDir = env.DATA_DIR || '.data';
  const port = env.EMBEDDED_POSTGRES_PORT === undefined || env.EMBEDDED_POSTGRES_PORT === '' ? 5433 : Number(env.EMBEDDED_POSTGRES_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`EMBEDDED_POSTGRES_PORT must be a port number, not "${env.EMBEDDED_POSTGRES_PORT}"`);
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    redisUrl: env.REDIS_URL || undefined,
    dataDir: isAbsolute(dataDir) ? dataDir : join(repoRoot, dataDir),
    postgresPort: port,
  };
}

export interface DevStack {
  databaseUrl: string;
  /** Unset when no Redis was asked for, or none could be started: the API then uses its in-process stores. */
  redisUrl: string | undefined;
  /** Stops the private servers this process started (and only those: see postgres/postgres.ts on owners). */
  stop(): Promise<void>;
}

export interface StackOptions {
  /** Start a private redis-server when no REDIS_URL is set (the server does; one-off commands need none of their own). */
  redis: boolean;
  /** Apply the migrations before handing over (default true). */
  migrate?: boolean;
  log: (msg: string) => void;
}

/**
 * The zero-setup stack of `npm start` and the one-off commands: the servers the environment names,
 * else private ones under DATA_DIR, with the schema brought up to date.
 */
export async function startDevStack(settings: StackSettings, options: StackOptions): Promise<DevStack> {
  const { log } = options;
  const stops: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const one of stops.reverse()) await one().catch((error: unknown) => log(`stopping a private server failed: ${String(error)}`));
  };
  try {
    let databaseUrl = settings.databaseUrl;
    if (!databaseUrl) {
      const pg = await startEmbeddedPostgres({ dataDir: join(settings.dataDir, 'postgres'), port: settings.postgresPort, database: 'shelfwise', log });
      stops.push(pg.stop);
      databaseUrl = pg.url;
      log(`no DATABASE_URL: using a private PostgreSQL (data in ${pg.dataDir})`);
    }
    if (options.migrate !== false) await applyMigrations(databaseUrl, log);

    let redisUrl = settings.redisUrl;
    if (!redisUrl && options.redis) {
      const redis = await startEmbeddedRedis({ dataDir: join(settings.dataDir, 'redis'), port: 0, log });
      if (redis) {
        stops.push(redis.stop);
        redisUrl = redis.url;
        log('no REDIS_URL: using a private redis-server');
      } else {
        log('no REDIS_URL and no redis-server on the PATH: the API uses its in-process cache and rate-limit store (one instance only)');
      }
    }
    return { databaseUrl, redisUrl, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
