import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { quitPostmasterNow, repoRoot } from '@shelfwise/devstack';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { backendRoot } from '../src/lib/paths.js';
import { makeTestTempDir } from './support/private-servers.js';

// `npm start` with no DATABASE_URL runs the server through the development stack (`devstack run`),
// which starts a private PostgreSQL under DATA_DIR; the CLIs, run through it beside the server with
// the same DATA_DIR, find that PostgreSQL and use it. They must leave it running when they exit.

const devstack = join(repoRoot, 'tools/devstack/bin/devstack.mjs');

/** `devstack run -- node --import tsx <file> <args>`, as the root package.json scripts run it. */
function throughDevstack(file: string, args: string[]): ChildProcess {
  return spawn(process.execPath, [devstack, 'run', '--', process.execPath, '--import', 'tsx', file, ...args], {
    cwd: backendRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

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
  const child = throughDevstack(join(backendRoot, file), args);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
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
  server = throughDevstack(join(backendRoot, 'src/server.ts'), []);
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

describe('the CLIs beside a running server whose development stack owns a private PostgreSQL', () => {
  it('when user:create-admin runs and exits, then the server still has its database', async () => {
    const run = await runCli('src/cli/create-admin.ts', ['--email', `admin-${randomBytes(3).toString('hex')}@example.com`, '--name', 'Ada', '--password', 'a-long-unusual-passphrase-42']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Created admin');
    await expectServerStillServes();
  }, 30_000);

  it('when seed:users runs and exits, then the server still has its database', async () => {
    const run = await runCli('tools/seed/seed-users.ts', []);
    expect(run.code, run.stderr).toBe(0);
    await expectServerStillServes();
  }, 30_000);

  it('when seed runs and exits, then the server still has its database and (Redis shared) lists the new products at once', async () => {
    // Cache the (empty) first page, so only the seed's invalidation can make the new products show.
    expect((await listProducts()).data).toEqual([]);
    const run = await runCli('tools/seed/seed.ts', ['--products', '20']);
    expect(run.code, run.stderr).toBe(0);
    await expectServerStillServes();
    expect((await listProducts()).data.length).toBeGreaterThan(0);
  }, 30_000);
});
