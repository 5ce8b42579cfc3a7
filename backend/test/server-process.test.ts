import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { withDatabase, withPgClient } from '@shelfwise/devstack';
import { createTestDatabase } from './support/database.js';

const serverEntry = fileURLToPath(new URL('../src/server.ts', import.meta.url));

function startServer(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', serverEntry], {
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', BCRYPT_COST: '4', LOG_LEVEL: 'info', PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const listening = new Promise<number>((resolve, reject) => {
    child.stdout.on('data', () => {
      const line = output.split('\n').find((l) => l.includes('Shelfwise is listening'));
      if (line) resolve(JSON.parse(line).port);
    });
    void exited.then(() => reject(new Error(`server exited early:\n${output}`))); // exited only resolves, so nothing here can reject unseen
  });
  listening.catch(() => {}); // awaited by the tests that expect a start; others only look at the exit
  return { child, exited, listening, output: () => output };
}

let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.drop());

describe('the server process', () => {
  it('when it gets SIGTERM, then it finishes and exits 0', async () => {
    const server = startServer({ DATABASE_URL: database.url, REDIS_URL: inject('redisUrl') });
    const port = await server.listening;
    const res = await fetch(`http://127.0.0.1:${port}/health`);
    expect(res.status).toBe(200);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(server.output()).toContain('shutdown complete');
  }, 60_000);

  it('when the configuration is invalid, then it exits 1 naming every bad variable', async () => {
    const server = startServer({ PORT: 'x', DATABASE_URL: 'nope', JWT_SECRET: 'short' });
    expect(await server.exited).toBe(1);
    expect(server.output()).toMatch(/PORT/);
    expect(server.output()).toMatch(/DATABASE_URL/);
    expect(server.output()).toMatch(/JWT_SECRET/);
  });

  it('when the database is missing migrations, then it exits 1 naming them and the command that applies them, without listening', async () => {
    const admin = inject('postgresAdminUrl');
    const name = `shelfwise_t_${inject('testRunId')}_unmigrated`;
    await withPgClient(admin, (client) => client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`));
    try {
      const server = startServer({ DATABASE_URL: withDatabase(admin, name), REDIS_URL: inject('redisUrl') });
      expect(await server.exited).toBe(1);
      expect(server.output()).toMatch(/migration\(s\) not applied to the database: 20261125160802_init, /);
      expect(server.output()).toContain('npm run migrate -w backend');
      expect(server.output()).not.toContain('Shelfwise is listening');
    } finally {
      await withPgClient(admin, (client) => client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`));
    }
  }, 60_000);

  it('when the database has every migration but the last, then it still refuses, naming only that one', async () => {
    const database = await createTestDatabase();
    try {
      // Prisma's bookkeeping is the migrating role's to write (the API's role only reads it).
      await withPgClient(database.ownerUrl, (client) =>
        client.query(`DELETE FROM _prisma_migrations WHERE migration_name = (SELECT max(migration_name) FROM _prisma_migrations)`),
      );
      const server = startServer({ DATABASE_URL: database.url, REDIS_URL: inject('redisUrl') });
      expect(await server.exited).toBe(1);
      expect(server.output()).toMatch(/1 migration\(s\) not applied to the database: \d{14}_[a-z_]+\./);
    } finally {
      await database.drop();
    }
  }, 60_000);
});
