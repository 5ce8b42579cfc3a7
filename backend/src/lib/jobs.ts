import { fromPrisma, PgBoss, type PrismaTransactionLike, type Queue } from 'pg-boss';
import type { Logger } from './logger.js';

/**
 * Background jobs on pg-boss, in the PostgreSQL every start already has: no second server to run,
 * and a job can be queued in the same transaction as the change it follows (`send` with `tx`), so
 * a rolled-back registration never mails anyone and a committed one always does.
 *
 * The queue's tables are installed by a Prisma migration (20261202080100_job_queue), not by
 * pg-boss at start: one migration step for the whole database, run before any server starts.
 */

const BATCH_SIZE = 10;
// How often maintenance looks for jobs whose worker went silent (heartbeatSeconds) or overran
// (expireInSeconds) and hands them back for a retry; pg-boss's default is a minute. One instance
// does each pass (pg-boss claims it in the database), and a pass over idle queues is a few indexed
// updates.
const SUPERVISE_SECONDS = 10;

export interface JobQueueOptions {
  connectionString: string;
  logger: Logger;
  /** Connections for pg-boss's own pool (fetching, completing, maintenance). */
  poolSize?: number;
  /** pg-boss's maintenance (expiring stuck jobs, deleting old ones); off only in short-lived test apps. */
  maintenance?: boolean;
}

export interface QueueDefinition<T extends object> {
  name: string;
  /** Retries, expiry, heartbeat, dead letter (a queue defined before this one). */
  options: Omit<Queue, 'name'>;
  /**
   * Long jobs: fetched one at a time, this many at once per instance, so that one job never waits
   * behind another in its batch. Without it, jobs come in batches (BATCH_SIZE), handled in turn.
   */
  concurrency?: number;
  /** Runs one job; a throw fails this attempt, and the queue's retry policy decides what follows. */
  handle?: (data: T) => Promise<void>;
  /**
   * A cron expression (UTC): pg-boss queues one job at each occurrence, once across all instances
   * (its schedule rows are shared in the database). Only where maintenance runs.
   */
  cron?: string;
}

export interface JobQueue {
  /** Declares a queue; the modules do this while the app is built, before start. */
  define<T extends object>(queue: QueueDefinition<T>): void;
  /** Creates the declared queues (idempotent) and, when `work` is true, works the ones with a handler. */
  start(options: { work: boolean }): Promise<void>;
  /**
   * Runs `begin` when this instance starts working its queues (start with `work` true): background
   * workers of a module's own (the webhooks dispatcher) run where jobs run, and nowhere else.
   */
  onWork(begin: () => void): void;
  /** Queues a job; with `tx` (an interactive Prisma transaction) it commits or rolls back with it. */
  send(name: string, data: object, tx?: PrismaTransactionLike): Promise<void>;
  /** Stops fetching, waits up to `timeoutMs` for jobs in hand, and closes the pool. */
  stop(timeoutMs: number): Promise<void>;
}

export function createJobQueue({ connectionString, logger, poolSize = 4, maintenance = true }: JobQueueOptions): JobQueue {
  const queues = new Map<string, QueueDefinition<object>>();
  const boss = new PgBoss({
    connectionString,
    schema: 'pgboss',
    max: poolSize,
    migrate: false,
    createSchema: false,
    // A job queued by this process wakes its workers at once instead of at the next poll.
    useListenNotify: true,
    application_name: 'shelfwise-jobs',
    supervise: maintenance,
    superviseIntervalSeconds: SUPERVISE_SECONDS,
    monitorIntervalSeconds: SUPERVISE_SECONDS,
    // The cron pass (queues the jobs of `cron` queues), with the rest of the maintenance.
    schedule: maintenance,
  });
  boss.on('error', (err) => logger.error({ err }, 'job queue error'));
  let started = false;
  const workers: Array<() => void> = [];

  return {
    onWork(begin) {
      workers.push(begin);
    },
    define(queue) {
      if (started) throw new Error(`queue ${queue.name} defined after the job queue started`);
      queues.set(queue.name, queue as QueueDefinition<object>);
    },
    async start({ work }) {
      await boss.start();
      started = true;
      for (const queue of queues.values()) {
        await boss.createQueue(queue.name, { ...queue.options, notify: true });
        if (queue.cron !== undefined && maintenance) {
          // missed: once: a deployment that was down at the hour still runs the job when it is back.
          await boss.schedule(queue.name, queue.cron, {}, { tz: 'UTC', missed: 'once' });
        }
      }
      if (!work) return;
      for (const begin of workers) begin();
      for (const { name, handle, concurrency } of queues.values()) {
        if (!handle) continue;
        const fetching = concurrency === undefined
          ? { batchSize: BATCH_SIZE, burstWhenBatchFull: true, localConcurrency: 2 }
          : { batchSize: 1, localConcurrency: concurrency };
        // Batches of up to BATCH_SIZE, fetched again at once while they come back full, so a backlog
        // drains at the handlers' pace rather than one job per poll. NOTIFY wakes a worker for a new
        // job but not for a retry coming due: the backstop poll (pg-boss's default is 30 s while
        // NOTIFY is up) is what picks retries up, so it is short here.
        await boss.work<object>(
          name,
          { ...fetching, pollingIntervalSeconds: 1, notifyPollingIntervalSeconds: 2 },
          async (jobs) => {
            for (const job of jobs) {
              try {
                await handle(job.data);
              } catch (err) {
                // Only this job fails (and is retried by its queue's policy): the rest of the batch
                // completes when the handler returns, since completion touches active jobs only.
                logger.warn({ err, queue: name, jobId: job.id }, 'job attempt failed; the queue retries it');
                await boss.fail(name, job.id, { message: err instanceof Error ? err.message : String(err) });
              }
            }
          },
        );
      }
    },
    async send(name, data, tx) {
      if (!started) throw new Error(`job queue not started: cannot queue ${name}`);
      await boss.send(name, data, tx ? { db: fromPrisma(tx) } : undefined);
    },
    async stop(timeoutMs) {
      if (!started) return;
      started = false;
      await boss.stop({ graceful: true, timeout: timeoutMs, close: true });
    },
  };
}
