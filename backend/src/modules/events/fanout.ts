import type { Logger } from '../../lib/logger.js';
import type { PgSession } from '../../lib/pg-session.js';
import type { EventHandler } from './relay.js';
import { READ_RANGE, toDomainEvent, type DomainEvent, type EventRow } from './outbox.js';

/**
 * Live events on every instance. The relay's `live` consumer publishes each batch it is handed as a
 * NOTIFY on `shelfwise_events` ("from:to", seqs); every instance LISTENs on its dedicated connection
 * and reads that range of the outbox once, for all its SSE clients. PostgreSQL rather than Redis
 * pub/sub: every deployment has it (Redis is optional), and a notification is a pointer into the
 * table, so its 8000-byte limit never binds. The relay's own NOTIFY is one per batch, off the
 * writers' path (migration 20261207090000_outbox says why the triggers send none).
 */
export const LIVE_CHANNEL = 'shelfwise_events';
export const LIVE_CONSUMER = 'live';

export interface Fanout {
  /** The relay's consumer that publishes to every instance. */
  publisher: EventHandler;
  /** When this instance takes the lead: tells every instance where the stream is (an empty range). */
  announce: (cursor: number) => Promise<void>;
  /** The last seq this instance has dispatched; null until it knows where the stream is. */
  readonly position: number | null;
  /** Called with each batch of live events, in seq order, each seq once. */
  subscribe: (listener: (events: DomainEvent[]) => void) => () => void;
}

export function createFanout({ session, logger, batchSize = 500 }: { session: PgSession; logger: Logger; batchSize?: number }): Fanout {
  const listeners = new Set<(events: DomainEvent[]) => void>();
  let position: number | null = null;
  // Ranges are read one after another, so events reach the listeners in order.
  let reading: Promise<void> = Promise.resolve();

  function dispatch(events: DomainEvent[]): void {
    for (const listener of listeners) {
      try {
        listener(events);
      } catch (err) {
        logger.warn({ err }, 'live events: a subscriber failed');
      }
    }
  }

  async function catchUp(from: number, to: number): Promise<void> {
    // From where this instance is, not where the notification starts: a reconnecting instance can
    // miss a NOTIFY (sent before its LISTEN) and still read the cursor from before that batch (the
    // relay moves it after the NOTIFY); the next NOTIFY then starts past events it never
    // dispatched, which the table still holds (drill 7 found it: 14 changes missed by 9 streams).
    let after = position ?? from;
    while (after < to) {
      const rows = await session.query<EventRow>(READ_RANGE, [after, to, batchSize]);
      const events = rows.map(toDomainEvent);
      if (events.length > 0) dispatch(events);
      after = rows.length < batchSize ? to : events.at(-1)!.seq;
      position = after;
    }
    if (position === null || position < to) position = to;
  }

  function enqueue(work: () => Promise<void>): void {
    reading = reading.then(work).catch((err: unknown) => {
      // The next notification (or reconnection) reads from `position` again: nothing is skipped.
      logger.warn({ err }, 'live events: reading the outbox failed');
    });
  }

  session.onNotification((channel, payload) => {
    if (channel !== LIVE_CHANNEL) return;
    const match = /^(\d+):(\d+)$/.exec(payload);
    if (!match) return;
    const from = Number(match[1]);
    const to = Number(match[2]);
    enqueue(() => catchUp(from, to));
  });
  // After each (re)connection: notifications sent while disconnected are lost, the cursor is not.
  session.onConnected(() => {
    enqueue(async () => {
      const [row] = await session.query<{ seq: string }>('SELECT "seq"::text AS "seq" FROM "OutboxCursor" WHERE "name" = $1', [LIVE_CONSUMER]);
      if (!row) return;
      const published = Number(row.seq);
      if (position === null) position = published;
      else await catchUp(position, published);
    });
  });

  async function notify(from: number, to: number): Promise<void> {
    await session.query('SELECT pg_notify($1, $2)', [LIVE_CHANNEL, `${from}:${to}`]);
  }

  return {
    publisher: (events) => notify(events[0]!.seq - 1, events.at(-1)!.seq),
    announce: (cursor) => notify(cursor, cursor),
    get position() {
      return position;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
