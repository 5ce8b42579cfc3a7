import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { quitPostmasterNow } from '../src/lib/embedded/kill-postmasters.js';
import { withPgClient } from '../src/lib/embedded/pg-client.js';
import { startEmbeddedPostgres } from '../src/lib/embedded/postgres.js';
import { backendRoot } from '../src/lib/paths.js';
import { makeTestTempDir } from './support/private-servers.js';

// `npm start` with no DATABASE_URL runs a private PostgreSQL under DATA_DIR; the CLIs, run beside it
// with the same DATA_DIR, find that server and use it. They must leave it running when they exit.

let dataDir: string;
let env: Record<string, string>;
let server: ChildProcess;
let baseUrl: string;
let output = '';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runCli(file: string, args: string[]): Promise<Run> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(backendRoot, 'src/cli', file), ...args], {
    cwd: backendRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

async function waitForReady(deadlineMs: number): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  while (Date.now() < deadline) {
    const status = await fetch(`${baseUrl}/health/ready`).then((r) => r.status, () => 0);
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`server not ready within ${deadlineMs} ms:\n${output}`);
}

beforeAll(async () => {
  dataDir = join(await makeTestTempDir('cli-beside-server'), 'data');
  env = {
    PATH: process.env.PATH ?? '',
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    BCRYPT_COST: '4',
    HOST: '127.0.0.1',
    PORT: '0',
    DATA_DIR: dataDir,
    EMBEDDED_POSTGRES_PORT: '0',
    REDIS_URL: inject('redisUrl'),
    REDIS_KEY_PREFIX: `cli-beside-${randomBytes(4).toString('hex')}:`,
  };
  server = spawn(process.execPath, ['--import', 'tsx', join(backendRoot, 'src/server.ts')], { cwd: backendRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout!.on('data', (d) => (output += d));
  server.stderr!.on('data', (d) => (output += d));
  const port = await new Promise<number>((resolve, reject) => {
    server.stdout!.on('data', () => {
      const line = output.split('\n').find((l) => l.includes('Shelfwise is listening'));
      if (line) resolve(JSON.parse(line).port);
    });
    server.once('exit', () => reject(new Error(`server exited early:\n${output}`)));
  });
  baseUrl = `http://127.0.0.1:${port}`;
  await waitForReady(10_000);
}, 60_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  // In case the server died without its teardown (global teardown would catch it too).
  if (dataDir) quitPostmasterNow(join(dataDir, 'postgres'));
});

async function expectServerStillServes(): Promise<void> {
  expect((await fetch(`${baseUrl}/health/ready`)).status, output).toBe(200);
  expect((await fetch(`${baseUrl}/api/v1/products`)).status).toBe(200);
}

async function listProducts(): Promise<{ data: unknown[] }> {
  return (await (await fetch(`${baseUrl}/api/v1/products`)).json()) as { data: unknown[] };
}

describe('the CLIs beside a running server that owns a private PostgreSQL', () => {
  it('when user:create-admin runs and exits, then the server still has its database', async () => {
    const run = await runCli('create-admin.ts', ['--email', `admin-${randomBytes(3).toString('hex')}@example.com`, '--name', 'Ada', '--password', 'a-long-unusual-passphrase-42']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Created admin');
    await expectServerStillServes();
  }, 30_000);

  it('when seed:users runs and exits, then the server still has its database', async () => {
    const run = await runCli('seed-users.ts', []);
    expect(run.code, run.stderr).toBe(0);
    await expectServerStillServes();
  }, 30_000);

  it('when seed runs and exits, then the server still has its database and (Redis shared) lists the new products at once', async () => {
    // Cache the (empty) first page, so only the seed's invalidation can make the new products show.
    expect((await listProducts()).data).toEqual([]);
    const run = await runCli('seed.ts', ['--products', '20']);
    expect(run.code, run.stderr).toBe(0);
    await expectServerStillServes();
    expect((await listProducts()).data.length).toBeGreaterThan(0);
  }, 30_000);
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
