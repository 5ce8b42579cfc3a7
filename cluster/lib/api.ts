import { join } from 'node:path';
import { startChild, waitFor, type Child } from '@shelfwise/devstack';

export interface ApiInstanceOptions {
  name: string;
  port: number;
  /** The environment every instance shares (database, Redis, JWT secret, ...). */
  env: NodeJS.ProcessEnv;
  projectRoot: string;
  logDir: string;
}

/** One API process the drills may SIGTERM, SIGKILL and start again on the same port. */
export interface ApiInstance {
  name: string;
  port: number;
  url: string;
  get pid(): number;
  get running(): boolean;
  start(): Promise<void>;
  /** SIGTERM (graceful: drains, then exits) and wait for the exit. */
  stop(): Promise<void>;
  /** SIGKILL: gone at once, in-flight requests and all. */
  kill(): Promise<void>;
  /** Resolves when the current process exits. */
  exited(): Promise<void>;
}

/**
 * The API exactly as `npm start` runs it (backend/src/server.ts), through tsx so no build step is
 * needed; `node --import tsx` keeps it one process, so a signal reaches the server itself.
 */
export function apiInstance(o: ApiInstanceOptions): ApiInstance {
  let child: Child | null = null;
  const url = `http://127.0.0.1:${o.port}`;
  const logFile = join(o.logDir, `${o.name}.log`);

  return {
    name: o.name,
    port: o.port,
    url,
    get pid() {
      return child?.pid ?? -1;
    },
    get running() {
      return child?.running ?? false;
    },
    async start() {
      if (child?.running) return;
      const proc = startChild(process.execPath, ['--import', 'tsx', join('backend', 'src', 'server.ts')], logFile, {
        cwd: o.projectRoot,
        env: { ...o.env, PORT: String(o.port), HOST: '127.0.0.1' },
      });
      child = proc;
      await waitFor(`${o.name} to be ready on ${url}`, async () => (await fetch(`${url}/health/ready`)).status === 200, 60_000, 100,
        () => (proc.running ? null : `it exited; see ${logFile}`));
    },
    async stop() {
      await child?.stop('SIGTERM', 30_000);
    },
    async kill() {
      await child?.stop('SIGKILL');
    },
    exited: () => child?.exited ?? Promise.resolve(),
  };
}
