import { chmod, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { killPostmastersNow } from './postgres/kill-postmasters.js';
import { startEmbeddedPostgres } from './postgres/postgres.js';
import { startEmbeddedRedis } from './redis.js';

/** The servers of one test run (backend tests, end-to-end tests), torn down with everything under tempRoot. */
export interface TestStack {
  /** Removed at the end of the run; private servers of the run and of single test files live under it. */
  tempRoot: string;
  /** Superuser URL of the run's PostgreSQL (database `database`). */
  postgresUrl: string;
  redisUrl: string;
  /** True for a server the environment named (CI services): the run must clean up its own data there. */
  sharedPostgres: boolean;
  sharedRedis: boolean;
  /** Runs at teardown, before the servers stop (last added, first run). */
  onTeardown(step: () => Promise<void>): void;
  teardown(): Promise<void>;
}

export interface TestStackOptions {
  /** Temp folder prefix, e.g. shelfwise-test. */
  name: string;
  database: string;
  /** Servers to use instead of private ones (e.g. DATABASE_URL / REDIS_URL of a CI job). */
  postgresUrl?: string | undefined;
  redisUrl?: string | undefined;
  log: (msg: string) => void;
}

/**
 * One PostgreSQL and one Redis for a whole test run: private ones in a fresh temp folder on free
 * ports (started side by side), or the given ones. When the setup fails, what it started is
 * stopped before the error is thrown; when the test process dies without tearing down, its
 * PostgreSQL servers are stopped on the way out anyway (pg_ctl starts them detached from us).
 */
export async function startTestStack(options: TestStackOptions): Promise<TestStack> {
  const { log } = options;
  const tempRoot = await mkdtemp(join(tmpdir(), `${options.name}-`));
  // mkdtemp makes it 700; as root PostgreSQL runs as the postgres user, which must get through it.
  await chmod(tempRoot, 0o755);
  const steps: Array<() => Promise<void>> = [];
  const onExit = () => killPostmastersNow(tempRoot);
  process.once('exit', onExit);
  const teardown = async () => {
    for (const step of steps.reverse()) await step().catch((error: unknown) => console.error(`${options.name} teardown:`, error));
    steps.length = 0;
    await stopStrayPostmasters(tempRoot);
    await rm(tempRoot, { recursive: true, force: true });
    process.removeListener('exit', onExit);
  };

  try {
    const [postgresUrl, redisUrl] = await settled([
      options.postgresUrl
        ? Promise.resolve(options.postgresUrl)
        : startEmbeddedPostgres({ dataDir: join(tempRoot, 'postgres'), port: 0, database: options.database, ephemeral: true, log }).then((server) => {
            steps.push(server.stop);
            return server.url;
          }),
      options.redisUrl
        ? Promise.resolve(options.redisUrl)
        : startEmbeddedRedis({ dataDir: join(tempRoot, 'redis'), port: 0, log }).then((server) => {
            if (!server) {
              throw new Error(
                'The tests need a real Redis and there is no redis-server on the PATH. Install it ' +
                  '(as root: apt-get install -y redis-server) or set REDIS_URL to a running server.',
              );
            }
            steps.push(server.stop);
            return server.url;
          }),
    ]);
    return {
      tempRoot,
      postgresUrl,
      redisUrl,
      sharedPostgres: Boolean(options.postgresUrl),
      sharedRedis: Boolean(options.redisUrl),
      onTeardown: (step) => steps.push(step),
      teardown,
    };
  } catch (error) {
    await teardown();
    throw error;
  }
}

/**
 * Promise.all that waits for every task before failing: a server that starts after a sibling
 * failed must still have registered its stop before the teardown runs.
 */
export async function settled<T extends readonly unknown[]>(tasks: [...{ [K in keyof T]: Promise<T[K]> }]): Promise<T> {
  // Widened to plain promises, which each task is: await-thenable cannot see through the mapped tuple type.
  const results = await Promise.allSettled(tasks as readonly Promise<unknown>[]);
  const failure = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failure) throw failure.reason;
  return results.map((result) => (result as PromiseFulfilledResult<unknown>).value) as unknown as T;
}

/** A test file that failed before stopping its own private PostgreSQL must not leave it running. */
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
