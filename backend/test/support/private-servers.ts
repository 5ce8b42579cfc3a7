import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { inject } from 'vitest';
import { applyMigrations, type EmbeddedPostgres, type EmbeddedRedis, startEmbeddedPostgres, startEmbeddedRedis } from '@shelfwise/devstack';

/** A server a test may stop and start again: same port, same URL, same data. */
export interface PrivateServer {
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stop and delete its data; call it in afterAll. */
  destroy(): Promise<void>;
}

const quiet = () => {};

/** A folder under the run's temp root (global teardown removes it and stops servers left in it). */
export async function makeTestTempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(inject('testTempRoot'), `${prefix}-`));
  // As root PostgreSQL runs as the postgres user, which must be able to enter it.
  await chmod(dir, 0o755);
  return dir;
}

/** Its own PostgreSQL (for stopping it: readiness, pool recovery); `migrate` applies the migrations to its database. */
export async function startPrivatePostgres(options: { migrate?: boolean } = {}): Promise<PrivateServer> {
  const dir = await makeTestTempDir('private-postgres');
  const dataDir = join(dir, 'data');
  const server = await restartable(dir, (port) => startEmbeddedPostgres({ dataDir, port, database: 'shelfwise', ephemeral: true, log: quiet }));
  if (options.migrate) await applyMigrations(server.url, quiet);
  return server;
}

/** Its own redis-server (for stopping it: cache fail-open, reconnects). */
export async function startPrivateRedis(): Promise<PrivateServer> {
  const dir = await makeTestTempDir('private-redis');
  return restartable(dir, async (port) => {
    const server = await startEmbeddedRedis({ dataDir: dir, port, log: quiet });
    if (!server) throw new Error('no redis-server on the PATH: apt-get install -y redis-server');
    return server;
  });
}

/** Boots on a free port, then start() boots again on that same port; destroy() also deletes dir. */
async function restartable(dir: string, boot: (port: number) => Promise<EmbeddedPostgres | EmbeddedRedis>): Promise<PrivateServer> {
  let server: EmbeddedPostgres | EmbeddedRedis | null = await boot(0);
  const { port, url } = server;
  return {
    url,
    async stop() {
      await server?.stop();
      server = null;
    },
    async start() {
      server ??= await boot(port);
    },
    async destroy() {
      await server?.stop();
      server = null;
      await rm(dir, { recursive: true, force: true });
    },
  };
}
