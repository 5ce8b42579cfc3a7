// The jobs API (GET /jobs, GET /jobs/:id, POST /jobs/:id/cancel, GET /jobs/:id/rows) on a real server
// with its job workers: a job's life from queued to finished, who may see it, its rows, its metrics.
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRows, getJob, principalOf, runBulk, startBulk, waitForJob } from './jobs-support.js';
import { bearer, createAdmin, expectProblem, registerUser, type ProductBody, type Session } from './products-support.js';
import { createTestApp, type TestApp } from './support/app.js';
import { createWorkspace, memberWithRole, productBody } from './workspaces-support.js';

let t: TestApp;
let owner: Session;
let slug: string;
let products: ProductBody[];
beforeAll(async () => {
  t = await createTestApp({ workJobs: true });
  owner = await registerUser(t.app);
  slug = (await createWorkspace(t.app, owner)).slug;
  products = [];
  for (let i = 0; i < 3; i++) {
    const res = await request(t.app).post(`/api/v1/workspaces/${slug}/products`).set(bearer(owner.accessToken)).send(productBody({ stock: 4 }));
    products.push(res.body as ProductBody);
  }
});
afterAll(() => t.close());

const trashNothing = () => ({ selection: { filter: { q: 'nothing-matches-this-zzqqxx' } }, action: { type: 'trash' } });

describe('a job\'s life', () => {
  it('when a job of 450 rows runs in chunks, then GET shows its progress and time left while running, and its end once finished', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    t.userJobs.defineJobKind('test_paced', async (ctx) => {
      const total = (ctx.job.input as { rows: number }).rows;
      await ctx.setTotal(total);
      while (ctx.nextRow() <= total) {
        const first = ctx.nextRow();
        await ctx.commitChunk(() => Promise.resolve(Array.from({ length: Math.min(150, total - first + 1) }, (_, i) => ({ row: first + i, outcome: 'applied' as const }))));
        if (first === 1) await gate;
      }
      return { outcomes: await ctx.outcomes() };
    });
    const workspaceId = (await t.owner.prisma.workspace.findUniqueOrThrow({ where: { slug } })).id;
    const created = await t.userJobs.createJob(principalOf(owner), { kind: 'test_paced', workspaceId, input: { rows: 450 } });
    expect(created).toMatchObject({ state: 'queued', total: null, done: 0, percent: null, etaSeconds: null, startedAt: null });

    const running = await waitForJob(t.app, owner.accessToken, created.id, ['running']);
    await expect.poll(async () => (await getJob(t.app, owner.accessToken, created.id)).body.done as number).toBe(150);
    const midway = (await getJob(t.app, owner.accessToken, created.id)).body;
    expect(midway).toMatchObject({ state: 'running', total: 450, done: 150, percent: 33, finishedAt: null });
    expect(midway.etaSeconds).toEqual(expect.any(Number));
    expect(running.startedAt).toEqual(expect.any(String));
    release();

    const finished = await waitForJob(t.app, owner.accessToken, created.id);
    expect(finished).toMatchObject({ state: 'succeeded', done: 450, percent: 100, etaSeconds: 0, result: { outcomes: { applied: 450 } } });
    expect(Date.parse(finished.finishedAt!)).toBeGreaterThanOrEqual(Date.parse(finished.startedAt!));
    const rows = await allRows(t.app, owner.accessToken, created.id);
    expect(rows.map((r) => r.row)).toEqual(Array.from({ length: 450 }, (_, i) => i + 1));
  });

  it('when rows are paged and filtered by outcome, then each page follows the last and a bad cursor is 400', async () => {
    const job = await runBulk(t.app, owner.accessToken, slug, {
      selection: { ids: [{ id: products[0]!.id, version: 99 }, { id: products[1]!.id, version: products[1]!.version }] },
      action: { type: 'stock', op: 'add', amount: 1 },
    });
    const first = await request(t.app).get(`/api/v1/jobs/${job.id}/rows`).query({ limit: 1 }).set(bearer(owner.accessToken));
    expect(first.body.data).toMatchObject([{ row: 1, outcome: 'conflict', code: 'version_conflict' }]);
    const second = await request(t.app).get(`/api/v1/jobs/${job.id}/rows`).query({ limit: 1, cursor: first.body.nextCursor as string }).set(bearer(owner.accessToken));
    expect(second.body).toMatchObject({ data: [{ row: 2, outcome: 'applied', version: products[1]!.version + 1 }], nextCursor: null });
    expect((await allRows(t.app, owner.accessToken, job.id, { outcome: 'conflict' })).map((r) => r.row)).toEqual([1]);
    expectProblem(await request(t.app).get(`/api/v1/jobs/${job.id}/rows`).query({ cursor: 'nope' }).set(bearer(owner.accessToken)), 400, 'invalid_cursor');
    expectProblem(await request(t.app).get(`/api/v1/jobs/${job.id}/rows`).query({ outcome: 'maybe' }).set(bearer(owner.accessToken)), 400, 'validation_failed');
  });

  it('when a finished job is cancelled, then 409 job_finished; an unknown or malformed id is 404', async () => {
    const job = await runBulk(t.app, owner.accessToken, slug, trashNothing());
    expectProblem(await request(t.app).post(`/api/v1/jobs/${job.id}/cancel`).set(bearer(owner.accessToken)), 409, 'job_finished');
    expectProblem(await getJob(t.app, owner.accessToken, '0190a000-0000-7000-8000-000000000000'), 404, 'job_not_found');
    expectProblem(await getJob(t.app, owner.accessToken, 'not-a-uuid'), 404, 'job_not_found');
    expectProblem(await request(t.app).get(`/api/v1/jobs/${job.id}`), 401, 'unauthorized');
  });
});

describe('who sees a job', () => {
  it('when others ask for it, then its workspace\'s owners and admins and platform admins see it; an editor who did not start it, a stranger, get 404', async () => {
    const editor = await memberWithRole(t.app, owner, slug, 'editor');
    const admin = await memberWithRole(t.app, owner, slug, 'admin');
    const viewer = await memberWithRole(t.app, owner, slug, 'viewer');
    const stranger = await registerUser(t.app);
    const platformAdmin = await createAdmin(t);
    const job = await runBulk(t.app, editor.accessToken, slug, trashNothing());

    for (const who of [editor, owner, admin, platformAdmin]) expect((await getJob(t.app, who.accessToken, job.id)).status).toBe(200);
    for (const who of [viewer, stranger]) {
      expectProblem(await getJob(t.app, who.accessToken, job.id), 404, 'job_not_found');
      expectProblem(await request(t.app).get(`/api/v1/jobs/${job.id}/rows`).set(bearer(who.accessToken)), 404, 'job_not_found');
      expectProblem(await request(t.app).post(`/api/v1/jobs/${job.id}/cancel`).set(bearer(who.accessToken)), 404, 'job_not_found');
    }
    const other = await memberWithRole(t.app, owner, slug, 'editor');
    expectProblem(await getJob(t.app, other.accessToken, job.id), 404, 'job_not_found');
  });

  it('when jobs are listed, then each caller sees their own, a workspace\'s owner all of it, newest first and paged', async () => {
    const { slug: team } = await createWorkspace(t.app, owner);
    const editor = await memberWithRole(t.app, owner, team, 'editor');
    const mine = [await runBulk(t.app, owner.accessToken, team, trashNothing()), await runBulk(t.app, owner.accessToken, team, trashNothing())];
    const theirs = await runBulk(t.app, editor.accessToken, team, trashNothing());

    const all = await request(t.app).get('/api/v1/jobs').query({ workspace: team }).set(bearer(owner.accessToken));
    expect(all.body.data.map((j: { id: string }) => j.id)).toEqual([theirs.id, mine[1]!.id, mine[0]!.id]);
    const page = await request(t.app).get('/api/v1/jobs').query({ workspace: team, limit: 2 }).set(bearer(owner.accessToken));
    const next = await request(t.app).get('/api/v1/jobs').query({ workspace: team, limit: 2, cursor: page.body.nextCursor as string }).set(bearer(owner.accessToken));
    expect([...page.body.data, ...next.body.data].map((j: { id: string }) => j.id)).toEqual([theirs.id, mine[1]!.id, mine[0]!.id]);
    expect(next.body.nextCursor).toBeNull();

    const editors = await request(t.app).get('/api/v1/jobs').query({ workspace: team }).set(bearer(editor.accessToken));
    expect(editors.body.data.map((j: { id: string }) => j.id)).toEqual([theirs.id]);
    const own = await request(t.app).get('/api/v1/jobs').query({ kind: 'bulk_edit', state: 'succeeded' }).set(bearer(editor.accessToken));
    expect(own.body.data.map((j: { id: string }) => j.id)).toEqual([theirs.id]);
    expect((await request(t.app).get('/api/v1/jobs').query({ state: 'failed' }).set(bearer(editor.accessToken))).body.data).toEqual([]);
    const stranger = await registerUser(t.app);
    expectProblem(await request(t.app).get('/api/v1/jobs').query({ workspace: team }).set(bearer(stranger.accessToken)), 404, 'workspace_not_found');
    expectProblem(await request(t.app).get('/api/v1/jobs').query({ cursor: 'nope' }).set(bearer(owner.accessToken)), 400, 'invalid_cursor');
  });
});

describe('metrics', () => {
  it('when a bulk edit has run, then /metrics counts the finished job, its duration and its rows by outcome', async () => {
    await runBulk(t.app, owner.accessToken, slug, { selection: { ids: [{ id: products[2]!.id, version: products[2]!.version }] }, action: { type: 'set_status', status: 'archived' } });
    const text = (await request(t.app).get('/metrics')).text;
    expect(text).toMatch(/^shelfwise_jobs_total\{kind="bulk_edit",state="succeeded"\} [1-9]\d*$/m);
    expect(text).toMatch(/^shelfwise_job_duration_seconds_count\{kind="bulk_edit"\} [1-9]\d*$/m);
    expect(text).toMatch(/^shelfwise_job_rows_total\{kind="bulk_edit",outcome="applied"\} [1-9]\d*$/m);
  });
});

// A job started while no instance works the queue stays queued: cancelling it ends it at once.
describe('cancelling a queued job', () => {
  it('when no worker has started it, then cancel answers 202 cancelled, again 409, and a worker that comes later leaves it', async () => {
    const idle = await createTestApp();
    try {
      const boss = await registerUser(idle.app);
      const { slug: team } = await createWorkspace(idle.app, boss);
      const job = await startBulk(idle.app, boss.accessToken, team, trashNothing());
      const cancelled = await request(idle.app).post(`/api/v1/jobs/${job.id}/cancel`).set(bearer(boss.accessToken));
      expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(202);
      expect(cancelled.body).toMatchObject({ state: 'cancelled', cancelRequestedAt: expect.any(String) as unknown, finishedAt: expect.any(String) as unknown });
      expectProblem(await request(idle.app).post(`/api/v1/jobs/${job.id}/cancel`).set(bearer(boss.accessToken)), 409, 'job_finished');
      const worker = await createTestApp({ shareWith: idle, workJobs: true });
      try {
        await new Promise((resolve) => setTimeout(resolve, 1_500));
        expect((await getJob(idle.app, boss.accessToken, job.id)).body).toMatchObject({ state: 'cancelled', startedAt: null });
      } finally {
        await worker.close();
      }
    } finally {
      await idle.close();
    }
  });
});
