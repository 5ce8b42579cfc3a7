import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { findFreePort, stopProcess } from '@shelfwise/devstack';

const backendDir = fileURLToPath(new URL('../../../backend/', import.meta.url));
const serverEntry = fileURLToPath(new URL('../../../backend/src/server.ts', import.meta.url));

export interface ApiServerOptions {
  databaseUrl: string;
  redisUrl: string;
  spaDir: string;
  /** Keeps two servers on one Redis apart (cache, rate limits, revoked tokens). */
  redisKeyPrefix: string;
  /** Where the server sends mail (the run's mail catcher); unset, mail is queued and never sent. */
  smtpUrl?: string;
  /** Extra variables, e.g. a short ACCESS_TOKEN_TTL_SECONDS. */
  env?: Record<string, string>;
}

export interface ApiServer {
  baseUrl: string;
  /** The server's stdout and stderr so far (LOG_LEVEL=warn: warnings and errors only). */
  output(): string;
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 90_000;

/**
 * The real API as a child process (`node --import tsx backend/src/server.ts`), serving the built
 * SPA at `/`, on a database global-setup.ts has migrated. With LOG_LEVEL=warn it does not log its
 * port, so it gets a free one chosen here; losing that port to another process is retried.
 */
export async function startApiServer(options: ApiServerOptions): Promise<ApiServer> {
  for (let attempt = 1; ; attempt++) {
    const port = await findFreePort();
    const server = spawnServer(port, options);
    try {
      await server.ready;
      return server;
    } catch (error) {
      await server.stop();
      if (attempt < 3 && /EADDRINUSE/.test(server.output())) continue;
      throw error;
    }
  }
}

function spawnServer(port: number, options: ApiServerOptions): ApiServer & { ready: Promise<void> } {
  const child = spawn(process.execPath, ['--import', 'tsx', serverEntry], {
    // cwd: `--import tsx` resolves from here; the env is ours alone, nothing leaks in from the shell.
    cwd: backendDir,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      DATABASE_URL: options.databaseUrl,
      REDIS_URL: options.redisUrl,
      REDIS_KEY_PREFIX: options.redisKeyPrefix,
      SPA_DIR: options.spaDir,
      JWT_SECRET: randomBytes(32).toString('hex'),
      BCRYPT_COST: '4',
      // Every test registers and signs in from 127.0.0.1: the limits must never be what a test meets.
      RATE_LIMIT_MAX: '100000',
      AUTH_RATE_LIMIT_MAX: '100000',
      LOGIN_MAX_FAILURES_PER_ACCOUNT: '99',
      // Links in emails lead back to this server, which serves the SPA.
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      // The specs create products right after signing up; confirming the address has its own spec.
      UNVERIFIED_USERS_MAY_WRITE: 'true',
      // The webhooks spec's receiver listens on 127.0.0.1, which the SSRF guard refuses by default.
      WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
      ...(options.smtpUrl ? { SMTP_URL: options.smtpUrl } : {}),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString('utf8')).slice(-200_000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // If the test process dies without tearing down, the server must not outlive it.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  void exited.then(() => process.removeListener('exit', killOnExit));

  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    output: () => output,
    ready: waitUntilReady(baseUrl, child, exited, () => output),
    // SIGTERM (graceful shutdown), SIGKILL if it has not exited within 15 s.
    stop: () => stopProcess(child, { exited }),
  };
}

async function waitUntilReady(baseUrl: string, child: ChildProcess, exited: Promise<void>, output: () => string): Promise<void> {
  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (gone) throw new Error(`the API server exited during start (code ${child.exitCode}):\n${output()}`);
    const status = await fetch(`${baseUrl}/health/ready`, { signal: AbortSignal.timeout(2_000) }).then(
      (res) => res.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the API server was not ready at ${baseUrl}/health/ready within ${READY_TIMEOUT_MS / 1000} s:\n${output()}`);
}

/**
 * What the API logged beyond the access log's warnings for the 4xx the tests provoke on purpose:
 * errors, and anything that is not an access-log line, are worth seeing after a run.
 */
export async function stopAndReport(server: ApiServer): Promise<void> {
  await server.stop();
  const notable = server
    .output()
    .split('\n')
    .filter((line) => line.trim() && !isClientErrorAccessLog(line));
  if (notable.length) console.warn(`e2e: the API at ${server.baseUrl} logged:\n${notable.slice(-50).join('\n')}`);
}

function isClientErrorAccessLog(line: string): boolean {
  try {
    const entry = JSON.parse(line) as { level?: number; res?: { statusCode?: number } };
    return entry.level === 40 && (entry.res?.statusCode ?? 0) >= 400 && (entry.res?.statusCode ?? 0) < 500;
  } catch {
    return false;
  }
}
