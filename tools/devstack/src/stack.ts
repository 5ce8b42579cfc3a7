import { isAbsolute, join } from 'node:path';
import { startMailCatcher } from './mail-catcher.js';
import { applyMigrations } from './migrate.js';
import { repoRoot } from './paths.js';
import { appRoleUrl } from './postgres/app-role.js';
import { startEmbeddedPostgres } from './postgres/postgres.js';
import { isPortFree } from './process/free-port.js';
import { startEmbeddedRedis } from './redis.js';

/** What the development stack reads from the environment (the backend reads its own config). */
export interface StackSettings {
  /** A PostgreSQL to use instead of the private one: the URL the API connects with. */
  databaseUrl?: string | undefined;
  /** DATABASE_OWNER_URL: the same database as the role that owns the tables, for migrations; default databaseUrl. */
  ownerDatabaseUrl?: string | undefined;
  /** A Redis to use instead of the private one. */
  redisUrl?: string | undefined;
  /** An SMTP server to use instead of the local mail catcher. */
  smtpUrl?: string | undefined;
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
    ownerDatabaseUrl: env.DATABASE_OWNER_URL || undefined,
    redisUrl: env.REDIS_URL || undefined,
    smtpUrl: env.SMTP_URL || undefined,
    dataDir: isAbsolute(dataDir) ? dataDir : join(repoRoot, dataDir),
    postgresPort: port,
  };
}

export interface DevStack {
  /** What the API connects with: on the private server the login role shelfwise_api, which row-level security binds. */
  databaseUrl: string;
  /** The tables' owner, which migrations and seeds use. */
  ownerDatabaseUrl: string;
  /** Unset when no Redis was asked for, or none could be started: the API then uses its in-process stores. */
  redisUrl: string | undefined;
  /** Unset when no mail was asked for; else SMTP_URL or the local mail catcher. */
  smtpUrl: string | undefined;
  /** Stops the private servers this process started (and only those: see postgres/postgres.ts on owners). */
  stop(): Promise<void>;
}

export interface StackOptions {
  /** Start a private redis-server when no REDIS_URL is set (the server does; one-off commands need none of their own). */
  redis: boolean;
  /** Start the local mail catcher when no SMTP_URL is set (the server sends mail; one-off commands do not). */
  mail?: boolean;
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
    let ownerDatabaseUrl = settings.ownerDatabaseUrl ?? databaseUrl;
    if (!databaseUrl) {
      const pg = await startEmbeddedPostgres({ dataDir: join(settings.dataDir, 'postgres'), port: settings.postgresPort, database: 'shelfwise', log });
      stops.push(pg.stop);
      ownerDatabaseUrl = pg.url;
      log(`no DATABASE_URL: using a private PostgreSQL (data in ${pg.dataDir})`);
    }
    if (options.migrate !== false) await applyMigrations(ownerDatabaseUrl!, log);
    // The private server's superuser would skip every row-level security policy: the API gets the
    // login role instead, once the migrations have made the role it joins (else, unmigrated, the owner).
    databaseUrl ??= (await appRoleUrl(ownerDatabaseUrl!)) ?? ownerDatabaseUrl!;

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

    let smtpUrl = settings.smtpUrl;
    if (!smtpUrl && options.mail) {
      // The usual ports when they are free, so the address printed stays the same from run to run.
      const [smtpPort, httpPort] = await Promise.all([isPortFree(1025).then((free) => (free ? 1025 : 0)), isPortFree(1080).then((free) => (free ? 1080 : 0))]);
      const catcher = await startMailCatcher({ smtpPort, httpPort });
      stops.push(catcher.close);
      smtpUrl = catcher.smtpUrl;
      log(`no SMTP_URL: mail goes to a local catcher, nowhere else; read it at ${catcher.webUrl}`);
    }
    return { databaseUrl, ownerDatabaseUrl: ownerDatabaseUrl!, redisUrl, smtpUrl, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
