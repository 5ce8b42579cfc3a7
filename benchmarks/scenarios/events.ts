// Issue 19's events (`--only=events`): how fast the outbox relay hands a bulk change to an SSE
// client, the fan-out of single changes to 1,000 SSE clients of one instance (latency and the API's
// memory per client), and webhook deliveries per second. On the main stack's database, which the
// catalogue scenarios do not use (they seed databases of their own).
import type { Bench } from '../lib/context.js';
import { postJson } from '../lib/jobs.js';
import { cpuSeconds } from '../lib/load.js';
import { withClient } from '../lib/seed.js';
import { openStream, streamAgent } from '../lib/sse.js';
import { registerUser } from './auth.js';
import { sleep, type EventsBench } from './events-common.js';
import { fanoutRows } from './events-fanout.js';
import { webhookRow } from './events-webhooks.js';

/** Above what issue 18's bulk work writes (an import ~1,000 rows/s, a bulk edit ~1,400: RESULTS.md), with room to spare. */
const RELAY_TARGET = 2_000;

export async function eventsScenario(bench: Bench): Promise<void> {
  const { apiUrl, databaseUrl } = bench.stack;
  // The webhook receiver listens on 127.0.0.1: allowed by configuration, as in the API's tests.
  await bench.stack.restartApi({ WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' });
  const agent = streamAgent();
  try {
    const user = await registerUser(apiUrl, databaseUrl, 'events');
    const workspace = await postJson<{ id: string; slug: string }>(`${apiUrl}/api/v1/workspaces`, user.accessToken, { name: 'Events bench' }, 201);
    const userId = await withClient(databaseUrl, async (client) =>
      String((await client.query<{ id: string }>('SELECT id FROM "User" WHERE email = $1', [user.email])).rows[0]!.id),
    );
    const events: EventsBench = { bench, token: user.accessToken, userId, workspace, streamUrl: `${apiUrl}/api/v1/events/stream`, agent };
    // The fan-out first, in the freshly started process: its memory per client is then not blurred
    // by the garbage of the relay's 20k events.
    await fanoutRows(events);
    await relayRow(events);
    await webhookRow(events);
  } finally {
    agent.destroy();
    // The next scenarios get the API as configured everywhere else.
    await bench.stack.restartApi();
  }
}

/**
 * N products inserted in one transaction (as the seed inserts, but with the outbox trigger on: the
 * write path every API write takes writes its events the same way), so that N events become
 * visible at one commit and the relay's own pace is what is measured: the time from the first to
 * the last `product.created` one SSE client receives.
 */
async function relayRow({ bench, token, userId, workspace, streamUrl, agent }: EventsBench): Promise<void> {
  const n = bench.quick ? 2_000 : 20_000;
  const pid = bench.stack.apiPid();
  let received = 0;
  let first = 0;
  let last = 0;
  let allIn!: () => void;
  const done = new Promise<void>((resolve) => (allIn = resolve));
  const client = await openStream(streamUrl, token, agent, (message, at) => {
    if (message.event !== 'product.created') return;
    if (received === 0) first = at;
    last = at;
    if (++received === n) allIn();
  });
  bench.log(`relay: ${n} products inserted in one transaction, one SSE client`);
  // The API is idle while PostgreSQL inserts: its CPU from here on is the relay's and the stream's.
  const cpuBefore = await cpuSeconds(pid);
  const committed = await withClient(bench.stack.databaseUrl, async (db) => {
    await db.query('BEGIN');
    await db.query(
      `INSERT INTO "Product" (id, "workspaceId", "ownerId", name, description, sku, price, currency, stock, status, "updatedAt")
       SELECT gen_random_uuid(), $1, $2, 'Relay kettle ' || n, 'A kettle for the relay benchmark', 'EVB-' || n, 19.90, 'USD', n % 100, 'active', now()
       FROM generate_series(1, $3::int) n`,
      [workspace.id, userId, n],
    );
    await db.query('COMMIT');
    return performance.now();
  });
  await Promise.race([done, client.closed, sleep(30_000 + n * 2)]);
  const cpu = (await cpuSeconds(pid)) - cpuBefore;
  const dropped = !client.open;
  client.close();
  const spanS = (last - first) / 1000;
  const rate = received > 1 ? received / spanS : 0;
  const whole = received === n;
  bench.log(`  ${received} of ${n} events, first ${(first - committed).toFixed(0)} ms after the commit, last after ${((last - committed) / 1000).toFixed(2)} s: ${Math.round(rate)} events/s`);
  if (!whole) bench.notes.push(`Events relayed: ${received} of ${n} events reached the SSE client${dropped ? ' (the stream was closed)' : ''}.`);
  bench.rows.push({
    scenario: `events relayed: ${n / 1000}k products inserted in one transaction, to one SSE client (first event ${(first - committed).toFixed(0)} ms after the commit, last ${((last - committed) / 1000).toFixed(1)} s; req/s column: events/s first to last, CPU: API µs per event)`,
    rps: rate,
    cpuUs: (cpu * 1e6) / Math.max(1, received),
    target: `≥ ${RELAY_TARGET.toLocaleString('en-US')} events/s, every event`,
    met: whole && rate >= RELAY_TARGET,
  });
}
