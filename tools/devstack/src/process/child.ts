import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { createWriteStream } from 'node:fs';

export interface Child {
  readonly process: ChildProcess;
  readonly pid: number;
  /** Resolves once it has exited (at once when it already has). */
  exited: Promise<void>;
  get running(): boolean;
  /** Sends `signal` and waits for the exit, escalating to SIGKILL after `killAfterMs`. */
  stop(signal?: NodeJS.Signals, killAfterMs?: number): Promise<void>;
}

// Children run in their own process group (detached), so Ctrl-C reaches only us and we stop them in
// order; this makes sure none outlives us if we die without stopping them.
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** Starts a program with stdout and stderr appended to `logFile`. */
export function startChild(file: string, args: string[], logFile: string, options: SpawnOptions = {}): Child {
  const log = createWriteStream(logFile, { flags: 'a' });
  const proc = spawn(file, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  proc.stdout?.pipe(log, { end: false });
  proc.stderr?.pipe(log, { end: false });
  running.add(proc);
  const exited = new Promise<void>((resolve) => {
    proc.once('exit', () => {
      running.delete(proc);
      resolve();
    });
    proc.once('error', () => {
      running.delete(proc);
      resolve();
    });
  });
  const isRunning = () => proc.exitCode === null && proc.signalCode === null && running.has(proc);
  return {
    process: proc,
    pid: proc.pid ?? -1,
    exited,
    get running() {
      return isRunning();
    },
    async stop(signal = 'SIGTERM', killAfterMs = 15_000) {
      if (!isRunning()) return;
      await stopProcess(proc, { signal, killAfterMs, exited });
    },
  };
}

export interface StopOptions {
  /** Default SIGTERM (a graceful shutdown for our servers). */
  signal?: NodeJS.Signals;
  /** SIGKILL after this long without an exit; default 15 s. */
  killAfterMs?: number;
  /** The caller's own promise of the exit, when it has one (it may also settle on a spawn error). */
  exited?: Promise<void>;
}

/** Sends `signal` to a child and waits for its exit, escalating to SIGKILL; at once when it has exited. */
export async function stopProcess(proc: ChildProcess, options: StopOptions = {}): Promise<void> {
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  const exited = options.exited ?? new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  proc.kill(options.signal ?? 'SIGTERM');
  const timer = setTimeout(() => proc.kill('SIGKILL'), options.killAfterMs ?? 15_000);
  await exited;
  clearTimeout(timer);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Polls `probe` (a rejection counts as false) every `intervalMs` until it returns true; throws after
 * `timeoutMs`, or as soon as `gaveUp` returns a reason (e.g. the process being waited for exited).
 */
export async function waitFor(
  what: string,
  probe: () => Promise<boolean>,
  timeoutMs: number,
  intervalMs = 100,
  gaveUp: () => string | null = () => null,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await probe().catch(() => false)) return;
    const reason = gaveUp();
    if (reason) throw new Error(`${what}: ${reason}`);
    await sleep(intervalMs);
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}
