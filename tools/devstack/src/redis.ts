import { spawn, type ChildProcess } from 'node:child_process';
import { access, constants, mkdir } from 'node:fs/promises';
import { connect } from 'node:net';
import { join, resolve } from 'node:path';
import { findFreePort, isPortFree } from './process/free-port.js';
import { run } from './process/run.js';

export interface EmbeddedRedisOptions {
  /** Working folder of the server (it writes nothing there: persistence is off). */
  dataDir: string;
  /** 0 or absent picks a free port. A busy explicit port is an error. */
  port?: number;
  log: (msg: string) => void;
  /**
   * Folders to look for `redis-server` in, instead of letting the OS search the PATH. Lets callers
   * (and tests) decide where it may come from without touching process.env.
   */
  searchPath?: readonly string[];
}

export interface EmbeddedRedis {
  url: string;
  port: number;
  /** A function property rather than a method: it uses no `this`, so it may be handed on (`stops.push(redis.stop)`). */
  stop: () => Promise<void>;
}

/**
 * Starts a private redis-server on 127.0.0.1 as our child process, or returns null when there is
 * no redis-server to start (the caller then falls back to in-process stores).
 *
 * Persistence is off (save "" and appendonly no): Redis holds only the cache and rate-limit counters,
 * which are safe to lose on restart; it also keeps redis from writing dump.rdb files and forking
 * background saves.
 */
export async function startEmbeddedRedis(opts: EmbeddedRedisOptions): Promise<EmbeddedRedis | null> {
  const binary = await findRedisServer(opts.searchPath);
  if (!binary) return null;
  const dataDir = resolve(opts.dataDir);
  await mkdir(dataDir, { recursive: true });

  const requested = opts.port ?? 0;
  // With port 0 another process can take the free port before redis binds it: try again then.
  const attempts = requested === 0 ? 3 : 1;
  for (let attempt = 1; ; attempt++) {
    const port = requested === 0 ? await findFreePort() : requested;
    if (requested !== 0 && !(await isPortFree(port))) {
      throw new Error(
        `Cannot start redis-server on 127.0.0.1:${port}: the port is already in use by another program. ` +
          'Stop that program or choose another port (0 picks a free one).',
      );
    }
    const started = performance.now();
    try {
      const child = await spawnRedis(binary, dataDir, port);
      opts.log(`redis-server started on 127.0.0.1:${port} in ${Math.round(performance.now() - started)} ms`);
      return { url: `redis://127.0.0.1:${port}`, port, stop: () => stopRedis(child, port, opts.log) };
    } catch (error) {
      if (attempt < attempts && /already in use|Address in use/i.test(String(error))) continue;
      throw error;
    }
  }
}

async function findRedisServer(searchPath: readonly string[] | undefined): Promise<string | null> {
  if (!searchPath) {
    // Let the OS resolve it on the PATH: ENOENT means there is none.
    const found = await run('redis-server', ['--version']).then((r) => r.code === 0, () => false);
    return found ? 'redis-server' : null;
  }
  for (const dir of searchPath) {
    const candidate = join(dir, 'redis-server');
    if (await access(candidate, constants.X_OK).then(() => true, () => false)) return candidate;
  }
  return null;
}

async function spawnRedis(binary: string, dataDir: string, port: number): Promise<ChildProcess> {
  const child = spawn(
    binary,
    [
      '--port', String(port),
      '--bind', '127.0.0.1',
      '--protected-mode', 'yes',
      '--save', '',
      '--appendonly', 'no',
      '--dir', dataDir,
      '--daemonize', 'no',
      '--loglevel', 'warning',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], cwd: dataDir },
  );
  // Keep the last output for error messages; reading it also keeps the pipes from filling up and blocking redis.
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString('utf8')).slice(-4_000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  const exited = new Promise<never>((_, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) =>
      reject(new Error(`redis-server exited during startup (code ${code}, signal ${signal}):\n${output.trim()}`)),
    );
  });
  exited.catch(() => {}); // observed below; avoid an unhandled rejection once startup is over

  const deadline = Date.now() + 10_000;
  try {
    while (!(await Promise.race([answersPing(port), exited]))) {
      if (Date.now() > deadline) throw new Error(`redis-server did not answer PING on port ${port} within 10 s:\n${output.trim()}`);
      await Promise.race([sleep(50), exited]);
    }
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  // A child we forget to stop would keep its port after our process exits.
  const killOnExit = () => child.kill('SIGTERM');
  process.once('exit', killOnExit);
  child.once('exit', () => process.removeListener('exit', killOnExit));
  return child;
}

/** Speaks just enough RESP to send PING; true on +PONG. */
function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    let reply = '';
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1_000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk) => {
      reply += chunk.toString('utf8');
      if (reply.includes('\r\n')) done(reply.startsWith('+PONG'));
    });
  });
}

async function stopRedis(child: ChildProcess, port: number, log: (msg: string) => void): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // SIGTERM = SHUTDOWN; with no save points it writes nothing and exits at once.
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
  log(`redis-server on port ${port} stopped`);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
