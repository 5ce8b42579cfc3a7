// The job queue (src/lib/jobs.ts) on a real PostgreSQL: pg-boss's tables come from the migrations.
import { afterEach, describe, expect, it } from 'vitest';
import { createJobQueue, type JobQueue } from '../src/lib/jobs.js';
import { createLogger } from '../src/lib/logger.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';

let db: TestDatabase | undefined;
let queue: JobQueue | undefined;
afterEach(async () => {
  await queue?.stop(5_000);
  await db?.drop();
  queue = undefined;
  db = undefined;
});

async function startQueue(handle: (data: { n: number }) => Promise<void>, work = true): Promise<JobQueue> {
  db = await createTestDatabase();
  queue = createJobQueue({ connectionString: db.url, logger: createLogger('silent'), poolSize: 2, maintenance: false });
  queue.define<{ n: number }>({ name: 'test.count', options: { retryLimit: 2, retryDelay: 1 }, handle });
  await queue.start({ work });
  return queue;
}

describe('the job queue', () => {
  it('when a backlog is waiting as workers start, then it drains in batches, each job handled once, not one job per poll', async () => {
    const handled: number[] = [];
    // Queued by an instance that works no queues (JOB_WORKERS=false): no NOTIFY wakes anyone per job.
    const web = await startQueue(() => Promise.resolve(), false);
    for (let n = 0; n < 60; n++) await web.send('test.count', { n });
    const worker = createJobQueue({ connectionString: db!.url, logger: createLogger('silent'), poolSize: 2, maintenance: false });
    worker.define<{ n: number }>({ name: 'test.count', options: { retryLimit: 2, retryDelay: 1 }, handle: ({ n }) => Promise.resolve(void handled.push(n)) });
    await worker.start({ work: true });
    try {
      // One job per poll (1 s, two workers) would take half a minute; batches take a moment.
      await expect.poll(() => handled.length, { timeout: 8_000, interval: 100 }).toBe(60);
      expect(new Set(handled).size).toBe(60);
    } finally {
      await worker.stop(5_000);
    }
  });

  it('when one job of a batch fails, then only it is retried and the others complete once', async () => {
    const attempts = new Map<number, number>();
    const jobs = await startQueue(({ n }) => {
      attempts.set(n, (attempts.get(n) ?? 0) + 1);
      return n === 3 && attempts.get(n) === 1 ? Promise.reject(new Error('SMTP said try later')) : Promise.resolve();
    });
    for (let n = 0; n < 6; n++) await jobs.send('test.count', { n });

    await expect.poll(() => attempts.get(3), { timeout: 10_000, interval: 100 }).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect([...attempts.entries()].sort(([a], [b]) => a - b)).toEqual([[0, 1], [1, 1], [2, 1], [3, 2], [4, 1], [5, 1]]);
  });

  it('when a job is queued inside a transaction that rolls back, then it never runs', async () => {
    const handled: number[] = [];
    const jobs = await startQueue(({ n }) => Promise.resolve(void handled.push(n)));
    const { PrismaPg } = await import('@prisma/adapter-pg');
    const { PrismaClient } = await import('../src/generated/prisma/client.js');
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: db!.url }) });
    try {
      await prisma
        .$transaction(async (tx) => {
          await jobs.send('test.count', { n: 1 }, tx);
          throw new Error('the change failed');
        })
        .catch(() => undefined);
      await prisma.$transaction((tx) => jobs.send('test.count', { n: 2 }, tx));
    } finally {
      await prisma.$disconnect();
    }

    await expect.poll(() => handled, { timeout: 8_000, interval: 100 }).toEqual([2]);
  });

  it('when it was not started, then queuing a job fails loudly instead of dropping it', async () => {
    db = await createTestDatabase();
    const idle = createJobQueue({ connectionString: db.url, logger: createLogger('silent') });
    await expect(idle.send('test.count', { n: 1 })).rejects.toThrow(/not started/);
  });
});
