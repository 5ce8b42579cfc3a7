// How jobs run (modules/jobs/runner.ts), with kinds of the test's own on a real server's job workers:
// cancel between chunks, a failing job beside a working one, a retried attempt continuing after the
// last committed chunk, failures that are final.
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobFailure, type JobContext } from '../src/modules/jobs/index.js';
import { allRows, getJob, principalOf, waitForJob } from './jobs-support.js';
import { registerUser, type Session } from './products-support.js';
import { createTestApp, type TestApp } from './support/app.js';
import { createWorkspace } from './workspaces-support.js';

let t: TestApp;
let owner: Session;
let workspaceId: string;
beforeAll(async () => {
  t = await createTestApp({ workJobs: true });
  owner = await registerUser(t.app);
  workspaceId = (await createWorkspace(t.app, owner)).id;
});
afterAll(() => t.close());

const start = (kind: string, input: object = {}, total?: number) => t.userJobs.createJob(principalOf(owner), { kind, workspaceId, input, total });

const cancelOf = (id: string) => request(t.app).post(`/api/v1/jobs/${id}/cancel`).set('Authorization', `Bearer ${owner.accessToken}`);

/** Commits `size` rows from the next one, all applied. */
const chunkOf = (ctx: JobContext, size: number) => {
  const first = ctx.nextRow();
  return ctx.commitChunk(() => Promise.resolve(Array.from({ length: size }, (_, i) => ({ row: first + i, outcome: 'applied' as const }))));
};

describe('cancel', () => {
  it('when a running job is cancelled between chunks, then it stops there: its committed chunks stay, no other is made', async () => {
    const chunkDone: Array<() => void> = [];
    let proceed: () => void = () => {};
    t.userJobs.defineJobKind('test_cancellable', async (ctx) => {
      while (ctx.nextRow() <= 50) {
        if (await ctx.cancelled()) return { stopped: ctx.nextRow() };
        await chunkOf(ctx, 10);
        chunkDone.shift()?.();
        await new Promise<void>((resolve) => (proceed = resolve));
      }
      return {};
    });
    const firstChunk = new Promise<void>((resolve) => chunkDone.push(resolve));
    const job = await start('test_cancellable', {}, 50);
    await firstChunk;
    const cancel = await cancelOf(job.id);
    expect(cancel.status, JSON.stringify(cancel.body)).toBe(202);
    expect(cancel.body).toMatchObject({ state: 'running', cancelRequestedAt: expect.any(String) as unknown });
    proceed();

    const done = await waitForJob(t.app, owner.accessToken, job.id);
    // What the kind returned on seeing the cancel is kept as its summary.
    expect(done).toMatchObject({ state: 'cancelled', done: 10, result: { stopped: 11 } });
    expect((await allRows(t.app, owner.accessToken, job.id)).map((r) => r.row)).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
  });

  it('when a kind commits a chunk after a cancel without asking first, then the chunk is refused before its work runs', async () => {
    let afterFirst: () => void = () => {};
    let proceed: () => void = () => {};
    let secondWorkRan = false;
    const first = new Promise<void>((resolve) => (afterFirst = resolve));
    t.userJobs.defineJobKind('test_heedless', async (ctx) => {
      await chunkOf(ctx, 5);
      afterFirst();
      await new Promise<void>((resolve) => (proceed = resolve));
      await ctx.commitChunk(() => {
        secondWorkRan = true;
        return Promise.resolve([{ row: 6, outcome: 'applied' as const }]);
      });
      return {};
    });
    const job = await start('test_heedless', {}, 6);
    await first;
    expect((await cancelOf(job.id)).status).toBe(202);
    proceed();
    expect(await waitForJob(t.app, owner.accessToken, job.id)).toMatchObject({ state: 'cancelled', done: 5 });
    expect(secondWorkRan).toBe(false);
    expect((await allRows(t.app, owner.accessToken, job.id))).toHaveLength(5);
  });
});

describe('failures', () => {
  it('when one job keeps throwing, then another started after it still runs to its end meanwhile', async () => {
    let attempts = 0;
    t.userJobs.defineJobKind('test_broken', () => {
      attempts++;
      return Promise.reject(new Error('the disk is full'));
    });
    t.userJobs.defineJobKind('test_fine', async (ctx) => {
      await chunkOf(ctx, 3);
      return { ok: true };
    });
    const broken = await start('test_broken');
    const fine = await start('test_fine', {}, 3);
    expect(await waitForJob(t.app, owner.accessToken, fine.id, ['succeeded'], 10_000)).toMatchObject({ done: 3, result: { ok: true } });
    await expect.poll(() => attempts, { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
    // While it is retried it shows why its last attempt failed.
    await expect.poll(async () => (await getJob(t.app, owner.accessToken, broken.id)).body.error as string | null, { timeout: 10_000 }).toBe('the disk is full');
    expect((await getJob(t.app, owner.accessToken, broken.id)).body.state).not.toBe('succeeded');

    // Once pg-boss has no retry left (4, backing off), its dead letter queue fails the job for good.
    const failed = await waitForJob(t.app, owner.accessToken, broken.id, ['failed'], 60_000);
    expect(failed).toMatchObject({ error: 'the disk is full', finishedAt: expect.any(String) as unknown });
    expect(attempts).toBe(5);
  }, 90_000);

  it('when an attempt throws after a committed chunk, then the retry continues after it and no row is recorded twice', async () => {
    let attempts = 0;
    const startedAt: number[] = [];
    t.userJobs.defineJobKind('test_flaky', async (ctx) => {
      attempts++;
      startedAt.push(ctx.nextRow());
      while (ctx.nextRow() <= 30) {
        await chunkOf(ctx, 10);
        if (attempts === 1 && ctx.nextRow() === 11) throw new Error('connection reset');
      }
      return { outcomes: await ctx.outcomes() };
    });
    const job = await start('test_flaky', {}, 30);
    const done = await waitForJob(t.app, owner.accessToken, job.id, ['succeeded', 'failed', 'cancelled'], 15_000);
    expect(done).toMatchObject({ state: 'succeeded', done: 30, error: null, result: { outcomes: { applied: 30 } } });
    expect(startedAt).toEqual([1, 11]);
    expect((await allRows(t.app, owner.accessToken, job.id)).map((r) => r.row)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
  });

  it('when a kind throws a JobFailure, then the job fails at once with its message, and is not retried', async () => {
    let attempts = 0;
    t.userJobs.defineJobKind('test_hopeless', async (ctx) => {
      attempts++;
      await chunkOf(ctx, 2);
      throw new JobFailure('The uploaded file is gone');
    });
    const job = await start('test_hopeless', {}, 5);
    const done = await waitForJob(t.app, owner.accessToken, job.id);
    expect(done).toMatchObject({ state: 'failed', error: 'The uploaded file is gone', done: 2, total: 5 });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(attempts).toBe(1);
  });

  it('when a chunk reports a row before the last committed one, then nothing of it is recorded', async () => {
    t.userJobs.defineJobKind('test_backwards', async (ctx) => {
      if (ctx.nextRow() === 1) await chunkOf(ctx, 2);
      await ctx.commitChunk(() => Promise.resolve([{ row: 2, outcome: 'applied' as const }]));
      return {};
    });
    const job = await start('test_backwards', {}, 2);
    await expect.poll(async () => (await getJob(t.app, owner.accessToken, job.id)).body.error as string | null, { timeout: 10_000 }).toMatch(/row 2/);
    expect((await allRows(t.app, owner.accessToken, job.id)).map((r) => r.row)).toEqual([1, 2]);
  });

  it('when the job\'s owner is deleted before it runs, then it fails, naming why', async () => {
    const idle = await createTestApp();
    try {
      const gone = await registerUser(idle.app);
      const ws = await createWorkspace(idle.app, gone);
      idle.userJobs.defineJobKind('test_orphan', () => Promise.resolve({}));
      const job = await idle.userJobs.createJob(principalOf(gone), { kind: 'test_orphan', workspaceId: ws.id, input: {} });
      const keeper = await registerUser(idle.app);
      await idle.owner.prisma.membership.create({ data: { workspaceId: ws.id, userId: keeper.userId, role: 'owner' } });
      await idle.owner.prisma.user.delete({ where: { id: gone.userId } });
      const worker = await createTestApp({ shareWith: idle, workJobs: true });
      worker.userJobs.defineJobKind('test_orphan', () => Promise.resolve({}));
      try {
        const done = await waitForJob(idle.app, keeper.accessToken, job.id);
        expect(done).toMatchObject({ state: 'failed', owner: null, error: expect.stringMatching(/deleted or deactivated/) as unknown });
      } finally {
        await worker.close();
      }
    } finally {
      await idle.close();
    }
  });
});
