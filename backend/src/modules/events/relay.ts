import type { Logger } from '../../lib/logger.js';
import type { PgSession } from '../../lib/pg-session.js';
import { settle, type Gap } from './frontier.js';
import { EVENT_COLUMNS, READ_RANGE, toDomainEvent, type DomainEvent, type EventRow } from './outbox.js';

/**
 * Handed every event after the consumer's cursor, in seq order, a batch at a time; the cursor moves
 * past a batch only once this resolves. A throw hands the same batch again later (backing off), so
 * delivery is at least once: a consumer that must not act twice keys on the event's id.
 */
export type EventHandler = (events: DomainEvent[]) => Promise<void>;

export interface RelayOptions {
  session: PgSession;
  logger: Logger;
  /** How often the leader looks for new events when the last look found none. */
  pollMs: number;
  batchSize?: number;
  /** Told what each consumer took, and each failed batch (metrics.ts). */
  observe?: { delivered(consumer: string, count: number): void; failed(consumer: string): void };
}

interface ConsumerOptions {
  /** Told the consumer's cursor each time this instance takes the lead, before any batch. */
  onLead?: (cursor: number) => Promise<void>;
}

export interface Relay {
  /** Registers a consumer with its own cursor (OutboxCursor row `name`). */
  register(name: string, handler: EventHandler, options?: ConsumerOptions): void;
  start(): void;
  stop(): Promise<void>;
  /** Whether this process is the cluster's relay right now. */
  readonly leading: boolean;
}

// pg_try_advisory_lock key of the relay (any bigint the rest of the database does not use): the
// session that holds it is the one relay of the cluster.
const RELAY_LOCK = 0x5e1f_0019;
const LOCK_RETRY_MS = 1_000;
const MAX_BACKOFF_MS = 30_000;

const READ_AFTER = `SELECT s."xmin", e.* FROM (SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS "xmin") s
  LEFT JOIN LATERAL (SELECT ${EVENT_COLUMNS} FROM "OutboxEvent" e WHERE e."seq" > $1 ORDER BY e."seq" LIMIT $2) e ON true`;

interface ConsumerState extends ConsumerOptions {
  name: string;
  handle: EventHandler;
  /** Its cursor is known (read or made since this instance took the lead). */
  ready: boolean;
  cursor: number;
  failures: number;
  retryAt: number;
}

/**
 * The relay: one per cluster (whichever instance holds the advisory lock on its dedicated
 * connection; another takes over within LOCK_RETRY_MS of its connection ending), reading the outbox
 * in seq order up to the frontier (frontier.ts) and handing each consumer what lies between its
 * cursor and there. A consumer that fails only holds back itself.
 */
export function createRelay({ session, logger, pollMs, batchSize = 500, observe }: RelayOptions): Relay {
  const consumers = new Map<string, ConsumerState>();
  let leading = false;
  let running = false;
  let timer: NodeJS.Timeout | undefined;
  let pass: Promise<void> = Promise.resolve();
  let frontier = 0;
  let gap: Gap | null = null;

  let busy = false;
  let wake = false;

  session.onLost(() => {
    if (leading) logger.warn({ event: 'relay_lost' }, 'outbox relay: lost its connection, and with it the lead');
    leading = false;
  });
  // Connected (again): try for the lead at once rather than at the next retry.
  session.onConnected(() => schedule(0));

  function schedule(ms: number): void {
    if (!running) return;
    clearTimeout(timer);
    timer = setTimeout(run, ms);
  }

  // One pass at a time: a wake-up during a pass makes the next one start right after it.
  function run(): void {
    if (busy) {
      wake = true;
      return;
    }
    busy = true;
    pass = tick().finally(() => {
      busy = false;
    });
  }

  async function tick(): Promise<void> {
    let next = pollMs;
    try {
      if (!session.connected) next = LOCK_RETRY_MS;
      else if (!leading && !(await lead())) next = LOCK_RETRY_MS;
      else if (await round()) next = 0;
    } catch (err) {
      logger.warn({ err, event: 'relay_failed' }, 'outbox relay: a pass failed; trying again');
      next = LOCK_RETRY_MS;
    }
    schedule(wake ? 0 : next);
    wake = false;
  }

  async function lead(): Promise<boolean> {
    if (!(await session.tryAdvisoryLock(RELAY_LOCK))) return false;
    const rows = await session.query<{ seq: string | null }>('SELECT max("seq")::text AS "seq" FROM "OutboxCursor"');
    // Everything up to any consumer's cursor was final when it moved there.
    frontier = Number(rows[0]?.seq ?? 0);
    gap = null;
    for (const consumer of consumers.values()) consumer.ready = false;
    leading = true;
    logger.info({ event: 'relay_leading', frontier }, 'outbox relay: this instance relays the events');
    return true;
  }

  /** A consumer's stored cursor; a new one starts at the frontier: it is handed what happens from now on. */
  async function prepare(consumer: ConsumerState): Promise<void> {
    await session.query('INSERT INTO "OutboxCursor" ("name", "seq") VALUES ($1, $2) ON CONFLICT ("name") DO NOTHING', [consumer.name, frontier]);
    const [row] = await session.query<{ seq: string }>('SELECT "seq"::text AS "seq" FROM "OutboxCursor" WHERE "name" = $1', [consumer.name]);
    consumer.cursor = Number(row!.seq);
    consumer.failures = 0;
    consumer.retryAt = 0;
    consumer.ready = true;
    await consumer.onLead?.(consumer.cursor);
  }

  /** One look at the outbox and one delivery per consumer; true when there may be more right away. */
  async function round(): Promise<boolean> {
    for (const consumer of consumers.values()) if (!consumer.ready) await prepare(consumer);
    const before = frontier;
    const rows = await session.query<EventRow & { xmin: string }>(READ_AFTER, [frontier, batchSize]);
    const found = rows.filter((r) => r.seq !== null).map((row) => ({ seq: Number(row.seq), row }));
    const settled = settle(frontier, found, gap, BigInt(rows[0]?.xmin ?? '0'));
    gap = settled.gap;
    if (gap && gap.horizon === null) {
      const [horizon] = await session.query<{ xid: string }>('SELECT pg_current_xact_id()::text AS "xid"');
      gap.horizon = BigInt(horizon!.xid);
    }
    frontier = settled.frontier;
    const fresh = settled.events.map((e) => toDomainEvent(e.row));
    const delivered = await Promise.all([...consumers.values()].map((c) => deliver(c, before, fresh)));
    return settled.events.length === batchSize || delivered.some(Boolean);
  }

  /** True when the consumer is still behind the frontier and may go on at once. */
  async function deliver(consumer: ConsumerState, before: number, fresh: DomainEvent[]): Promise<boolean> {
    if (consumer.cursor >= frontier || Date.now() < consumer.retryAt) return false;
    const from = consumer.cursor;
    const events = from === before
      ? fresh
      : (await session.query<EventRow>(READ_RANGE, [from, frontier, batchSize])).map(toDomainEvent);
    // Fewer than a batch: everything up to the frontier (what is missing there never will be).
    const to = events.length < batchSize ? frontier : events.at(-1)!.seq;
    if (events.length > 0) {
      try {
        await consumer.handle(events);
      } catch (err) {
        observe?.failed(consumer.name);
        consumer.failures++;
        const backoff = Math.min(MAX_BACKOFF_MS, 100 * 2 ** Math.min(consumer.failures, 16));
        consumer.retryAt = Date.now() + backoff * (0.8 + Math.random() * 0.4);
        logger.warn({ err, event: 'relay_consumer_failed', consumer: consumer.name, from, failures: consumer.failures }, 'outbox relay: a consumer failed; its batch is handed again later');
        return false;
      }
    }
    consumer.failures = 0;
    if (events.length > 0) observe?.delivered(consumer.name, events.length);
    const moved = await session.query('UPDATE "OutboxCursor" SET "seq" = $2, "updatedAt" = now() WHERE "name" = $1 AND "seq" = $3 RETURNING 1', [consumer.name, to, from]);
    if (moved.length === 0) {
      // Moved by someone else (an operator): follow the stored cursor.
      const [row] = await session.query<{ seq: string }>('SELECT "seq"::text AS "seq" FROM "OutboxCursor" WHERE "name" = $1', [consumer.name]);
      consumer.cursor = row ? Number(row.seq) : frontier;
      return true;
    }
    consumer.cursor = to;
    return consumer.cursor < frontier;
  }

  return {
    register(name, handle, options = {}) {
      if (consumers.has(name)) throw new Error(`consumer ${name} registered twice`);
      // Its cursor is read (or made) when this instance next takes the lead, or at once when it leads.
      consumers.set(name, { ...options, name, handle, cursor: 0, failures: 0, retryAt: 0, ready: false });
    },
    start() {
      if (running) return;
      running = true;
      schedule(0);
    },
    async stop() {
      running = false;
      clearTimeout(timer);
      await pass;
      // Handed over at once (closing the connection would too, a moment later).
      if (leading) await session.query('SELECT pg_advisory_unlock($1)', [RELAY_LOCK]).catch(() => {});
      leading = false;
    },
    get leading() {
      return leading;
    },
  };
}
