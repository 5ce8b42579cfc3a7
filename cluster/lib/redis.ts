import { mkdir } from 'node:fs/promises';
import { connect } from 'node:net';
import { join } from 'node:path';
import { canRun, type Child, startChild, waitFor } from '@shelfwise/devstack';

/** The shared Redis. stop() snapshots first, so start() brings back what was cached before the outage. */
export interface RedisServer {
  url: string;
  port: number;
  stop(): Promise<void>;
  start(): Promise<void>;
  get running(): boolean;
}

/**
 * One redis-server (from the PATH). Unlike the private one of `npm start` (no persistence), a stop
 * here is SHUTDOWN SAVE and a start loads that snapshot: the harder case for the cache, whose
 * entries from before the outage come back and must not be served (drill 3).
 */
export async function startRedis(dir: string, port: number, log: (msg: string) => void): Promise<RedisServer> {
  const dataDir = join(dir, 'redis');
  await mkdir(dataDir, { recursive: true });
  let child: Child | null = null;

  async function start(): Promise<void> {
    if (child?.running) return;
    child = startChild('redis-server', [
      '--port', String(port), '--bind', '127.0.0.1', '--protected-mode', 'yes', '--dir', dataDir,
      '--dbfilename', 'dump.rdb', '--save', '', '--appendonly', 'no', '--loglevel', 'warning',
    ], join(dir, 'redis.log'));
    const proc = child;
    await waitFor(`redis-server on port ${port}`, async () => (await command(port, 'PING')).startsWith('+PONG'), 10_000, 50,
      () => (proc.running ? null : `it exited; see ${join(dir, 'redis.log')}`));
    log(`redis-server on 127.0.0.1:${port}`);
  }

  if (!(await canRun('redis-server', ['--version']))) {
    throw new Error('redis-server is not on the PATH: install it (as root: apt-get install -y redis-server)');
  }
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    get running() {
      return child?.running ?? false;
    },
    start,
    async stop() {
      const proc = child;
      if (!proc?.running) return;
      await command(port, 'SHUTDOWN SAVE').catch(() => '');
      await Promise.race([proc.exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      await proc.stop('SIGKILL');
      log(`redis-server on port ${port} stopped (snapshot saved)`);
    },
  };
}

/** Sends one inline command; resolves with the first reply line, or '' when the server closes. */
function command(port: number, line: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    let reply = '';
    socket.setTimeout(1_000, () => {
      socket.destroy();
      reject(new Error(`redis ${line}: no answer`));
    });
    socket.once('error', reject);
    socket.once('connect', () => socket.write(`${line}\r\n`));
    socket.on('data', (chunk) => {
      reply += chunk.toString('utf8');
      if (reply.includes('\r\n')) {
        socket.destroy();
        resolve(reply);
      }
    });
    socket.once('close', () => resolve(reply));
  });
}
