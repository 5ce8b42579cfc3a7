import { spawn } from 'node:child_process';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedUsers } from '../tools/seed/seed-users.js';
import { backendRoot } from '../src/lib/paths.js';
import { createTestApp, type TestApp } from './support/app.js';
import { PASSWORD, uniqueEmail } from './auth-support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI as `npm run user:create-admin` does (tsx), against this file's database and Redis. */
function createAdmin(args: string[], stdin?: string): Promise<Run> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(backendRoot, 'src/cli/create-admin.ts'), ...args], {
    cwd: backendRoot,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      BCRYPT_COST: '4',
      DATABASE_URL: t.databaseUrl,
      REDIS_URL: t.redisUrl ?? '',
      REDIS_KEY_PREFIX: t.config.redis.keyPrefix,
    },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdin.end(stdin ?? '');
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

const login = (email: string, password: string) => request(t.app).post('/api/v1/auth/login').send({ email, password });

describe('npm run user:create-admin', () => {
  it('when given an email, a name and a good password, then it creates an ADMIN who can sign in', async () => {
    const email = uniqueEmail('cli');
    const run = await createAdmin(['--email', email, '--name', 'Root', '--password', PASSWORD]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`Created admin ${email}`);
    expect(run.stdout + run.stderr).not.toContain(PASSWORD);
    const res = await login(email, PASSWORD);
    expect(res.status).toBe(200);
    expect(res.body.user.role).toBe('ADMIN');

    const again = await createAdmin(['--email', email, '--name', 'Root', '--password', PASSWORD]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
  });

  it('when the password comes on standard input, then it is used (and kept out of the process list)', async () => {
    const email = uniqueEmail('cli-stdin');
    const run = await createAdmin(['--email', email, '--name', 'Stdin'], `${PASSWORD}\n`);
    expect(run.code, run.stderr).toBe(0);
    expect((await login(email, PASSWORD)).status).toBe(200);
  });

  it('when the password breaks the policy or the email is malformed, then it exits 2 explaining why and creates nothing', async () => {
    const run = await createAdmin(['--email', 'not-an-email', '--name', 'Weak', '--password', 'password123']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/"email"/);
    expect(run.stderr).toMatch(/most commonly used passwords/);
    expect(run.stderr).toMatch(/usage:/);
  });
});

describe('seedUsers', () => {
  it('when run (twice), then a demo user and an admin exist with the printed passwords', async () => {
    await seedUsers(t.db.prisma, t.config);
    const { admin, demo } = await seedUsers(t.db.prisma, t.config);
    expect(admin.role).toBe('ADMIN');
    expect(demo.role).toBe('USER');
    for (const user of [admin, demo]) {
      const res = await login(user.email, user.password);
      expect(res.status).toBe(200);
      expect(res.body.user).toMatchObject({ id: user.id, role: user.role });
    }
  });

  it('when the environment is production, then it refuses to run', async () => {
    await expect(seedUsers(t.db.prisma, { ...t.config, env: 'production' })).rejects.toThrow(/production/);
  });
});
