import { randomBytes } from 'node:crypto';
import { applyMigrations, appRoleUrl, startTestStack, withDatabase, withPgClient } from '@shelfwise/devstack';
import { Redis } from 'ioredis';
import type { TestProject } from 'vitest/node';

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
 * One PostgreSQL and one Redis for the whole run (the development stack's test servers: private
 * ones in a fresh temp folder, or the servers DATABASE_URL / REDIS_URL point at, e.g. CI services).
 * Migrations run once, into a template database that each test file clones in milliseconds.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = performance.now();
  const runId = randomBytes(4).toString('hex');
  const messages: string[] = [];
  const log = (msg: string) => messages.push(msg);
  const stack = await startTestStack({
    name: 'shelfwise-test',
    database: 'postgres',
    postgresUrl: process.env.DATABASE_URL,
    redisUrl: process.env.REDIS_URL,
    log,
  }).catch((error: unknown) => {
    console.error(messages.join('\n'));
    throw error;
  });

  try {
    if (stack.sharedRedis) stack.onTeardown(() => deleteRunKeys(stack.redisUrl, runId));
    if (stack.sharedPostgres) stack.onTeardown(() => dropRunDatabases(stack.postgresUrl, runId));

    const migrating = performance.now();
    await createTemplate(stack.postgresUrl, log);
    log(`template migrated in ${Math.round(performance.now() - migrating)} ms`);

    project.provide('postgresAdminUrl', stack.postgresUrl);
    project.provide('postgresTemplateDatabase', TEMPLATE_DATABASE);
    project.provide('redisUrl', stack.redisUrl);
    project.provide('testRunId', runId);
    project.provide('testTempRoot', stack.tempRoot);
    console.log(`test servers ready in ${Math.round(performance.now() - started)} ms (${messages.filter((m) => / in \d+ ms/.test(m)).join('; ')})`);
  } catch (error) {
    console.error(messages.join('\n'));
    await stack.teardown();
    throw error;
  }
  return () => stack.teardown();
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
  // The login role test apps connect as (support/app.ts), as the API does under npm start.
  await appRoleUrl(withDatabase(adminUrl, TEMPLATE_DATABASE));
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
