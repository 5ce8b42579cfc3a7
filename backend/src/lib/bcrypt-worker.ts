// One thread of the bcrypt pool (bcrypt-pool.ts). Only erasable TypeScript and no imports of our own
// files: Node runs this file directly (type stripping) under tsx and vitest, and compiled in dist/.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import bcrypt from 'bcrypt';

interface Job {
  id: number;
  op: 'hash' | 'compare';
  password: string;
  /** The cost for hash, the stored hash for compare. */
  arg: number | string;
}

// Below the event loop's priority: when both want a core, requests are served first and the hash
// waits. Linux gives each thread its own nice value; /proc/thread-self names this thread's id.
try {
  const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
  if (Number.isInteger(tid) && tid > 0) setPriority(tid, (workerData as { nice: number }).nice);
} catch {
  // Not Linux, or not allowed: the pool still keeps bcrypt off the event loop.
}

parentPort!.on('message', (job: Job) => {
  try {
    const value = job.op === 'hash' ? bcrypt.hashSync(job.password, job.arg) : bcrypt.compareSync(job.password, job.arg as string);
    parentPort!.postMessage({ id: job.id, value });
  } catch (err) {
    parentPort!.postMessage({ id: job.id, error: (err as Error).message });
  }
});
