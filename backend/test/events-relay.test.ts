import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/lib/logger.js';
import { createPgSession, type PgSession } from '../src/lib/pg-session.js';
import { createFanout, LIVE_CONSUMER } from '../src/modules/events/fanout.js';
import type { DomainEvent } from '../src/modules/events/outbox.js';
import { createRelay, type Relay } from '../src/modules/events/relay.js';
import { pruneOutbox } from '../src/modules/events/retention.js';
import { createDatabase } from '../src/lib/db.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';

// The relay (modules/events/relay.ts, frontier.ts) against a real PostgreSQL: no app here, so the
// relays a test starts are the only ones competing for the lead. Rows are written the way any path
// writes them (the triggers of migration 20261207090000_outbox), by concurrent transactions.

const logger = createLogger('silent');
let db: TestDatabase;
let workspaceId: string;
let ownerId: string;
const running: Array<{ stop(): Promise<void> }> = [];

beforeAll(async () => {
  db = await createTestDatabase();
  await withClient(async (client) => {
    const { rows } = await client.query<{ id: string }>(`INSERT INTO "User" ("id", "email", "name", "passwordHash", "updatedAt") VALUES (gen_random_uuid(), 'relay-${Date.now()}@example.com', 'Relay', 'x', now()) RETURNING "id"`);
    ownerId = rows[0]!.id;
    workspaceId = (await client.query<{ id: string }>('SELECT "id" FROM "Workspace" WHERE "personalOwnerId" = $1', [ownerId])).rows[0]!.id;
  });
});
afterEach(async () => {
  await Promise.all(running.splice(0).map((r) => r.stop()));
});
afterAll(() => db.drop());

/** A connection as the tables' owner (the triggers fire for it as for the API's role). */
async function connect(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: db.ownerUrl });
  await client.connect();
  return client;
}

async function withClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = await connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A product named `name`. Its searchable words are its own (the name is kept in the description):
 * two uncommitted inserts that share a word wait for each other on the search vocabulary's key
 * (migration 20261205090200_low_stock_and_every_word), which would serialise the writers here.
 */
async function insertProduct(client: pg.Client, name: string): Promise<string> {
  const word = () => `w${randomUUID().replaceAll('-', '')}`;
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO "Product" ("id", "workspaceId", "ownerId", "name", "sku", "price", "currency", "updatedAt", "categoryIds", "tags")
     VALUES (gen_random_uuid(), $1, $2, $3, $4, 1, 'USD', now(), '{}', '{}') RETURNING "id"`,
    [workspaceId, ownerId, word(), word().slice(0, 30)],
  );
  names.set(rows[0]!.id, name);
  return rows[0]!.id;
}
const names = new Map<string, string>();

function session(): PgSession {
  return createPgSession({
    connectionString: db.url,
    applicationName: 'relay-test',
    channels: ['shelfwise_events'],
    setup: ["SELECT set_config('shelfwise.platform_admin', 'on', false)"],
    statementTimeoutMs: 5_000,
    logger,
  });
}

interface Consumer {
  events: DomainEvent[];
  relay: Relay;
  session: PgSession;
}

/** A relay (as an instance runs one) with one consumer that records what it is handed. */
function startRelay(name: string, handle?: (events: DomainEvent[]) => Promise<void>): Consumer {
  const s = session();
  const relay = createRelay({ session: s, logger, pollMs: 10 });
  const events: DomainEvent[] = [];
  relay.register(name, async (batch) => {
    await handle?.(batch);
    events.push(...batch);
  });
  s.start();
  relay.start();
  const consumer = { events, relay, session: s };
  running.push({ stop: async () => { await relay.stop(); await s.stop(); } });
  return consumer;
}

// The products' names (the account made in beforeAll wrote workspace and membership events too).
const namesOf = (events: DomainEvent[]) => events.filter((e) => e.type.startsWith('product.')).map((e) => names.get(e.subjectId));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const leads = (c: Consumer) => expect.poll(() => c.relay.leading, { timeout: 5_000, interval: 10 }).toBe(true);

describe('order and completeness', () => {
  it('when a transaction holding the lower seq commits after one holding the higher, then neither is relayed before both are, and then in seq order', async () => {
    const consumer = startRelay('order-1');
    await leads(consumer);
    const [first, second] = [await connect(), await connect()];
    try {
      await first.query('BEGIN');
      await insertProduct(first, 'lower seq');
      await second.query('BEGIN');
      await insertProduct(second, 'higher seq');
      await second.query('COMMIT');
      // Many polls of the relay: the higher seq is committed, but the lower one may still come.
      await sleep(150);
      expect(namesOf(consumer.events)).toEqual([]);
      await first.query('COMMIT');
      await expect.poll(() => namesOf(consumer.events), { timeout: 5_000, interval: 10 }).toEqual(['lower seq', 'higher seq']);
    } finally {
      await Promise.all([first.end(), second.end()]);
    }
    expect(consumer.events.map((e) => e.seq)).toEqual([...consumer.events.map((e) => e.seq)].sort((a, b) => a - b));
  });

  it('when the transaction with the higher seq has the older transaction id (it wrote first), then the lower seq still comes first', async () => {
    const consumer = startRelay('order-2');
    await leads(consumer);
    const [early, late] = [await connect(), await connect()];
    try {
      await early.query('BEGIN');
      // Takes its transaction id now, before the other transaction exists: "txid < xmin" alone would pass it.
      await early.query('SELECT pg_current_xact_id()');
      await late.query('BEGIN');
      await insertProduct(late, 'lower seq, newer transaction');
      await insertProduct(early, 'higher seq, older transaction');
      await early.query('COMMIT');
      await sleep(150);
      expect(namesOf(consumer.events)).toEqual([]);
      await late.query('COMMIT');
      await expect.poll(() => namesOf(consumer.events), { timeout: 5_000, interval: 10 }).toEqual(['lower seq, newer transaction', 'higher seq, older transaction']);
    } finally {
      await Promise.all([early.end(), late.end()]);
    }
  });

  it('when the transaction holding the lower seq rolls back, then the higher one is relayed once that transaction has ended, and the lower never', async () => {
    const consumer = startRelay('rollback');
    await leads(consumer);
    const [doomed, kept] = [await connect(), await connect()];
    try {
      await doomed.query('BEGIN');
      await insertProduct(doomed, 'rolled back');
      await kept.query('BEGIN');
      await insertProduct(kept, 'committed');
      await kept.query('COMMIT');
      await sleep(100);
      expect(namesOf(consumer.events)).toEqual([]);
      await doomed.query('ROLLBACK');
      await expect.poll(() => namesOf(consumer.events), { timeout: 5_000, interval: 10 }).toEqual(['committed']);
    } finally {
      await Promise.all([doomed.end(), kept.end()]);
    }
  });

  it('when many writers commit concurrently, then every committed event is relayed once, in seq order, and none of the rolled-back ones', async () => {
    const consumer = startRelay('concurrent');
    await leads(consumer);
    const clients = await Promise.all(Array.from({ length: 6 }, () => connect()));
    const committed: string[] = [];
    try {
      await Promise.all(clients.map(async (client, c) => {
        for (let i = 0; i < 15; i++) {
          await client.query('BEGIN');
          const name = `writer ${c} #${i}`;
          await insertProduct(client, name);
          if (i % 4 === 3) await client.query('ROLLBACK');
          else {
            await client.query('COMMIT');
            committed.push(name);
          }
        }
      }));
    } finally {
      await Promise.all(clients.map((c) => c.end()));
    }
    await expect.poll(() => consumer.events.length, { timeout: 10_000, interval: 20 }).toBe(committed.length);
    expect(new Set(namesOf(consumer.events))).toEqual(new Set(committed));
    const seqs = consumer.events.map((e) => e.seq);
    expect(seqs).toEqual([...new Set(seqs)].sort((a, b) => a - b));
  });
});

describe('consumers', () => {
  it('when a consumer fails, then it is handed the same events again until it succeeds, its cursor moves only then, and another consumer is not held back', async () => {
    let failures = 2;
    const s = session();
    const relay = createRelay({ session: s, logger, pollMs: 10 });
    const flaky: DomainEvent[][] = [];
    const steady: DomainEvent[] = [];
    relay.register('flaky', (batch) => {
      flaky.push(batch);
      return failures-- > 0 ? Promise.reject(new Error('receiver down')) : Promise.resolve();
    });
    relay.register('steady', (batch) => {
      steady.push(...batch);
      return Promise.resolve();
    });
    s.start();
    relay.start();
    running.push({ stop: async () => { await relay.stop(); await s.stop(); } });
    await expect.poll(() => relay.leading, { timeout: 5_000, interval: 10 }).toBe(true);

    await withClient((client) => insertProduct(client, 'delivered at least once'));
    await expect.poll(() => namesOf(steady), { timeout: 5_000, interval: 10 }).toEqual(['delivered at least once']);
    await expect.poll(() => flaky.length, { timeout: 10_000, interval: 20 }).toBe(3);
    // The same event each time, with the same id (a receiver dedupes on it).
    expect(new Set(flaky.map((batch) => batch.map((e) => e.id).join()))).toEqual(new Set([steady[0]!.id]));
    const cursors = await withClient((client) => client.query<{ name: string; seq: string }>(`SELECT "name", "seq"::text AS "seq" FROM "OutboxCursor" WHERE "name" IN ('flaky', 'steady') ORDER BY "name"`));
    expect(cursors.rows).toEqual([{ name: 'flaky', seq: String(steady[0]!.seq) }, { name: 'steady', seq: String(steady[0]!.seq) }]);
  });

  it('when the relay has a product event, then it carries the product as the API shows it', async () => {
    const consumer = startRelay('presented');
    await leads(consumer);
    const id = await withClient(async (client) => {
      const productId = await insertProduct(client, 'presented');
      await client.query(`UPDATE "Product" SET "stock" = 3, "lowStockThreshold" = 5, "trashedAt" = '2026-12-01T10:00:00Z', "version" = 2 WHERE "id" = $1`, [productId]);
      return productId;
    });
    await expect.poll(() => consumer.events.length, { timeout: 5_000, interval: 10 }).toBe(2);
    expect(consumer.events.map((e) => [e.type, e.version, e.subjectId, e.workspaceId])).toEqual([
      ['product.created', 1, id, workspaceId], ['product.trashed', 2, id, workspaceId],
    ]);
    expect(consumer.events[1]!.payload).toMatchObject({
      id, price: '1.00', stock: 3, stockState: 'low', status: 'draft', images: [],
      trashedAt: '2026-12-01T10:00:00.000Z', purgeAt: '2026-12-31T10:00:00.000Z', version: 2,
    });
    expect(consumer.events[1]!.occurredAt).toEqual(expect.stringMatching(/Z$/));
  });
});

describe('one relay across a cluster', () => {
  it('when two instances run a relay, then one leads; when it stops, the other takes over from the cursor and nothing is lost', async () => {
    const a = startRelay('cluster');
    await leads(a);
    const b = startRelay('cluster');
    await sleep(100);
    expect([a.relay.leading, b.relay.leading]).toEqual([true, false]);

    await withClient((client) => insertProduct(client, 'before the failover'));
    await expect.poll(() => namesOf(a.events), { timeout: 5_000, interval: 10 }).toEqual(['before the failover']);
    // The leader's connection ends (its process stops or dies): its advisory lock goes with it.
    await a.relay.stop();
    await a.session.stop();
    await withClient((client) => insertProduct(client, 'during the failover'));
    await leads(b);
    await withClient((client) => insertProduct(client, 'after the failover'));
    await expect.poll(() => namesOf(b.events), { timeout: 5_000, interval: 10 }).toEqual(['during the failover', 'after the failover']);
    expect(namesOf(a.events)).toEqual(['before the failover']);
  });
});

describe('the live fan-out', () => {
  it('when two instances follow the live events, then each gets every event once and in order, whichever relays', async () => {
    const instances = [session(), session()];
    const relays = instances.map((s) => createRelay({ session: s, logger, pollMs: 10 }));
    const seen = instances.map((s, i) => {
      const fanout = createFanout({ session: s, logger });
      relays[i]!.register(LIVE_CONSUMER, fanout.publisher, { onLead: fanout.announce });
      const events: DomainEvent[] = [];
      fanout.subscribe((batch) => events.push(...batch));
      return { fanout, events };
    });
    for (const [i, s] of instances.entries()) {
      s.start();
      relays[i]!.start();
      running.push({ stop: async () => { await relays[i]!.stop(); await s.stop(); } });
    }
    await expect.poll(() => seen.every((x) => x.fanout.position !== null), { timeout: 5_000, interval: 10 }).toBe(true);

    await withClient(async (client) => {
      for (const name of ['one', 'two', 'three']) await insertProduct(client, name);
    });
    for (const instance of seen) {
      await expect.poll(() => namesOf(instance.events), { timeout: 5_000, interval: 10 }).toEqual(['one', 'two', 'three']);
    }
    expect(seen[0]!.events.map((e) => e.id)).toEqual(seen[1]!.events.map((e) => e.id));
  });

  it('when an instance missed a notification (it was reconnecting), then the next one makes it read from where it is, so the missed events still reach its streams', async () => {
    // Where the live stream is (as a relay leaves it, and leaves it again at the end: no relay
    // runs here to move it), then an instance that follows it.
    const placeCursor = () => withClient((client) => client.query(
      `INSERT INTO "OutboxCursor" ("name", "seq") SELECT $1, coalesce(max("seq"), 0) FROM "OutboxEvent"
       ON CONFLICT ("name") DO UPDATE SET "seq" = EXCLUDED."seq"`, [LIVE_CONSUMER]));
    await placeCursor();
    running.push({ stop: async () => void (await placeCursor()) });
    const s = session();
    const fanout = createFanout({ session: s, logger });
    const events: DomainEvent[] = [];
    fanout.subscribe((batch) => events.push(...batch));
    s.start();
    running.push({ stop: () => s.stop() });
    await expect.poll(() => fanout.position, { timeout: 5_000, interval: 10 }).not.toBeNull();

    // Two changes; the notification of the first never reached this instance, the second's does.
    const missed = await withClient((client) => insertProduct(client, 'missed'));
    const told = await withClient((client) => insertProduct(client, 'told'));
    const seqOf = async (id: string) => withClient(async (client) => Number((await client.query<{ seq: string }>('SELECT "seq"::text AS "seq" FROM "OutboxEvent" WHERE "subjectId" = $1', [id])).rows[0]!.seq));
    const toldSeq = await seqOf(told);
    expect(await seqOf(missed)).toBeLessThan(toldSeq);
    await withClient((client) => client.query('SELECT pg_notify($1, $2)', ['shelfwise_events', `${toldSeq - 1}:${toldSeq}`]));
    await expect.poll(() => namesOf(events), { timeout: 5_000, interval: 10 }).toEqual(['missed', 'told']);
  });
});

describe('retention', () => {
  it('when events are older than the retention, then those every consumer has are deleted and the rest stay', async () => {
    const consumer = startRelay('retention');
    await leads(consumer);
    const ids = await withClient(async (client) => [await insertProduct(client, 'old and relayed'), await insertProduct(client, 'old, not yet relayed')]);
    await expect.poll(() => consumer.events.length, { timeout: 5_000, interval: 10 }).toBe(2);
    await consumer.relay.stop();
    await withClient(async (client) => {
      const [relayed, pending] = await Promise.all(ids.map(async (id) => (await client.query<{ seq: string }>('SELECT "seq"::text AS "seq" FROM "OutboxEvent" WHERE "subjectId" = $1', [id])).rows[0]!.seq));
      // Every consumer's cursor stops after the first; both events are 30 days old.
      await client.query('UPDATE "OutboxCursor" SET "seq" = $1', [relayed]);
      await client.query(`UPDATE "OutboxEvent" SET "occurredAt" = now() - interval '30 days' WHERE "seq" IN ($1, $2)`, [relayed, pending]);
    });
    const app = createDatabase({ url: db.url, poolSize: 1, poolTimeoutMs: 5_000, statementTimeoutMs: 5_000 });
    try {
      expect(await pruneOutbox(app.prisma, 7)).toBeGreaterThanOrEqual(1);
    } finally {
      await app.close();
    }
    const left = await withClient((client) => client.query<{ subjectId: string }>('SELECT "subjectId" FROM "OutboxEvent" WHERE "subjectId" = ANY($1::uuid[])', [ids]));
    expect(left.rows.map((r) => r.subjectId)).toEqual([ids[1]]);
  });
});
