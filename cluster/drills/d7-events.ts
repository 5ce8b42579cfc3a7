import { sleep, waitFor } from '@shelfwise/devstack';
import { withClient } from '../lib/postgres.js';
import { createOwnProduct, registerUser, signIn } from './client.js';
import type { DrillContext } from './context.js';
import { ackedChanges, readTruth, seqsOf, tallySse, tallyWebhooks, type Truth } from './events-accounting.js';
import { json } from './http.js';
import { startLoad, type Worker } from './load.js';
import { relayLeader } from './relay-leader.js';
import { claim, loadFacts, summarize, type DrillResult } from './report.js';
import { sseClient } from './sse-client.js';
import { startWebhookReceiver } from './webhook-receiver.js';

const SSE_CLIENTS = 20;
const WRITERS = 4;
const OUTAGE_MS = 8_000;
// Long enough for a delivery whose instance died mid-send to be sent again once its lease runs
// out (WEBHOOK_TIMEOUT_MS of the drills, 3 s, plus the dispatcher's 30 s margin).
const SETTLE_LIMIT_MS = 90_000;

/**
 * 7. The events under faults. Writers create and update products of one workspace through HAProxy
 * while 20 clients hold its SSE stream and a webhook endpoint receives its product events; the
 * instance that relays the outbox is SIGKILLed, then the primary crashes for 8 s. Every
 * acknowledged change (product id and version) must reach every stream client and the webhook
 * receiver at least once; nothing may arrive that no committed write made; a stream that resumes
 * with Last-Event-ID repeats nothing; a webhook sent twice keeps its webhook-id.
 */
export async function eventsDrill(ctx: DrillContext): Promise<DrillResult> {
  const result: DrillResult = { id: 7, title: 'Events (SSE and webhooks) while the relaying instance is SIGKILLed and the primary crashes', facts: [], claims: [] };
  const { cluster, api } = ctx;
  const owner = await registerUser(api, 'events');
  const workspace = (json<{ data: Array<{ id: string; slug: string; personal: boolean }> }>(await api.as(owner).get('/api/v1/workspaces'))).data.find((w) => w.personal)!;

  const receiver = await startWebhookReceiver();
  const registered = await api.as(owner).send('POST', `/api/v1/workspaces/${workspace.slug}/webhooks`, { url: receiver.url, events: ['product.*'], description: 'drill 7' });
  const webhooks = registered.status === 201;
  if (webhooks) receiver.setSecret(json<{ secret: string }>(registered).secret);
  else if (registered.status !== 404) throw new Error(`registering the webhook endpoint failed: ${registered.status} ${registered.body.slice(0, 300)}`);

  // One at a time: the sign-in limits count concurrent attempts on one account before they succeed.
  const sessions = [];
  for (let i = 0; i < SSE_CLIENTS + WRITERS; i++) sessions.push(await signIn(api, owner));
  const clients = sessions.slice(0, SSE_CLIENTS).map((user) => sseClient(cluster.haproxy.url, user));
  await waitFor('every SSE client to hold its stream', () => Promise.resolve(clients.every((c) => c.streams > 0)), 30_000, 100);
  const workers: Worker[] = await Promise.all(sessions.slice(SSE_CLIENTS).map(async (user) => {
    const { product, etag } = await createOwnProduct(api.as(user), { stock: 0 });
    return { user, product: { id: product.id, etag, stock: product.stock } };
  }));

  const traffic = startLoad({ api, workers, catalogue: ctx.catalogue });
  await sleep(3_000);
  const leader = await relayLeader(cluster);
  const victim = leader ?? cluster.apis[2]!;
  const wasLeader = leader !== null;
  await victim.kill();
  ctx.log(`SIGKILL ${victim.name}${wasLeader ? ' (the relaying instance)' : ''}`);
  await waitFor(`HAProxy to mark ${victim.name} DOWN`, async () => (await cluster.haproxy.servers()).find((s) => s.name === victim.name)?.status.startsWith('DOWN') ?? false, 10_000, 50);
  await sleep(1_000);
  const stoppedAt = Date.now();
  await cluster.primary.stop('immediate');
  await sleep(OUTAGE_MS);
  const restartedAt = Date.now();
  await cluster.primary.start();
  await waitFor('a write to succeed again', () => Promise.resolve(
    traffic.outcomes.some((o) => (o.op === 'update' || o.op === 'create') && o.startedAt >= restartedAt && !o.failed)), 30_000, 100);
  ctx.log(`primary back after ${restartedAt - stoppedAt} ms; starting ${victim.name} again`);
  await victim.start();
  await cluster.allUp(30_000);
  await sleep(3_000);
  await traffic.stop();
  const loadEndedAt = Date.now();

  // At least once, eventually: wait for every acknowledged change everywhere, and for every
  // delivery of the endpoint to be settled (one cut off by the crash is sent again later).
  const acked = ackedChanges(traffic.acked);
  const has = (changes: Array<{ subjectId: string; version: number | null }>) => {
    const got = new Set(changes.map((c) => `${c.subjectId}@v${c.version}`));
    return [...acked].every((c) => got.has(c));
  };
  const settled = async () => clients.every((c) => has(c.received)) && (!webhooks || (has(receiver.deliveries) && (await unsettledDeliveries(cluster.primary.url, workspace.id)) === 0));
  await waitFor('every change to arrive', settled, SETTLE_LIMIT_MS, 500).catch(() => ctx.log('not everything arrived in time: counting what did'));
  const settleMs = Date.now() - loadEndedAt;
  for (const c of clients) c.stop();
  await receiver.close();

  const eventIds = [...new Set([...clients.flatMap((c) => c.received.map((e) => e.id)), ...receiver.deliveries.map((d) => d.webhookId)])];
  const truth = await readTruth(cluster.primary.url, workspace.id, eventIds);
  const sse = tallySse(clients.map((c) => c.received), acked, truth);
  const sum = (f: (c: (typeof clients)[number]) => number) => clients.reduce((n, c) => n + f(c), 0);
  result.facts.push(...loadFacts(summarize(traffic.outcomes)),
    ['faults', `SIGKILL ${victim.name}${wasLeader ? ' (it held the relay lock)' : ''}, then the primary crashed (immediate) for ${restartedAt - stoppedAt} ms`],
    ['changes acknowledged (product id + version)', `${acked.size} (${traffic.acked.filter((w) => w.kind === 'create').length} creates, ${traffic.acked.filter((w) => w.kind === 'update').length} updates)`],
    ['SSE clients', SSE_CLIENTS],
    ['changes received that were not acknowledged (committed, the answer lost; or the writers\' first products)', unacknowledged(truth, acked)],
    ['SSE events received (all clients)', sse.events],
    ['SSE reconnects (Last-Event-ID)', `${sum((c) => c.reconnects)} (${sum((c) => c.refused)} opening attempts refused, ${sum((c) => c.tokenRefreshes)} token refreshes, ${sum((c) => c.resets)} resets)`],
    ['SSE duplicates (same seq twice in one client)', sse.duplicates],
    ['SSE out of order', sse.outOfOrder],
    ['SSE missing', `${sse.missing} changes over ${sse.clientsMissing} clients${sse.missingExamples.length ? ` (e.g. ${sse.missingExamples.slice(0, 3).join(', ')})` : ''}`],
    ['SSE violations', sse.violations.length],
    ...(sse.missing ? [await whereMissed(cluster.primary.url, clients, sse.missedBy)] : []),
    ['last change in everywhere after the load stopped', `${settleMs} ms`]);
  claim(result, `each of the ${SSE_CLIENTS} SSE clients received every acknowledged change`, acked.size > 0 && sse.missing === 0, `${sse.missing} missing over ${sse.clientsMissing} clients, ${acked.size} acknowledged`);
  claim(result, 'no SSE event for a write that did not commit', sse.violations.length === 0, sse.violations.slice(0, 3).join('; ') || 'none');
  claim(result, 'a resumed stream repeats nothing and keeps seq order', sse.duplicates === 0 && sse.outOfOrder === 0 && sum((c) => c.resets) === 0, `${sse.duplicates} duplicates, ${sse.outOfOrder} out of order, ${sum((c) => c.resets)} resets`);
  claim(result, 'the streams were broken and resumed', sum((c) => c.reconnects) > 0, `${sum((c) => c.reconnects)} reconnects`);

  if (!webhooks) {
    result.facts.push(['webhooks', 'skipped: webhooks module not present (404 on POST /webhooks)']);
    return result;
  }
  const hooks = tallyWebhooks(receiver.deliveries, receiver.rejected, acked, truth);
  result.facts.push(['webhook deliveries', hooks.deliveries], ['webhook unique (webhook-id)', hooks.unique],
    ['webhook duplicates with the same webhook-id', hooks.sameIdDuplicates],
    ['webhook missing', `${hooks.missing.length}${hooks.missing.length ? ` (e.g. ${hooks.missing.slice(0, 3).join(', ')})` : ''}`],
    ['webhook violations', hooks.violations.length]);
  claim(result, 'the webhook receiver got every acknowledged change', hooks.missing.length === 0, `${hooks.missing.length} of ${acked.size} missing`);
  claim(result, 'no webhook for a write that did not commit; every signature verifies; a duplicate keeps its webhook-id', hooks.violations.length === 0, hooks.violations.slice(0, 3).join('; ') || 'none');
  return result;
}

/** Which streams missed what: each missing client's instances, and the missed changes' seqs. */
async function whereMissed(primaryUrl: string, clients: Array<{ servedBy: string[] }>, missedBy: string[][]): Promise<[string, string]> {
  const missed = [...new Set(missedBy.flat())];
  const seqs = await seqsOf(primaryUrl, missed);
  const clientsOf = missedBy.flatMap((m, i) => (m.length ? [`client ${i} (${m.length}; streams on ${clients[i]!.servedBy.join(' → ')})`] : []));
  return ['SSE misses', `${missed.length} distinct changes, seqs ${seqs.join(', ')}; ${clientsOf.join(', ')}`];
}

/** Product changes in the outbox rows received that no writer had an answer for. */
function unacknowledged(truth: Truth, acked: Set<string>): number {
  return [...truth.outbox.values()].filter((e) => !acked.has(`${e.subjectId}@v${e.version}`)).length;
}

/** The endpoint's deliveries not yet succeeded or given up (pending, leased, retrying). */
async function unsettledDeliveries(primaryUrl: string, workspaceId: string): Promise<number> {
  return withClient(primaryUrl, async (c) => Number((await c.query<{ n: string }>(
    `SELECT count(*) AS n FROM "WebhookDelivery" WHERE "workspaceId" = $1::uuid AND status NOT IN ('succeeded', 'failed')`, [workspaceId])).rows[0]!.n))
    .catch(() => 1);
}
