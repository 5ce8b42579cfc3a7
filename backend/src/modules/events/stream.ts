import type { Response } from 'express';
import { inDbContext, type DbContext } from '../../lib/db-context.js';
import type { Prisma } from '../../lib/db.js';
import { AppError } from '../../lib/errors.js';
import type { Principal, VerifyCredential } from '../../lib/http/authenticate.js';
import { encodeSse, openSse, type SseWriter } from '../../lib/http/sse.js';
import type { Lifecycle } from '../../lib/lifecycle.js';
import type { Logger } from '../../lib/logger.js';
import type { Actor } from '../workspaces/index.js';
import { admits, follow, type Audience } from './audience.js';
import type { Fanout } from './fanout.js';
import { READ_RANGE, toDomainEvent, type DomainEvent, type EventRow } from './outbox.js';

export interface StreamDeps {
  prisma: Prisma;
  fanout: Fanout;
  logger: Logger;
  lifecycle: Lifecycle;
  /** The auth module's check, asked again at each heartbeat. */
  verify: VerifyCredential;
  /** The workspaces the user is a member of (the workspaces module). */
  memberships: (userId: string) => Promise<Array<{ id: string; role: Actor['role'] }>>;
  /** The transaction context that reads as this caller (row-level security: the replay's second line). */
  contextOf: (principal: Principal) => DbContext;
  /** The lowest seq the outbox still holds, whoever's it is (null: none). */
  oldestSeq: () => Promise<number | null>;
  heartbeatMs: number;
}

/** Why a stream ended, in its last message (`event: end`); the client reconnects with Last-Event-ID. */
type EndReason = 'draining' | 'credential';

const REPLAY_BATCH = 500;
const RETRY_MS = 2_000;
// What a client may leave unread before its stream is cut (it resumes from the outbox): about a
// thousand product events.
const MAX_BUFFERED_BYTES = 2 * 1024 * 1024;

const unavailable = () =>
  new AppError(503, 'events_unavailable', 'The live events are not available right now; try again shortly', { headers: { 'Retry-After': '2' } });

interface Stream {
  /** Live events while the replay runs (null once live). */
  pending: DomainEvent[] | null;
  live(events: DomainEvent[]): void;
  end(reason: EndReason, detail?: Record<string, unknown>): void;
}

/**
 * The SSE streams of this instance: each replays from the outbox after its Last-Event-ID, then
 * follows the live events (fanout.ts), each event once and in seq order, filtered for its audience
 * (audience.ts) as membership changes pass by.
 */
export function createStreams(deps: StreamDeps) {
  const open = new Set<Stream>();
  deps.fanout.subscribe((events) => {
    for (const stream of open) stream.live(events);
  });
  deps.lifecycle.onDrain(() => {
    for (const stream of open) stream.end('draining');
  });

  async function openStream(principal: Principal, token: string, lastEventId: number | undefined, res: Response): Promise<void> {
    if (deps.lifecycle.draining) throw unavailable();
    // Registered before anything is awaited, at the position the live events have reached: every
    // later live event is above it, and arrives in `pending` until the replay is done.
    const stream: Stream = {
      pending: [],
      live: (events) => stream.pending?.push(...events),
      end: () => {},
    };
    const position = deps.fanout.position;
    if (position === null) throw unavailable();
    open.add(stream);
    let audience: Audience;
    try {
      audience = { userId: principal.userId, platformAdmin: principal.role === 'ADMIN', workspaces: await workspaceRoles(principal.userId) };
    } catch (err) {
      open.delete(stream);
      throw err;
    }
    const writer = openSse(res, { retryMs: RETRY_MS, maxBufferedBytes: MAX_BUFFERED_BYTES });
    let lastSent = lastEventId ?? position;
    let role = principal.role;

    const deliver = (event: DomainEvent): DomainEvent | null => {
      if (event.seq <= lastSent) return null;
      lastSent = event.seq;
      const shown = admits(audience, event);
      follow(audience, event);
      return shown ? event : null;
    };
    stream.live = (events) => {
      if (stream.pending) {
        stream.pending.push(...events);
        return;
      }
      for (const event of events) {
        const shown = deliver(event);
        if (shown && !writer.send(message(shown))) return;
      }
    };
    stream.end = (reason, detail = {}) => {
      writer.send({ event: 'end', data: JSON.stringify({ reason, ...detail }) });
      writer.end();
    };
    const heartbeat = setInterval(() => {
      writer.comment('heartbeat');
      void recheck();
    }, deps.heartbeatMs);
    writer.onClose(() => {
      clearInterval(heartbeat);
      open.delete(stream);
    });

    // Logged out, expired, revoked, deactivated: the stream ends as the next request would be refused.
    async function recheck(): Promise<void> {
      try {
        const now = await deps.verify(token);
        audience.platformAdmin = now.role === 'ADMIN';
        if (role === 'ADMIN' && now.role !== 'ADMIN') audience.workspaces = await workspaceRoles(now.userId);
        role = now.role;
      } catch (err) {
        if (err instanceof AppError && err.status === 401) stream.end('credential', { code: err.code });
        else deps.logger.warn({ err }, 'events stream: could not check its credential again; keeping it');
      }
    }

    try {
      if (lastEventId !== undefined && lastEventId < position) {
        const resumed = await replay(principal, lastEventId, position, writer, deliver);
        if (!resumed) lastSent = position;
      }
    } catch (err) {
      deps.logger.warn({ err }, 'events stream: the replay failed; the client reconnects');
      writer.end();
      return;
    }
    const pending = stream.pending ?? [];
    stream.pending = null;
    stream.live(pending);
  }

  async function workspaceRoles(userId: string): Promise<Audience['workspaces']> {
    return new Map((await deps.memberships(userId)).map((m) => [m.id, m.role]));
  }

  /**
   * The events after `after` up to `upTo`, from the table. False when they are no longer all there
   * (pruned past OUTBOX_RETENTION_DAYS): the client is told to start over (`event: reset`), as what
   * changed since cannot be told one by one.
   */
  async function replay(principal: Principal, after: number, upTo: number, writer: SseWriter, deliver: (e: DomainEvent) => DomainEvent | null): Promise<boolean> {
    const oldest = await deps.oldestSeq();
    if (oldest === null || oldest > after + 1) {
      writer.send({ id: String(upTo), event: 'reset', data: JSON.stringify({ reason: 'too_old' }) });
      return false;
    }
    let from = after;
    while (from < upTo && !writer.closed) {
      const rows = await inDbContext(deps.prisma, deps.contextOf(principal), (tx) => tx.$queryRawUnsafe<EventRow[]>(READ_RANGE, from, upTo, REPLAY_BATCH));
      for (const event of rows.map(toDomainEvent)) {
        const shown = deliver(event);
        if (shown && !(await writer.sendPaced(message(shown)))) return true;
      }
      from = rows.length < REPLAY_BATCH ? upTo : Number(rows.at(-1)!.seq);
    }
    return true;
  }

  return {
    open: openStream,
    /** Ends every stream (the module stops): each client reconnects, to another instance if there is one. */
    endAll() {
      for (const stream of open) stream.end('draining');
    },
    /** Streams open on this instance. */
    get count() {
      return open.size;
    },
  };
}

// Every stream of the instance is handed the same event objects: each is written out and encoded
// once, not once per client (a thousand clients, a thousand JSON.stringify and UTF-8 encodings of
// the same product otherwise).
const written = new WeakMap<DomainEvent, Buffer>();
function message(event: DomainEvent): Buffer {
  let sse = written.get(event);
  if (!sse) {
    sse = encodeSse({ id: String(event.seq), event: event.type, data: JSON.stringify(event) });
    written.set(event, sse);
  }
  return sse;
}

export type Streams = ReturnType<typeof createStreams>;
