// Everything the benchmark runs against, started privately on loopback: PostgreSQL, Redis, the
// compiled API (what production runs) and the bare node:http baseline, each stopped at the end.
import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { applyMigrations, appRoleUrl, type EmbeddedPostgres, type EmbeddedRedis, startEmbeddedPostgres, startEmbeddedRedis, startMailCatcher, stopProcess } from '@shelfwise/devstack';
import { BACKEND_DIR, BENCH_DIR } from './paths.js';
import { startNode } from './process.js';

// extraApis: one API per catalogue size while list latency is measured (scenarios/catalogue.ts);
// typical: the plain Express stack of --compare (scenarios/compare.ts). Apart from `npm run cluster` (5080-5084) and `npm run drill` (5180-5184), so they can run side by side.
// --port-offset=N moves them all by N, so two checkouts can run the benchmark on one machine (their
// figures then share the cores: a run beside another is for the harness, not for the table).
const OFFSET = Number(process.argv.find((a) => a.startsWith('--port-offset='))?.slice('--port-offset='.length)) || 0;
export const PORTS = {
  api: 5280 + OFFSET,
  baseline: 5281 + OFFSET,
  extraApis: [5282 + OFFSET, 5283 + OFFSET, 5284 + OFFSET],
  typical: 5285 + OFFSET,
  postgres: 5680 + OFFSET,
  redis: 6680 + OFFSET,
} as const;

export interface Stack {
  apiUrl: string;
  baselineUrl: string;
  databaseUrl: string;
  redisUrl: string;
  metricsToken: string;
  /** The API's JWT secret: the products list cursor key derives from it (deep-page cursors). */
  jwtSecret: string;
  /** REDIS_KEY_PREFIX of the API, for a harness client that touches its keys. */
  redisKeyPrefix: string;
  apiPid(): number;
  baselinePid: number;
  /** The API's log file (pino at info, one access line per request). */
  apiLog: string;
  /**
   * fsync, synchronous commit and full-page writes: off while seeding (throwaway data), on for
   * everything measured, so writes are as durable as in production.
   */
  setDurable(durable: boolean): Promise<void>;
  /** Restarts the API (same Redis), e.g. with another database or a changed environment. */
  restartApi(extraEnv?: Record<string, string>): Promise<void>;
  /** Another API process, like the main one but on its own port, database and Redis key prefix. */
  startExtraApi(port: number, databaseUrl: string, redisKeyPrefix: string): Promise<{ url: string; stop(): Promise<void> }>;
  /** The URL of another database on the same server. */
  databaseUrlOf(name: string): string;
  stop(): Promise<void>;
}

export interface StackOptions {
  /** Run the API with --cpu-prof; the profile is written to PROFILE_DIR when it stops. */
  profile?: boolean;
}

const PROFILE_DIR = join(tmpdir(), 'shelfwise-bench-profiles');

export async function startStack(workDir: string, log: (msg: string) => void, options: StackOptions = {}): Promise<Stack> {
  await mkdir(workDir, { recursive: true, mode: 0o755 });
  const stops: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch((err: unknown) => log(`stop failed: ${String(err)}`));
    stops.length = 0;
  };
  try {
    const pgOptions = {
      dataDir: join(workDir, 'postgres'),
      port: PORTS.postgres,
      database: 'shelfwise',
      // fsync off while seeding; durable settings are switched back on before anything is measured.
      ephemeral: true,
      log,
    };
    let pgServer: EmbeddedPostgres = await startEmbeddedPostgres(pgOptions);
    // Sized as a database server for this data would be (the 1M-product table and its indexes take
    // about 1 GB): the private server's default of 128 MB is a development setting. Needs a restart.
    await setSharedBuffers(pgServer.url, SHARED_BUFFERS);
    await pgServer.stop();
    pgServer = await startEmbeddedPostgres(pgOptions);
    stops.push(() => pgServer.stop());
    const redis: EmbeddedRedis | null = await startEmbeddedRedis({ dataDir: join(workDir, 'redis'), port: PORTS.redis, log });
    if (!redis) throw new Error('redis-server is not installed (apt-get install -y redis-server)');
    stops.push(redis.stop);
    await applyMigrations(pgServer.url, () => {});
    // The API connects as in production: a role that row-level security binds (the seeds use the owner, pgServer.url).
    const apiDatabaseUrl = (await appRoleUrl(pgServer.url))!;

    // Production refuses to start without SMTP_URL (config.ts). The mails the measured requests
    // cause (a registration's confirmation link, the few reset links an account is sent per hour)
    // go to the development stack's catcher, in this process: sent as in production, never relayed.
    const mail = await startMailCatcher();
    stops.push(mail.close);

    const baseline = await startNode([join(BENCH_DIR, 'baseline-server.mjs'), String(PORTS.baseline)], {}, null);
    stops.push(() => stopProcess(baseline));

    const metricsToken = randomBytes(24).toString('base64url');
    const jwtSecret = randomBytes(32).toString('base64url');
    const redisKeyPrefix = 'shelfwise:';
    const apiLog = join(workDir, 'api.log');
    const apiEnv = {
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(PORTS.api),
      DATABASE_URL: apiDatabaseUrl,
      REDIS_URL: redis.url,
      JWT_SECRET: jwtSecret,
      REDIS_KEY_PREFIX: redisKeyPrefix,
      // Logging stays on as in production: pino at info, one access-log line per request, to a file.
      LOG_LEVEL: 'info',
      // The limits are raised, not removed: every request still pays for the shared Redis counter.
      RATE_LIMIT_MAX: '1000000000',
      AUTH_RATE_LIMIT_MAX: '1000000000',
      API_KEY_RATE_LIMIT_MAX: '1000000000',
      SMTP_URL: mail.smtpUrl,
      METRICS_TOKEN: metricsToken,
      DATA_DIR: join(workDir, 'data'),
      SPA_DIR: join(workDir, 'no-spa'),
    };
    const apiArgs = [...API_HEAP_FLAGS, ...(options.profile ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : []), join(BACKEND_DIR, 'dist', 'src', 'server.js')];
    let api = await startNode(apiArgs, apiEnv, apiLog);
    stops.push(() => stopProcess(api));

    return {
      apiUrl: `http://127.0.0.1:${PORTS.api}`,
      baselineUrl: `http://127.0.0.1:${PORTS.baseline}`,
      databaseUrl: pgServer.url,
      redisUrl: redis.url,
      metricsToken,
      jwtSecret,
      redisKeyPrefix,
      apiPid: () => api.pid!,
      baselinePid: baseline.pid!,
      apiLog,
      async setDurable(durable) {
        const client = new pg.Client({ connectionString: pgServer.url });
        await client.connect();
        try {
          for (const setting of ['fsync', 'synchronous_commit', 'full_page_writes']) await client.query(`ALTER SYSTEM SET ${setting} = ${durable ? 'on' : 'off'}`);
          await client.query('SELECT pg_reload_conf()');
          if (durable) await client.query('CHECKPOINT');
        } finally {
          await client.end();
        }
      },
      async startExtraApi(port, databaseUrl, prefix) {
        const env = { ...apiEnv, PORT: String(port), DATABASE_URL: (await appRoleUrl(databaseUrl))!, REDIS_KEY_PREFIX: prefix };
        const child = await startNode(apiArgs.filter((a) => !a.startsWith('--cpu-prof')), env, apiLog);
        stops.push(() => stopProcess(child));
        return { url: `http://127.0.0.1:${port}`, stop: () => stopProcess(child) };
      },
      databaseUrlOf(name) {
        const url = new URL(pgServer.url);
        url.pathname = `/${name}`;
        return url.toString();
      },
      async restartApi(extraEnv = {}) {
        await stopProcess(api);
        // A database named by its owner's URL is connected to as the API's role, like the first.
        const database = extraEnv.DATABASE_URL ? { DATABASE_URL: (await appRoleUrl(extraEnv.DATABASE_URL))! } : {};
        api = await startNode(apiArgs, { ...apiEnv, ...extraEnv, ...database }, apiLog);
      },
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

/**
 * The V8 heap sizes the Dockerfile's CMD starts the API with (keep the two alike). V8's defaults on
 * a machine with this much memory let the heap grow to ~360 MB of mostly garbage before a full
 * collection: a 1M-row CSV export peaked at ~510 MB RSS with them, ~250 MB with these, at a similar
 * rate (benchmarks/RESULTS.md, "Bulk work").
 */
const API_HEAP_FLAGS = ['--max-semi-space-size=8', '--max-old-space-size=256'];

const SHARED_BUFFERS = '1GB';

async function setSharedBuffers(url: string, size: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`ALTER SYSTEM SET shared_buffers = '${size}'`);
  } finally {
    await client.end();
  }
}
