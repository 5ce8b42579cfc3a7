import { createAmqpPublisher } from '../../lib/amqp.js';
import type { Logger } from '../../lib/logger.js';
import type { DomainEvent } from './outbox.js';
import type { EventHandler } from './relay.js';

/** The exchange every event is published to; a subscriber binds its queue with e.g. `product.*`. */
const EXCHANGE = 'shelfwise.events';

/**
 * The relay's consumer for RabbitMQ (when AMQP_URL is set): each event a persistent message on the
 * topic exchange, routing key = its type, body = the event as JSON (what the SSE stream sends),
 * message id = the event's id (the same on a redelivery, for the subscriber to dedupe on). A batch
 * counts as handed over once the broker confirmed all of it; otherwise the relay hands it again.
 */
export function brokerConsumer(url: string, logger: Logger): { handle: EventHandler; close: () => Promise<void> } {
  const publisher = createAmqpPublisher({ url, exchange: EXCHANGE, type: 'topic', connectionName: 'shelfwise-events', logger });
  return {
    handle: (events) => publisher.publish(events.map(toMessage)),
    close: () => publisher.close(),
  };
}

function toMessage(event: DomainEvent) {
  return {
    routingKey: event.type,
    body: Buffer.from(JSON.stringify(event)),
    options: {
      persistent: true,
      contentType: 'application/json',
      messageId: event.id,
      type: event.type,
      timestamp: Math.floor(Date.parse(event.occurredAt) / 1_000),
      appId: 'shelfwise',
      headers: { seq: event.seq, workspaceId: event.workspaceId, subjectId: event.subjectId },
    },
  };
}
