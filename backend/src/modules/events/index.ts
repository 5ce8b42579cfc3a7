import type { Router } from 'express';
import type { Config } from '../../config.js';
import type { Database } from '../../lib/db.js';
import type { AuthMiddleware } from '../../lib/http/authenticate.js';
import type { JobQueue } from '../../lib/jobs.js';
import type { Lifecycle } from '../../lib/lifecycle.js';
import type { Logger } from '../../lib/logger.js';
import type { Metrics } from '../../lib/metrics.js';
import { createPgSession } from '../../lib/pg-session.js';
import { dbContextOf, type Workspaces } from '../workspaces/index.js';
import { brokerConsumer } from './broker.js';
import { eventsRouter } from './events.routes.js';
import { createFanout, LIVE_CHANNEL, LIVE_CONSUMER } from './fanout.js';
import { eventMetrics } from './metrics.js';
import { createRelay, type EventHandler } from './relay.js';
import { pruneOutboxQueue } from './retention.js';
import { createStreams } from './stream.js';

// Events (issue 19): the outbox the triggers of migration 20261207090000_outbox fill, relayed in
// order by one instance of the cluster to its consumers (relay.ts): the live fan-out to every
// instance's SSE streams (fanout.ts, stream.ts), RabbitMQ when AMQP_URL is set (broker.ts), and
// whoever registers with onEvents.

export { WEBHOOK_EVENT_TYPES, type DomainEvent } from './outbox.js';
export type { EventHandler } from './relay.js';
export { eventsApiDoc } from './events.openapi.js';

export interface EventsModuleNeeds {
  config: Pick<Config, 'events' | 'database'>;
  logger: Logger;
  metrics: Metrics;
  db: Pick<Database, 'prisma'>;
  jobs: JobQueue;
  lifecycle: Lifecycle;
  workspaces: Workspaces;
}

export interface EventsModule {
  /** Mount at /api/v1/events. */
  router: Router;
  /**
   * Registers a consumer (while the app is built): `handler` is handed every event from now on, in
   * seq order, in batches, at least once (a throw hands the batch again, backing off), with its own
   * cursor named `name` (keep it stable: a new name starts from the present).
   */
  onEvents(name: string, handler: EventHandler): void;
}

export function eventsModule(app: EventsModuleNeeds, authenticate: AuthMiddleware): EventsModule {
  const { config, logger } = app;
  const session = createPgSession({
    connectionString: config.database.url,
    applicationName: 'shelfwise-events',
    channels: [LIVE_CHANNEL],
    // The relay and the fan-out read every workspace's events (row-level security, migration
    // 20261207090000_outbox); this connection serves nothing else.
    setup: ["SELECT set_config('shelfwise.platform_admin', 'on', false)"],
    statementTimeoutMs: config.database.statementTimeoutMs,
    logger,
  });
  const fanout = createFanout({ session, logger });
  const streams = createStreams({
    prisma: app.db.prisma,
    fanout,
    logger,
    lifecycle: app.lifecycle,
    verify: authenticate.verify,
    memberships: (userId) => app.workspaces.membershipsOf(userId),
    contextOf: (principal) => dbContextOf(principal),
    oldestSeq: async () => {
      const [row] = await session.query<{ seq: string | null }>('SELECT min("seq")::text AS "seq" FROM "OutboxEvent"');
      return row?.seq == null ? null : Number(row.seq);
    },
    heartbeatMs: config.events.heartbeatSeconds * 1_000,
  });
  const observe = eventMetrics(app.metrics.registry, () => streams.count);
  const relay = createRelay({ session, logger, pollMs: config.events.pollMs, observe });
  relay.register(LIVE_CONSUMER, fanout.publisher, { onLead: fanout.announce });
  app.jobs.define(pruneOutboxQueue({ prisma: app.db.prisma, logger, retentionDays: config.events.retentionDays }));
  const broker = config.events.amqpUrl ? brokerConsumer(config.events.amqpUrl, logger) : null;
  if (broker) relay.register('amqp', broker.handle);
  // Connected now and taking part in electing the relay; its first look comes after the app is
  // built (a timer), by when every consumer has registered. Stopped with the lifecycle: the streams
  // end, the relay stops, the connection (and with it the relay's lock) closes.
  session.start();
  relay.start();
  app.lifecycle.onStop(async () => {
    streams.endAll();
    await relay.stop();
    await session.stop();
    await broker?.close();
  });
  return {
    router: eventsRouter(streams, authenticate),
    onEvents: (name, handler) => relay.register(name, handler),
  };
}
