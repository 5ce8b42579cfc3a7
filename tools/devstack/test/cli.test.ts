import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeTestTempDir } from './support/temp-dir.js';

const bin = fileURLToPath(new URL('../bin/devstack.mjs', import.meta.url));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function devstack(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const child = spawn(process.execPath, [bin, ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

describe('devstack run', () => {
  it('when the command exits, then its exit code is ours and the private PostgreSQL it started is stopped', async () => {
    const dataDir = await makeTestTempDir('cli');
    const run = await devstack(
      ['run', '--no-migrate', '--', process.execPath, '-e', 'console.log(process.env.DATABASE_URL); process.exit(3)'],
      { DATA_DIR: dataDir, EMBEDDED_POSTGRES_PORT: '0' },
    );

    expect(run.code, run.stderr).toBe(3);
    expect(run.stdout.trim()).toMatch(/^postgresql:\/\/postgres@127\.0\.0\.1:\d+\/shelfwise$/);
    expect(run.stderr).toContain('no DATABASE_URL: using a private PostgreSQL');
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  });

  it('when DATABASE_URL is set, then the command gets it as it is and nothing is started', async () => {
    const dataDir = await makeTestTempDir('cli-given');
    const url = 'postgresql://someone@db.example:5432/elsewhere';
    const run = await devstack(['run', '--no-migrate', '--', process.execPath, '-e', 'console.log(process.env.DATABASE_URL)'], { DATA_DIR: dataDir, DATABASE_URL: url });

    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.trim()).toBe(url);
    expect(existsSync(join(dataDir, 'postgres'))).toBe(false);
  });

  it('when --mail is given and SMTP_URL is not, then the command gets a local catcher\'s SMTP_URL and its page is named', async () => {
    const dataDir = await makeTestTempDir('cli-mail');
    const run = await devstack(['run', '--no-migrate', '--mail', '--', process.execPath, '-e', 'console.log(process.env.SMTP_URL)'], {
      DATA_DIR: dataDir,
      DATABASE_URL: 'postgresql://someone@db.example:5432/elsewhere',
    });

    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.trim()).toMatch(/^smtp:\/\/127\.0\.0\.1:\d+$/);
    expect(run.stderr).toMatch(/no SMTP_URL: mail goes to a local catcher, nowhere else; read it at http:\/\/127\.0\.0\.1:\d+\//);
  });

  it('when SMTP_URL is set, then --mail passes it on and starts no catcher', async () => {
    const run = await devstack(['run', '--no-migrate', '--mail', '--', process.execPath, '-e', 'console.log(process.env.SMTP_URL)'], {
      DATABASE_URL: 'postgresql://someone@db.example:5432/elsewhere',
      SMTP_URL: 'smtp://mail.example:587',
    });

    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.trim()).toBe('smtp://mail.example:587');
    expect(run.stderr).not.toContain('catcher');
  });

  it.each([
    [['run', '--frobnicate', '--', 'true'], 'unknown option --frobnicate'],
    [['run', '--'], 'nothing to run after --'],
    [['serve'], 'unknown command "serve"'],
  ])('when called as devstack %j, then it exits 2 saying %s and how to call it', async (args, message) => {
    const run = await devstack(args);

    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('usage: devstack run');
  });
});
