import { execFile, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { DCLinter } from 'dclint';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../src/lib/paths.js';

const exec = promisify(execFile);
const composeFile = join(projectRoot, 'docker-compose.yml');
// What compose interpolation needs (JWT_SECRET is required with :?); .env is optional.
const composeEnv = { ...process.env, JWT_SECRET: 'x'.repeat(40), SMTP_URL: 'smtp://mail.example:587' };

/** `docker compose`, or a standalone `docker-compose` v2; null when neither exists here. */
async function composeCommand(): Promise<string[] | null> {
  const candidates = [['docker', 'compose'], ['docker-compose']];
  for (const cmd of candidates) {
    const version = await exec(cmd[0]!, [...cmd.slice(1), 'version', '--short']).then((r) => r.stdout.trim(), () => null);
    // Compose v1 (Debian's docker-compose 1.29) predates the `env_file: {path, required}` syntax.
    if (version && Number(version.replace(/^v/, '').split('.')[0]) >= 2) return cmd;
  }
  return null;
}

describe('docker-compose.yml', () => {
  it('when checked by `docker compose config` (or, without the compose plugin, against the compose-spec schema), then it is valid', async () => {
    const compose = await composeCommand();
    if (compose) {
      await exec(compose[0]!, [...compose.slice(1), '-f', composeFile, 'config', '--quiet'], { env: composeEnv, cwd: projectRoot });
    } else {
      console.info('docker compose is not installed here (no compose plugin, no docker-compose v2): validating against the compose-spec JSON schema with dclint instead');
    }
    // Always: the compose-spec JSON schema (which `docker compose config` also applies) and dclint's
    // correctness and security rules; its two key-ordering style rules are left out.
    const linter = new DCLinter({ rules: { 'service-keys-order': 0, 'services-alphabetical-order': 0 }, quiet: false, debug: false, exclude: [] });
    const [result] = linter.lintFiles([composeFile], false);
    expect(result?.messages.map((m: { rule: string; message: string }) => `${m.rule}: ${m.message}`)).toEqual([]);
  });

  it('when read, then PostgreSQL 15, Redis 7 and the API are health-checked and the API waits for both and for the migration step', async () => {
    const compose = parse(await readFile(composeFile, 'utf8'));
    const { postgres, redis, api } = compose.services;
    expect(postgres.image).toMatch(/^postgres:15(\.|-|$)/);
    expect(redis.image).toMatch(/^redis:7(\.|-|$)/);
    for (const service of [postgres, redis, api]) expect(service.healthcheck.test).toBeDefined();
    expect(api.depends_on).toEqual({
      migrate: { condition: 'service_completed_successfully' },
      postgres: { condition: 'service_healthy' },
      redis: { condition: 'service_healthy' },
    });
    expect(compose.services.migrate).toMatchObject({ build: { context: '.', target: 'migrate' }, depends_on: { postgres: { condition: 'service_healthy' } }, restart: 'no' });
    // Migrations as the tables' owner; the API as the login role the init script makes, bound by row-level security.
    expect(compose.services.migrate.environment.DATABASE_URL).toMatch(/^postgresql:\/\/\$\{POSTGRES_USER:-shelfwise\}:/);
    expect(api.environment.DATABASE_URL).toMatch(/^postgresql:\/\/shelfwise_api:/);
    expect(postgres.volumes).toContain('./docker/postgres-init:/docker-entrypoint-initdb.d:ro');
    const init = await readFile(join(projectRoot, 'docker', 'postgres-init', '10-api-role.sh'), 'utf8');
    expect(init).toMatch(/CREATE ROLE shelfwise_api LOGIN NOSUPERUSER NOBYPASSRLS [^\n]*IN ROLE shelfwise_app/);
    expect(postgres.volumes[0]).toMatch(/^postgres-data:\/var\/lib\/postgresql\/data$/);
    expect(compose.volumes).toHaveProperty('postgres-data');
    expect(api.env_file).toEqual([{ path: '.env', required: false }]);
    expect(api.environment).toMatchObject({ NODE_ENV: 'production', REDIS_URL: 'redis://redis:6379' });
    expect(api.environment.JWT_SECRET).toMatch(/^\$\{JWT_SECRET:\?/);
    expect(api.environment.DATABASE_URL).toMatch(/@postgres:5432\//);
  });
});

describe('Dockerfile', () => {
  it('when read, then it builds in stages and runs production dependencies as a non-root user', async () => {
    const dockerfile = await readFile(join(projectRoot, 'Dockerfile'), 'utf8');
    const stages = dockerfile.split(/^FROM /m).slice(1);
    expect(stages.length).toBeGreaterThanOrEqual(2);
    const runtime = stages.at(-1)!;
    expect(runtime).toMatch(/npm ci [^\n]*--omit=dev/);
    expect(runtime).toMatch(/^USER (?!root|0\b)\w+/m);
    expect(runtime).toMatch(/^HEALTHCHECK /m);
    // V8 flags (the heap's sizes) may come before the server.
    expect(runtime).toMatch(/^CMD \["node", (?:"--[\w-]+=\d+", )*"backend\/dist\/src\/server\.js"\]/m);
    // The migration step is a stage of its own, running the one migration command.
    const migrate = stages.find((stage) => /^\S+ AS migrate\b/.test(stage));
    expect(migrate).toMatch(/^CMD \["npm", "run", "migrate", "-w", "backend"\]/m);
    // Of the development stack, the runtime copies the manifest npm ci needs, nothing else.
    expect(runtime).not.toMatch(/^COPY (?:--\S+ )*tools\/devstack(?!\/package\.json )/m);
    const ignored = (await readFile(join(projectRoot, '.dockerignore'), 'utf8')).split('\n');
    expect(ignored).toEqual(expect.arrayContaining(['.env', 'node_modules', '.git']));
  });

  it("when the image's server cannot reach its database, then it exits non-zero at once instead of serving", async () => {
    const server = fileURLToPath(new URL('../src/server.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', server], {
      env: {
        PATH: process.env.PATH ?? '',
        NODE_ENV: 'production',
        JWT_SECRET: 'a-production-secret-of-our-own-0123456789',
        SMTP_URL: 'smtp://127.0.0.1:1',
        // Port 1: nothing listens, the connection is refused at once.
        DATABASE_URL: 'postgresql://shelfwise:shelfwise@127.0.0.1:1/shelfwise',
        REDIS_URL: 'redis://127.0.0.1:1',
        PORT: '0',
        HOST: '127.0.0.1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code, output).not.toBe(0);
    expect(output).toContain('failed to start');
    expect(output).not.toContain('Shelfwise is listening');
  }, 60_000);
});
