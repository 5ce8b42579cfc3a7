import { existsSync, rmSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { killPostmastersNow } from '../../backend/src/lib/embedded/kill-postmasters.js';
import { startEmbeddedPostgres } from '../../backend/src/lib/embedded/postgres.js';
import { startEmbeddedRedis } from '../../backend/src/lib/embedded/redis.js';
import { startApiServer, stopAndReport } from './support/api-server.js';
import { buildSpa, createDatabase, settled } from './support/infrastructure.js';
import { ARTIFACTS_DIR, CHROMIUM_PATH, SHORT_TOKEN_TTL_SECONDS } from './support/settings.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The API (serving the SPA at `/`) with the default 15-minute access tokens. */
    baseUrl: string;
    /** A second API on its own database whose access tokens expire after SHORT_TOKEN_TTL_SECONDS. */
    shortTokenBaseUrl: string;
  }
}

/**
 * Once per run: the SPA built by Vite, a private PostgreSQL and Redis, and the real API server
 * (twice: a second one with short-lived access tokens for the expiry test). Everything lives in a
 * fresh temp folder and is stopped and removed at the end, also when the setup itself fails.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `The end-to-end tests drive Debian's Chromium at ${CHROMIUM_PATH}, which is not installed. ` +
        'Install it (as root: apt-get install -y chromium) and run them again.',
    );
  }
  const started = performance.now();
  rmSync(ARTIFACTS_DIR, { recursive: true, force: true });
  const tempRoot = await mkdtemp(join(tmpdir(), 'shelfwise-e2e-'));
  // mkdtemp makes it 700; as root PostgreSQL runs as the postgres user, which must get through it.
  await chmod(tempRoot, 0o755);
  const messages: string[] = [];
  const log = (msg: string) => messages.push(msg);
  const stops: Array<() => Promise<void>> = [];
  // pg_ctl starts PostgreSQL detached from us: if this process dies without tearing down, stop it anyway.
  const onExit = () => killPostmastersNow(tempRoot);
  process.once('exit', onExit);
  const teardown = async () => {
    for (const stop of stops.reverse()) await stop().catch((error: unknown) => console.error('e2e teardown:', error));
    await rm(tempRoot, { recursive: true, force: true });
    process.removeListener('exit', onExit);
  };

  try {
    const spaDir = join(tempRoot, 'spa');
    const [, postgres, redis] = await settled([
      buildSpa(spaDir),
      startEmbeddedPostgres({ dataDir: join(tempRoot, 'postgres'), port: 0, database: 'shelfwise_e2e', ephemeral: true, log }).then(
        (server) => (stops.push(server.stop), server),
      ),
      startEmbeddedRedis({ dataDir: join(tempRoot, 'redis'), port: 0, log }).then((server) => {
        if (!server) throw new Error('The end-to-end tests need redis-server on the PATH (as root: apt-get install -y redis-server).');
        stops.push(server.stop);
        return server;
      }),
    ]);
    const shortTokenDatabaseUrl = await createDatabase(postgres.url, 'shelfwise_e2e_short');

    const common = { redisUrl: redis.url, spaDir };
    const startServer = (options: Parameters<typeof startApiServer>[0]) =>
      startApiServer(options).then((server) => {
        stops.push(() => stopAndReport(server));
        return server;
      });
    const [main, shortToken] = await settled([
      startServer({ ...common, databaseUrl: postgres.url, redisKeyPrefix: 'e2e:' }),
      startServer({
        ...common,
        databaseUrl: shortTokenDatabaseUrl,
        redisKeyPrefix: 'e2e-short:',
        env: { ACCESS_TOKEN_TTL_SECONDS: String(SHORT_TOKEN_TTL_SECONDS) },
      }),
    ]);
    project.provide('baseUrl', main.baseUrl);
    project.provide('shortTokenBaseUrl', shortToken.baseUrl);
    console.log(`e2e: SPA built, PostgreSQL, Redis and 2 API servers ready in ${Math.round(performance.now() - started)} ms`);
  } catch (error) {
    console.error(messages.join('\n'));
    await teardown();
    throw error;
  }
  return teardown;
}
