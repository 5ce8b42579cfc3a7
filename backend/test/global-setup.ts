import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import type { TestProject } from 'vitest/node';
import { killPostmastersNow } from '../src/lib/embedded/kill-postmasters.js';
import { withDatabase, withPgClient } from '../src/lib/embedded/pg-client.js';
import { startEmbeddedPostgres } from '../src/lib/embedded/postgres.js';
import { startEmbeddedRedis } from '../src/lib/embedded/redis.js';
import { applyMigrations } from '../src/lib/migrate.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Superuser URL of the run's PostgreSQL; databases are created and dropped through it. */
    postgresAdminUrl: string;
    /** Migrated once per run; test files clone it (see support/database.ts). */
    postgresTemplateDatabase: string;
    redisUrl: string;
    /** Distinguishes this run's databases and Redis keys on a shared (DATABASE_URL/REDIS_URL) server. */
    testRunId: string;
    /** Temp folder removed at the end of the run; private servers live under it. */
    testTempRoot: string;
  }
}

const TEMPLATE_DATABASE = 'shelfwise_template';

/**
 * One PostgreSQL and one Redis for the whole run: private ones in a fresh temp folder on free
 * ports, or the servers DATABASE_URL / REDIS_URL point at (CI services). Migrations run once, into
 * a template database that each test file clones in milliseconds.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = performance.now();
  const runId = randomBytes(4).toString('hex');
  const tempRoot = await mkdtemp(join(tmpdir(), 'shelfwise-test-'));
  // mkdtemp makes it 700; as root PostgreSQL runs as the postgres user, which must get through it.
  await chmod(tempRoot, 0o755);
  const messages: string[] = [];
  const log = (msg: string) => messages.push(msg);
  const stops: Array<() => Promise<void>> = [];
  // pg_ctl starts PostgreSQL detached from us: when the run dies without tearing down (Ctrl-C at the
  // wrong moment, a crash, a closed output pipe), stop its servers on the way out anyway.
  const onExit = () => killPostmastersNow(tempRoot);
  process.once('exit', onExit);
  const teardown = async () => {
    for (const stop of stops.reverse()) await stop().catch((error: unknown) => console.error('test teardown:', error));
    await stopStrayPostmasters(tempRoot);
    await rm(tempRoot, { recursive: true, force: true });
    process.removeListener('exit', onExit);
  };

  try {
    const redisUrl = process.env.REDIS_URL || (await startRunRedis(tempRoot, log, stops));
    if (process.env.REDIS_URL) stops.push(() => deleteRunKeys(redisUrl, runId));

    let adminUrl = process.env.DATABASE_URL;
    if (!adminUrl) {
      const server = await startEmbeddedPostgres({ dataDir: join(tempRoot, 'postgres'), port: 0, database: 'postgres', ephemeral: true, log });
      stops.push(server.stop);
      adminUrl = server.url;
    } else {
      stops.push(() => dropRunDatabases(adminUrl!, runId));
    }

    const migrating = performance.now();
    await createTemplate(adminUrl, log);
    log(`template migrated in ${Math.round(performance.now() - migrating)} ms`);

    project.provide('postgresAdminUrl', adminUrl);
    project.provide('postgresTemplateDatabase', TEMPLATE_DATABASE);
    project.provide('redisUrl', redisUrl);
    project.provide('testRunId', runId);
    project.provide('testTempRoot', tempRoot);
    console.log(`test servers ready in ${Math.round(performance.now() - started)} ms (${messages.filter((m) => / in \d+ ms/.test(m)).join('; ')})`);
  } catch (error) {
    console.error(messages.join('\n'));
    await teardown();
    throw error;
  }
  return teardown;
}

async function startRunRedis(tempRoot: string, log: (msg: string) => void, stops: Array<() => Promise<void>>): Promise<string> {
  const server = await startEmbeddedRedis({ dataDir: join(tempRoot, 'redis'), port: 0, log });
  if (!server) {
    throw new Error(
      'The tests need a real Redis and there is no redis-server on the PATH. Install it ' +
        '(as root: apt-get install -y redis-server) or set REDIS_URL to a running server.',
    );
  }
  stops.push(server.stop);
  return server.url;
}

async function createTemplate(adminUrl: string, log: (msg: string) => void): Promise<void> {
  await withPgClient(adminUrl, async (client) => {
    // A template left by an earlier run against the same server: IS_TEMPLATE databases cannot be dropped.
    const left = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [TEMPLATE_DATABASE]);
    if (left.rowCount) {
      await client.query(`ALTER DATABASE ${TEMPLATE_DATABASE} WITH IS_TEMPLATE false`);
      await client.query(`DROP DATABASE ${TEMPLATE_DATABASE} WITH (FORCE)`);
    }
    await client.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  });
  await applyMigrations(withDatabase(adminUrl, TEMPLATE_DATABASE), log);
  await withPgClient(adminUrl, async (client) => {
    // CREATE DATABASE ... TEMPLATE fails while anyone is connected to the template: close whatever the
    // migration left open and refuse new connections for the rest of the run.
    await client.query(`ALTER DATABASE ${TEMPLATE_DATABASE} WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`);
    await client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [TEMPLATE_DATABASE]);
  });
}

/** On a shared server: the clones this run's files did not drop (crashed or killed files). */
async function dropRunDatabases(adminUrl: string, runId: string): Promise<void> {
  await withPgClient(adminUrl, async (client) => {
    const { rows } = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [`shelfwise_t_${runId}_%`]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(datname)} WITH (FORCE)`);
    await client.query(`ALTER DATABASE ${TEMPLATE_DATABASE} WITH IS_TEMPLATE false`);
    await client.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
  });
}

/** On a shared Redis: this run's keys (see support/redis.ts for the prefix). */
async function deleteRunKeys(redisUrl: string, runId: string): Promise<void> {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `test:${runId}:*`, 'COUNT', 1000);
      if (keys.length) await redis.unlink(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

/**
 * Private servers (support/private-servers.ts) live under tempRoot; a test file that failed before
 * stopping its own must not leave a PostgreSQL running (pg_ctl starts it detached from us).
 */
async function stopStrayPostmasters(dir: string): Promise<void> {
  const entries = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
  for (const entry of entries.filter((e) => e.endsWith('postmaster.pid'))) {
    const pid = Number((await readFile(join(dir, entry), 'utf8').catch(() => '')).split('\n')[0]);
    if (!pid) continue;
    try {
      process.kill(pid, 'SIGINT'); // SIGINT = fast shutdown
    } catch {
      continue; // already gone
    }
    // The postmaster deletes its pid file as the last step of shutting down.
    for (let i = 0; i < 100 && (await readFile(join(dir, entry)).then(() => true, () => false)); i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
