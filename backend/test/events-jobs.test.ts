import request from 'supertest';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DomainEvent } from '../src/modules/events/index.js';
import { admits, follow, type Audience } from '../src/modules/events/audience.js';
import { JOB_EVENT_TYPES, WEBHOOK_EVENT_TYPES } from '../src/modules/events/outbox.js';
import { openStream, type StreamClient } from './events-support.js';
import { getJob, principalOf, startBulk, waitForJob } from './jobs-support.js';
import { contractClient, startLiveServer, type LiveServer } from './openapi-support.js';
import { bearer, createAdmin, registerUser, type Session } from './products-support.js';
import { createWorkspace, memberWithRole, productBody } from './workspaces-support.js';

// A job's events (migration 20261208090100_job_events) on a real server with its job workers and a
// real SSE connection: one event per job row write (created, started, each chunk's counts, the end),
// carrying what GET /jobs/:id shows of its progress, seen by whom the jobs API shows the job and
// nobody else; a rolled-back chunk writes none.

let live: LiveServer;
let api: ReturnType<typeof contractClient>;
let owner: Session;
let slug: string;
let workspaceId: string;
let editor: Session;
let viewer: Session;
let admin: Session;
const streams: StreamClient[] = [];

// A kind of this test's own: 450 rows in chunks of 150, waiting at a gate after the first chunk, so
// the test sees the progress between chunks.
let gate: { wait: Promise<void>; release: () => void };
const newGate = () => {
  let release = () => {};
  const wait = new Promise<void>((resolve) => (release = resolve));
  gate = { wait, release };
};

beforeAll(async () => {
  live = await startLiveServer({ workJobs: true, env: { OUTBOX_POLL_MS: '10' } });
  api = contractClient(live.t.app);
  owner = await registerUser(live.t.app, { name: 'Job Owner' });
  const ws = await createWorkspace(live.t.app, owner, { name: 'Jobs on the wire' });
  slug = ws.slug;
  workspaceId = ws.id;
  editor = await memberWithRole(live.t.app, owner, slug, 'editor');
  viewer = await memberWithRole(live.t.app, owner, slug, 'viewer');
  admin = await createAdmin(live.t);
  live.t.userJobs.defineJobKind('test_streamed', async (ctx) => {
    const total = (ctx.job.input as { rows: number }).rows;
    await ctx.setTotal(total);
    while (ctx.nextRow() <= total) {
      const first = ctx.nextRow();
      await ctx.commitChunk(() => Promise.resolve(Array.from({ length: Math.min(150, total - first + 1) }, (_, i) => ({ row: first + i, outcome: 'applied' as const }))));
      if (first === 1) await gate.wait;
    }
    return { outcomes: await ctx.outcomes() };
  });
});
afterEach(async () => {
  for (const stream of streams.splice(0)) {
    stream.close();
    await stream.ended;
    for (const event of stream.events()) expect(api.schemaProblems('Event', event)).toEqual([]);
  }
});
afterAll(() => live.close());

async function connect(token: string): Promise<StreamClient> {
  const stream = await openStream(live.url, { token });
  streams.push(stream);
  expect(stream.status, stream.text).toBe(200);
  await stream.waitFor((m) => m.retry !== undefined);
  return stream;
}

const jobEvents = (stream: StreamClient, jobId: string) => stream.events().filter((e) => e.type.startsWith('job.') && e.subjectId === jobId);
const finishedEvent = (jobId: string) => (m: { data?: string }) => {
  if (m.data === undefined) return false;
  const e = JSON.parse(m.data) as DomainEvent;
  return e.subjectId === jobId && e.type === 'job.updated' && ['succeeded', 'failed', 'cancelled'].includes(e.payload.state as string);
};

describe('a job\'s events', () => {
  it('when a job runs in chunks, then its owner\'s stream gets job.created, then a job.updated per row write with the progress GET shows, the last one its end', async () => {
    newGate();
    const stream = await connect(owner.accessToken);
    const created = await live.t.userJobs.createJob(principalOf(owner), { kind: 'test_streamed', workspaceId, input: { rows: 450 } });

    await stream.waitFor((m) => m.data !== undefined && (JSON.parse(m.data) as DomainEvent).payload.done === 150);
    const midway = (await getJob(live.t.app, owner.accessToken, created.id)).body as Record<string, unknown>;
    const last = jobEvents(stream, created.id).at(-1)!;
    expect(last).toMatchObject({ type: 'job.updated', workspaceId, subjectId: created.id, version: null });
    expect(last.payload).toMatchObject({
      id: created.id, kind: 'test_streamed', workspaceId, ownerId: owner.userId,
      state: midway.state, total: midway.total, done: midway.done, failed: midway.failed, percent: midway.percent, startedAt: midway.startedAt,
    });
    expect(last.payload.etaSeconds).toEqual(expect.any(Number));
    gate.release();

    await stream.waitFor(finishedEvent(created.id), 20_000);
    const finished = await waitForJob(live.t.app, owner.accessToken, created.id);
    const events = jobEvents(stream, created.id);
    expect(events[0]).toMatchObject({ type: 'job.created', payload: { state: 'queued', total: null, done: 0, percent: null, ownerId: owner.userId } });
    expect(events.slice(1).every((e) => e.type === 'job.updated')).toBe(true);
    // Started, its total set, three chunks, finished: one event per row write, never one per row.
    expect(events.map((e) => [e.payload.state, e.payload.total, e.payload.done])).toEqual([
      ['queued', null, 0], ['running', null, 0], ['running', 450, 0], ['running', 450, 150], ['running', 450, 300], ['running', 450, 450], ['succeeded', 450, 450],
    ]);
    expect(events.at(-1)!.payload).toMatchObject({
      state: 'succeeded', percent: 100, etaSeconds: 0, finishedAt: finished.finishedAt, result: { outcomes: { applied: 450 } }, error: null,
    });
  });

  it('when a job runs, then the workspace\'s owner and admins and a platform admin see its events; another editor, a viewer and a stranger see none', async () => {
    const workspaceAdmin = await memberWithRole(live.t.app, owner, slug, 'admin');
    const stranger = await registerUser(live.t.app, { name: 'Stranger' });
    const [mine, ownersStream, adminsStream, platformStream, viewersStream, strangersStream] = (await Promise.all(
      [editor, owner, workspaceAdmin, admin, viewer, stranger].map((s) => connect(s.accessToken)),
    )) as [StreamClient, StreamClient, StreamClient, StreamClient, StreamClient, StreamClient];
    const other = await memberWithRole(live.t.app, owner, slug, 'editor');
    const othersStream = await connect(other.accessToken);

    const product = (await request(live.t.app).post(`/api/v1/workspaces/${slug}/products`).set(bearer(owner.accessToken)).send(productBody())).body as { id: string; version: number };
    const job = await startBulk(live.t.app, editor.accessToken, slug, { selection: { ids: [{ id: product.id, version: product.version }] }, action: { type: 'set_status', status: 'archived' } });
    for (const stream of [mine, ownersStream, adminsStream, platformStream]) await stream.waitFor(finishedEvent(job.id), 20_000);
    // The product's own change reaches every member: what they did not get of the job was held back, not late.
    for (const stream of [viewersStream, othersStream]) await stream.waitFor((m) => m.event === 'product.updated' && m.data!.includes(product.id));
    expect(jobEvents(viewersStream, job.id)).toEqual([]);
    expect(jobEvents(othersStream, job.id)).toEqual([]);
    expect(strangersStream.events().filter((e) => e.workspaceId === workspaceId)).toEqual([]);
    expect(jobEvents(mine, job.id).map((e) => e.type)).toEqual(jobEvents(ownersStream, job.id).map((e) => e.type));
  });

  it('when a chunk rolls back, then no event says what it would have done', async () => {
    live.t.userJobs.defineJobKind('test_rolled_back', async (ctx) => {
      await ctx.setTotal(10);
      await ctx.commitChunk(() => Promise.reject(new Error('the chunk fails after its work')));
      return {};
    });
    const stream = await connect(owner.accessToken);
    const created = await live.t.userJobs.createJob(principalOf(owner), { kind: 'test_rolled_back', workspaceId, input: {} });
    // pg-boss retries the attempt; the job goes back to queued with the error each time.
    await stream.waitFor((m) => m.data !== undefined && (JSON.parse(m.data) as DomainEvent).subjectId === created.id && (JSON.parse(m.data) as DomainEvent).payload.error !== null, 20_000);
    const seen = jobEvents(stream, created.id);
    expect(seen.every((e) => e.payload.done === 0)).toBe(true);
    const outbox = await live.t.owner.prisma.$queryRaw<Array<{ done: number }>>`SELECT ("payload"->>'done')::int AS "done" FROM "OutboxEvent" WHERE "subjectId" = ${created.id}::uuid`;
    expect(outbox.length).toBeGreaterThanOrEqual(3);
    expect(outbox.every((e) => e.done === 0)).toBe(true);
    await request(live.t.app).post(`/api/v1/jobs/${created.id}/cancel`).set(bearer(owner.accessToken));
  });

  it('when a job row is written with nothing shown changed, then no event is written', async () => {
    // Written as the tables' owner, so no worker runs it: the test alone writes its row.
    const job = await live.t.owner.prisma.job.create({ data: { kind: 'test_streamed', workspaceId, ownerId: owner.userId, input: {}, state: 'cancelled' } });
    const count = async () => (await live.t.owner.prisma.outboxEvent.count({ where: { subjectId: job.id } }));
    expect(await count()).toBe(1);
    await live.t.owner.prisma.job.update({ where: { id: job.id }, data: { updatedAt: new Date(Date.now() + 1000) } });
    expect(await count()).toBe(1);
    await live.t.owner.prisma.job.update({ where: { id: job.id }, data: { error: 'said once' } });
    expect(await count()).toBe(2);
  });
});

describe('who sees a job\'s events (audience.ts)', () => {
  const jobEvent = (ownerId: string | null): DomainEvent =>
    ({ id: 'e', seq: 1, type: 'job.updated', workspaceId: 'w1', subjectId: 'j', version: null, occurredAt: '', payload: { ownerId } });
  const audienceOf = (role: string | null, userId = 'u', platformAdmin = false): Audience =>
    ({ userId, platformAdmin, workspaces: new Map(role === null ? [] : [['w1', role]]) }) as Audience;

  it('when the reader started the job, then they see it whatever their role, even after leaving the workspace', () => {
    for (const role of ['viewer', 'editor', null]) expect(admits(audienceOf(role), jobEvent('u'))).toBe(true);
  });

  it('when someone else started it, then owners, admins and platform admins see it; editors, viewers and strangers not; nor anyone a job of a deleted owner but those', () => {
    expect(['owner', 'admin', 'editor', 'viewer', null].map((role) => admits(audienceOf(role), jobEvent('them')))).toEqual([true, true, false, false, false]);
    expect(admits(audienceOf(null, 'u', true), jobEvent('them'))).toBe(true);
    expect(['owner', 'editor'].map((role) => admits(audienceOf(role), jobEvent(null)))).toEqual([true, false]);
  });

  it('when the reader\'s role changes in the stream, then the jobs they see change with it', () => {
    const audience = audienceOf('editor');
    const promoted = { id: 'm', seq: 2, type: 'membership.updated', workspaceId: 'w1', subjectId: 'u', version: null, occurredAt: '', payload: { role: 'admin' } } as DomainEvent;
    expect(follow(audience, promoted)).toBe(true);
    expect(admits(audience, jobEvent('them'))).toBe(true);
    expect(follow(audience, { ...promoted, seq: 3, payload: { role: 'viewer' } })).toBe(true);
    expect(admits(audience, jobEvent('them'))).toBe(false);
  });

  it('when webhooks are offered the outbox\'s types, then a job\'s are not among them', () => {
    for (const type of JOB_EVENT_TYPES) expect(WEBHOOK_EVENT_TYPES).not.toContain(type);
  });
});
