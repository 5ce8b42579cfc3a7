import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort, isPortFree } from '@shelfwise/devstack';

export interface RedisServerHandle {
  url: string;
  port: number;
  /**
   * Shuts down with a save, so `start()` brings the same data back (a restart with persistence);
   * `save: false` brings back the last explicit snapshot (SAVE) instead, or nothing.
   */
  stop(options?: { save?: boolean }): Promise<void>;
  /** Starts again on the same port and data directory; resolves once it answers PING. */
  start(): Promise<void>;
  /** Kills the server if running and deletes its directory. Idempotent; call it in afterAll. */
  destroy(): Promise<void>;
}

/**
 * A private redis-server (from the PATH) for tests that need to stop and restart it. The port is
 * asked from the OS, or taken from TEST_REDIS_PORTS ("56390-56399") on machines where only a range
 * may be used; the data directory is a fresh one under the OS temp dir (TMPDIR).
 */
export async function startRedisServer(): Promise<RedisServerHandle> {
  const port = await choosePort(process.env.TEST_REDIS_PORTS);
  const dir = await mkdtemp(join(tmpdir(), 'redis-test-'));
  let child: ChildProcess | null = null;
  let output = '';
  // A test run that dies must not leave a server behind.
  const killOnExit = () => child?.kill('SIGKILL');
  process.once('exit', killOnExit);

  async function start(): Promise<void> {
    if (child) throw new Error('redis-server is already running');
    output = '';
    const proc = spawn('redis-server', [
      '--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--dbfilename', 'dump.rdb',
      '--save', '', '--appendonly', 'no', '--protected-mode', 'no', '--daemonize', 'no', '--loglevel', 'warning',
    ], { stdio: ['ignore', 'pipe', 'pipe'] });
    child = proc;
    const keep = (chunk: Buffer) => (output = (output + chunk.toString('utf8')).slice(-4000));
    proc.stdout?.on('data', keep);
    proc.stderr?.on('data', keep);
    const exited = new Promise<never>((_, reject) => {
      proc.once('error', reject);
      proc.once('exit', (code) => reject(new Error(`redis-server exited (${code}) before answering: ${output}`)));
    });
    exited.catch(() => {});
    try {
      await Promise.race([waitForPong(port, 10_000), exited]);
    } catch (err) {
      proc.kill('SIGKILL');
      child = null;
      throw err;
    }
    proc.once('exit', () => {
      if (child === proc) child = null;
    });
  }

  async function stop(options: { save?: boolean } = {}): Promise<void> {
    const proc = child;
    if (!proc) return;
    const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
    await sendRaw(port, options.save === false ? 'SHUTDOWN NOSAVE\r\n' : 'SHUTDOWN SAVE\r\n').catch(() => proc.kill('SIGKILL'));
    const timer = setTimeout(() => proc.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
    child = null;
  }

  async function destroy(): Promise<void> {
    const proc = child;
    if (proc) {
      const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
      proc.kill('SIGKILL');
      await exited;
      child = null;
    }
    process.off('exit', killOnExit);
    await rm(dir, { recursive: true, force: true });
  }

  try {
    await start();
  } catch (err) {
    await destroy();
    throw err;
  }
  return { url: `redis://127.0.0.1:${port}`, port, start, stop, destroy };
}

async function choosePort(range: string | undefined): Promise<number> {
  if (!range) return findFreePort();
  const [from, to] = range.split('-').map(Number);
  if (!from || !to) throw new Error(`TEST_REDIS_PORTS must look like 56390-56399: ${range}`);
  for (let port = from; port <= to; port++) if (await isPortFree(port)) return port;
  throw new Error(`no free port in TEST_REDIS_PORTS=${range}`);
}

/** Sends one inline command and resolves with whatever comes back before the server closes or 1 s passes. */
function sendRaw(port: number, command: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    let reply = '';
    socket.setTimeout(1000, () => socket.destroy());
    socket.once('connect', () => socket.write(command));
    socket.on('data', (chunk) => {
      reply += chunk.toString('utf8');
      if (reply.endsWith('\r\n')) socket.end();
    });
    socket.once('error', reject);
    socket.once('close', () => resolve(reply));
  });
}

async function waitForPong(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    // -LOADING while the dump is read back; only +PONG means ready.
    const reply = await sendRaw(port, 'PING\r\n').catch(() => '');
    if (reply.startsWith('+PONG')) return;
    if (Date.now() > deadline) throw new Error(`redis-server on port ${port} did not answer PING within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
