import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

export interface BcryptPool {
  hash(password: string, cost: number): Promise<string>;
  compare(password: string, hash: string): Promise<boolean>;
}

interface Pending {
  job: { id: number; op: 'hash' | 'compare'; password: string; arg: number | string };
  resolve(value: unknown): void;
  reject(err: Error): void;
}

interface Slot {
  worker: Worker;
  busy: Pending | null;
}

// Node runs the .ts worker itself (type stripping) when we run from src/ (tsx, vitest).
const WORKER_URL = new URL(import.meta.url.endsWith('.ts') ? './bcrypt-worker.ts' : './bcrypt-worker.js', import.meta.url);

/**
 * bcrypt on worker threads that leave a core to the event loop (one thread fewer than cores) and run
 * at the lowest priority (nice 19 on Linux; the event loop keeps 0). bcrypt's own async API uses
 * libuv's thread pool, whose 4 threads at normal priority took both cores of a 2-core machine during
 * a login storm: /health's p99 went to 19× idle. Niced threads alone brought it to 1-3×, since the
 * scheduler may let a running thread finish its slice first; with a core left free, 1.1-1.2×
 * (benchmarks/RESULTS.md). The price is sign-in throughput on small machines (one core's worth on
 * two cores), which the per-IP and per-account limits keep low anyway.
 * Threads start on first use and keep the process alive only while they have work.
 */
export function createBcryptPool(size = Math.max(1, availableParallelism() - 1), nice = 19): BcryptPool {
  const slots: Slot[] = [];
  const queue: Pending[] = [];
  let nextId = 0;

  function start(): Slot {
    const slot: Slot = { worker: new Worker(WORKER_URL, { workerData: { nice } }), busy: null };
    slot.worker.unref();
    slot.worker.on('message', (reply: { id: number; value?: unknown; error?: string }) => {
      const done = slot.busy;
      slot.busy = null;
      if (done && done.job.id === reply.id) {
        if (reply.error !== undefined) done.reject(new Error(reply.error));
        else done.resolve(reply.value);
      }
      dispatch();
    });
    // A dead thread fails its job and is replaced on the next dispatch.
    slot.worker.on('error', (err: Error) => {
      slots.splice(slots.indexOf(slot), 1);
      slot.busy?.reject(err);
      dispatch();
    });
    slots.push(slot);
    return slot;
  }

  function dispatch(): void {
    while (queue.length > 0) {
      const slot = slots.find((s) => s.busy === null) ?? (slots.length < size ? start() : undefined);
      if (!slot) break;
      const pending = queue.shift()!;
      slot.busy = pending;
      slot.worker.ref();
      slot.worker.postMessage(pending.job);
    }
    for (const slot of slots) if (slot.busy === null) slot.worker.unref();
  }

  function run<T>(op: 'hash' | 'compare', password: string, arg: number | string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      queue.push({ job: { id: nextId++, op, password, arg }, resolve, reject });
      dispatch();
    });
  }

  return {
    hash: (password, cost) => run<string>('hash', password, cost),
    compare: (password, hash) => run<boolean>('compare', password, hash),
  };
}
