import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { access, constants, mkdir, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { join, resolve } from 'node:path';
import { sleep } from './process/child.js';
import { findFreePort } from './process/free-port.js';
import type { RunResult } from './process/run.js';

// Where Debian's rabbitmq-server package keeps the scripts that run as the calling user
// (/usr/sbin/rabbitmq-server is a wrapper that switches to the rabbitmq user).
const DEBIAN_BIN = '/usr/lib/rabbitmq/bin';

export interface EmbeddedRabbitMqOptions {
  /** Its database, logs and Erlang cookie: a folder of its own, removed by the caller. */
  dataDir: string;
  log: (msg: string) => void;
  /** Where rabbitmq-server and rabbitmqctl are; Debian's folder by default. */
  binDir?: string;
}

export interface EmbeddedRabbitMq {
  /** amqp://guest:guest@127.0.0.1:<port> (guest may sign in from the loopback interface only). */
  url: string;
  port: number;
  /** rabbitmqctl against this node, e.g. ['close_all_connections', 'test']. */
  ctl: (args: string[]) => Promise<RunResult>;
  stop: () => Promise<void>;
}

/**
 * Starts a private RabbitMQ node (Debian's rabbitmq-server) on 127.0.0.1 as our child process, or
 * returns null when none is installed (`apt-get install rabbitmq-server`). A node of its own: a
 * unique node name, free AMQP and distribution ports, everything under `dataDir`, no plugins. Takes
 * a few seconds (the Erlang VM boots); tests that need a broker start one per file.
 */
export async function startEmbeddedRabbitMq(opts: EmbeddedRabbitMqOptions): Promise<EmbeddedRabbitMq | null> {
  const binDir = opts.binDir ?? DEBIAN_BIN;
  const server = join(binDir, 'rabbitmq-server');
  if (!(await access(server, constants.X_OK).then(() => true, () => false))) return null;
  const dataDir = resolve(opts.dataDir);
  await mkdir(join(dataDir, 'log'), { recursive: true });
  await writeFile(join(dataDir, 'enabled_plugins'), '[].\n');
  // A small disk is no alarm here (the default refuses publishes under 50 MB free).
  await writeFile(join(dataDir, 'rabbitmq.conf'), 'disk_free_limit.absolute = 1MB\n');
  await writeFile(join(dataDir, 'rabbitmq-env.conf'), '');
  const port = await findFreePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // The Erlang cookie is made in $HOME: this node's own, readable by its rabbitmqctl.
    HOME: dataDir,
    RABBITMQ_NODENAME: `shelfwise-${randomBytes(4).toString('hex')}@localhost`,
    RABBITMQ_NODE_IP_ADDRESS: '127.0.0.1',
    RABBITMQ_NODE_PORT: String(port),
    RABBITMQ_DIST_PORT: String(await findFreePort()),
    RABBITMQ_MNESIA_BASE: join(dataDir, 'mnesia'),
    RABBITMQ_LOG_BASE: join(dataDir, 'log'),
    RABBITMQ_LOGS: '-',
    RABBITMQ_ENABLED_PLUGINS_FILE: join(dataDir, 'enabled_plugins'),
    RABBITMQ_CONFIG_FILE: join(dataDir, 'rabbitmq'),
    RABBITMQ_CONF_ENV_FILE: join(dataDir, 'rabbitmq-env.conf'),
    RABBITMQ_PID_FILE: join(dataDir, 'rabbitmq.pid'),
  };
  const started = performance.now();
  // Its own process group: the script starts the Erlang VM as a child, and both are stopped together.
  const child = spawn(server, [], { env, cwd: dataDir, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString('utf8')).slice(-4_000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const killOnExit = () => signalGroup(child, 'SIGKILL');
  process.once('exit', killOnExit);
  void exited.then(() => process.removeListener('exit', killOnExit));

  const deadline = Date.now() + 60_000;
  while (!(await answersAmqp(port))) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`rabbitmq-server exited during startup:\n${output.trim()}`);
    if (Date.now() > deadline) {
      signalGroup(child, 'SIGKILL');
      throw new Error(`rabbitmq-server did not answer on port ${port} within 60 s:\n${output.trim()}`);
    }
    await sleep(100);
  }
  opts.log(`rabbitmq-server started on 127.0.0.1:${port} in ${Math.round(performance.now() - started)} ms`);
  return {
    url: `amqp://guest:guest@127.0.0.1:${port}`,
    port,
    ctl: (args) => runWith(join(binDir, 'rabbitmqctl'), ['-n', env.RABBITMQ_NODENAME!, ...args], env),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      // SIGTERM: the Erlang VM shuts the node down in order.
      signalGroup(child, 'SIGTERM');
      const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
      opts.log(`rabbitmq-server on port ${port} stopped`);
    },
  };
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // Gone already.
  }
}

/** Sends the AMQP 0-9-1 protocol header; a broker answers with a method frame (type 1): Connection.Start. */
function answersAmqp(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ host: '127.0.0.1', port });
    const finish = (ok: boolean) => {
      socket.destroy();
      done(ok);
    };
    socket.setTimeout(1_000, () => finish(false));
    socket.once('error', () => finish(false));
    socket.once('connect', () => socket.write(Buffer.from([0x41, 0x4d, 0x51, 0x50, 0, 0, 9, 1])));
    socket.once('data', (chunk) => finish(chunk[0] === 1));
  });
}

function runWith(file: string, args: string[], env: NodeJS.ProcessEnv): Promise<RunResult> {
  return new Promise((done, fail) => {
    const child = spawn(file, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.once('error', fail);
    child.once('close', (code) => done({ code, stdout, stderr }));
  });
}
