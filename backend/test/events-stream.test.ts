import request from 'supertest';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DomainEvent } from '../src/modules/events/index.js';
import { openStream, type StreamClient } from './events-support.js';
import * as fixture from './fixtures/images/fixtures.js';
import { addImage } from './images-support.js';
import { contractClient, startLiveServer, unexercised, type LiveServer } from './openapi-support.js';
import { createKey } from './product-history-support.js';
import { bearer, createAdmin, createProduct, getProduct, patchProduct, registerUser, uniqueSku, type Session } from './products-support.js';
import { accept, createWorkspace, inviteByLink } from './workspaces-support.js';

// GET /api/v1/events/stream over a real HTTP connection to a listening server: who sees what, the
// resume with Last-Event-ID, membership changes, heartbeats and the credential checked again. Every
// answer is checked against the OpenAPI document (the stream's text against its grammar, each
// event against the Event schema), and the last test asserts the operation was seen succeeding.

let live: LiveServer;
let api: ReturnType<typeof contractClient>;
let owner: Session;
const streams: StreamClient[] = [];

beforeAll(async () => {
  live = await startLiveServer({ env: { SSE_HEARTBEAT_SECONDS: '1', OUTBOX_POLL_MS: '10' } });
  api = contractClient(live.t.app);
  owner = await registerUser(live.t.app, { name: 'Stream Owner' });
});
afterEach(async () => {
  for (const stream of streams.splice(0)) {
    stream.close();
    await stream.ended;
    checkAgainstDocument(stream);
  }
});
afterAll(() => live.close());

/** The stream's answer (what arrived of it) against the document, and each event against its schema. */
function checkAgainstDocument(stream: StreamClient): void {
  const json = stream.status !== 200;
  api.observe({ method: 'get', url: '/api/v1/events/stream', status: stream.status, headers: stream.headers, body: json ? JSON.parse(stream.text) : undefined, text: stream.text });
  for (const event of stream.events()) expect(api.schemaProblems('Event', event)).toEqual([]);
}

async function connect(token: string, lastEventId?: string): Promise<StreamClient> {
  const stream = await openStream(live.url, { token, lastEventId });
  streams.push(stream);
  expect(stream.status, stream.text).toBe(200);
  await stream.waitFor((m) => m.retry !== undefined);
  return stream;
}

const about = (subjectId: string, type?: string) => (m: { event?: string; data?: string }) =>
  m.data !== undefined && (type === undefined || m.event === type) && (JSON.parse(m.data) as DomainEvent).subjectId === subjectId;
const eventOf = async (stream: StreamClient, subjectId: string, type: string) => JSON.parse((await stream.waitFor(about(subjectId, type))).data!) as DomainEvent;
const productEvents = (stream: StreamClient) => stream.events().filter((e) => e.type.startsWith('product.'));

describe('what a member sees', () => {
  it('when a product of their workspace is created and pictured, then each change arrives once, its id the seq, carrying the product as GET shows it', async () => {
    const stream = await connect(owner.accessToken);
    const product = await createProduct(live.t.app, owner.accessToken, { name: 'Streamed teapot' });
    const created = await eventOf(stream, product.id, 'product.created');
    expect(stream.messages.find(about(product.id, 'product.created'))!.id).toBe(String(created.seq));
    expect(created).toMatchObject({ type: 'product.created', workspaceId: product.workspaceId, subjectId: product.id, version: 1 });
    expect(created.payload).toEqual(product);

    await addImage(live.t.app, owner.accessToken, product.id, await fixture.picture('png', { width: 640, height: 480 }));
    const pictured = await eventOf(stream, product.id, 'product.updated');
    expect(pictured.version).toBe(2);
    expect(pictured.payload).toEqual((await getProduct(live.t.app, product.id, owner.accessToken)).body);
    expect(productEvents(stream).filter((e) => e.subjectId === product.id)).toHaveLength(2);

    // What /metrics says meanwhile: this stream open, the live fan-out handed what the relay read.
    const metrics = (await request(live.t.app).get('/metrics')).text;
    expect(Number(/^shelfwise_sse_streams (\d+)$/m.exec(metrics)?.[1])).toBeGreaterThanOrEqual(1);
    expect(Number(/^shelfwise_events_relayed_total\{consumer="live"\} (\d+)$/m.exec(metrics)?.[1])).toBeGreaterThanOrEqual(2);
  });

  it('when someone else\'s draft changes, then a stranger sees nothing of it and a platform admin sees it', async () => {
    const stranger = await registerUser(live.t.app, { name: 'Stranger' });
    const admin = await createAdmin(live.t);
    const [theirs, adminStream] = [await connect(stranger.accessToken), await connect(admin.accessToken)];
    const draft = await createProduct(live.t.app, owner.accessToken, { status: 'draft' });
    await eventOf(adminStream, draft.id, 'product.created');
    // A change of their own after it: once it has arrived, anything before it would have too.
    const own = await createProduct(live.t.app, stranger.accessToken);
    await eventOf(theirs, own.id, 'product.created');
    expect(productEvents(theirs).map((e) => e.subjectId)).toEqual([own.id]);
  });

  it('when a key with products:read follows the stream, then it sees its owner\'s events', async () => {
    const { key } = await createKey(live.t.app, owner, 'stream reader', ['products:read']);
    const stream = await connect(key);
    const product = await createProduct(live.t.app, owner.accessToken);
    await eventOf(stream, product.id, 'product.created');
  });
});

describe('resuming with Last-Event-ID', () => {
  it('when a client reconnects with the id of the last event it handled, then it gets what it missed from the outbox, then the live ones, with no gap and no repeat', async () => {
    const first = await connect(owner.accessToken);
    const before = await createProduct(live.t.app, owner.accessToken, { name: 'Seen before' });
    const last = await eventOf(first, before.id, 'product.created');
    first.close();
    const missed = [await createProduct(live.t.app, owner.accessToken), await createProduct(live.t.app, owner.accessToken)];
    expect((await patchProduct(live.t.app, owner.accessToken, missed[0]!.id, { stock: 9 })).status).toBe(200);

    const resumed = await connect(owner.accessToken, String(last.seq));
    await eventOf(resumed, missed[0]!.id, 'product.updated');
    const after = await createProduct(live.t.app, owner.accessToken);
    await eventOf(resumed, after.id, 'product.created');
    expect(productEvents(resumed).map((e) => `${e.type} ${e.subjectId}`)).toEqual([
      `product.created ${missed[0]!.id}`, `product.created ${missed[1]!.id}`, `product.updated ${missed[0]!.id}`, `product.created ${after.id}`,
    ]);
  });

  it('when writes go on while the client reconnects, then the replay and the live events join without a gap or a repeat', async () => {
    const ws = (await live.t.owner.prisma.workspace.findFirstOrThrow({ where: { personalOwnerId: owner.userId } })).id;
    const start = await connect(owner.accessToken);
    const marker = await createProduct(live.t.app, owner.accessToken);
    const from = (await eventOf(start, marker.id, 'product.created')).seq;
    start.close();
    let writing = true;
    const writer = (async () => {
      const ids: string[] = [];
      while (writing || ids.length < 10) ids.push((await createProduct(live.t.app, owner.accessToken)).id);
      return ids;
    })();
    await new Promise((resolve) => setTimeout(resolve, 60));
    const resumed = await connect(owner.accessToken, String(from));
    await new Promise((resolve) => setTimeout(resolve, 60));
    writing = false;
    const written = await writer;
    await eventOf(resumed, written.at(-1)!, 'product.created');

    const stored = await live.t.owner.prisma.outboxEvent.findMany({ where: { workspaceId: ws, seq: { gt: from } }, orderBy: { seq: 'asc' }, select: { seq: true } });
    const received = resumed.events().filter((e) => e.workspaceId === ws && e.seq <= Number(stored.at(-1)!.seq)).map((e) => e.seq);
    expect(received).toEqual(stored.map((e) => Number(e.seq)));
  });

  it('when the events after Last-Event-ID are past retention, then the client is told to start over, and the stream goes on from the present', async () => {
    const [oldest] = await live.t.owner.prisma.$queryRaw<Array<{ seq: bigint }>>`SELECT min("seq") AS "seq" FROM "OutboxEvent"`;
    // As the daily prune does to events older than OUTBOX_RETENTION_DAYS.
    await live.t.owner.prisma.$executeRaw`DELETE FROM "OutboxEvent" WHERE "seq" = ${oldest!.seq}`;
    const stream = await connect(owner.accessToken, String(Number(oldest!.seq) - 1));
    const reset = await stream.waitFor((m) => m.event === 'reset');
    expect(JSON.parse(reset.data!)).toEqual({ reason: 'too_old' });
    const product = await createProduct(live.t.app, owner.accessToken);
    await eventOf(stream, product.id, 'product.created');
    expect(Number(reset.id)).toBeLessThan(stream.events().at(-1)!.seq);
  });

  it('when Last-Event-ID is not a whole number, then the answer is 400 invalid_last_event_id', async () => {
    const stream = await openStream(live.url, { token: owner.accessToken, lastEventId: 'yesterday' });
    streams.push(stream);
    await stream.ended;
    expect(stream.status).toBe(400);
    expect(JSON.parse(stream.text)).toMatchObject({ code: 'invalid_last_event_id', errors: [{ in: 'headers', field: 'last-event-id' }] });
  });
});

describe('membership changes', () => {
  it('when a member is removed, then their stream gets the removal and from then on nothing of that workspace; when one is added, the workspace\'s events start', async () => {
    const ws = await createWorkspace(live.t.app, owner, { name: 'Streaming Club' });
    const member = await registerUser(live.t.app, { name: 'Member' });
    expect((await accept(live.t.app, member, (await inviteByLink(live.t.app, owner, ws.slug, 'editor')).token)).status).toBe(200);
    const newcomer = await registerUser(live.t.app, { name: 'Newcomer' });
    const [memberStream, newcomerStream] = [await connect(member.accessToken), await connect(newcomer.accessToken)];

    const inTeam = (name: string) => request(live.t.app).post(`/api/v1/workspaces/${ws.slug}/products`).set(bearer(owner.accessToken)).send({ name, sku: uniqueSku('TEAM'), price: '3.00' });
    const seenByMember = (await inTeam('Seen by the member')).body.id as string;
    await eventOf(memberStream, seenByMember, 'product.created');

    expect((await request(live.t.app).delete(`/api/v1/workspaces/${ws.slug}/members/${member.userId}`).set(bearer(owner.accessToken))).status).toBe(204);
    expect((await accept(live.t.app, newcomer, (await inviteByLink(live.t.app, owner, ws.slug, 'viewer')).token)).status).toBe(200);
    const removal = await eventOf(memberStream, member.userId, 'membership.deleted');
    expect(removal.payload).toMatchObject({ workspaceId: ws.id, userId: member.userId, role: 'editor' });
    await eventOf(newcomerStream, newcomer.userId, 'membership.created');

    const afterwards = (await inTeam('After the removal')).body.id as string;
    await eventOf(newcomerStream, afterwards, 'product.created');
    // The member's own change after it: had the team's product reached them, it would be here by now.
    const own = await createProduct(live.t.app, member.accessToken);
    await eventOf(memberStream, own.id, 'product.created');
    expect(memberStream.events().filter((e) => e.workspaceId === ws.id).map((e) => e.type)).toEqual(['product.created', 'membership.deleted']);
    expect(newcomerStream.events().filter((e) => e.workspaceId === ws.id).map((e) => e.type)).toEqual(['membership.created', 'product.created']);
  });
});

describe('heartbeats and the credential', () => {
  it('when the stream is idle, then a heartbeat comes every SSE_HEARTBEAT_SECONDS; once the session ends, the stream says why and closes', async () => {
    const user = await registerUser(live.t.app, { name: 'Heartbeat' });
    const stream = await connect(user.accessToken);
    await stream.waitFor((m) => m.comment === 'heartbeat', 2_500);
    expect(stream.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(stream.headers['cache-control']).toBe('no-cache, no-transform');

    expect((await request(live.t.app).post('/api/v1/auth/logout-all').set(bearer(user.accessToken))).status).toBe(204);
    const end = await stream.waitFor((m) => m.event === 'end', 3_000);
    expect(JSON.parse(end.data!)).toEqual({ reason: 'credential', code: 'session_revoked' });
    await stream.ended;
  });

  it('when no credential is sent, then the answer is 401 problem+json', async () => {
    const stream = await openStream(live.url);
    streams.push(stream);
    await stream.ended;
    expect(stream.status).toBe(401);
    expect(stream.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});

describe('shutting down', () => {
  it('when the server starts draining, then every stream ends saying so, and a new one is refused with 503 until another instance takes it', async () => {
    const stream = await connect(owner.accessToken);
    live.t.lifecycle.startDraining();
    expect(JSON.parse((await stream.waitFor((m) => m.event === 'end')).data!)).toEqual({ reason: 'draining' });
    await stream.ended;
    const refused = await openStream(live.url, { token: owner.accessToken });
    streams.push(refused);
    await refused.ended;
    expect(refused.status).toBe(503);
    expect(JSON.parse(refused.text)).toMatchObject({ code: 'events_unavailable' });
  });

  it('when the file has run, then the stream operation was seen answering 200', () => {
    expect(unexercised(api, (op) => op.tags.includes('events'))).toEqual([]);
  });
});
