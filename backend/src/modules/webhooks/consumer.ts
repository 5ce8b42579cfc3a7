import { inDbContext } from '../../lib/db-context.js';
import type { Prisma as Sql } from '../../generated/prisma/client.js';
import type { DomainEvent } from '../events/index.js';
import type { WebhooksDeps } from './deps.js';
import { wants } from './event-filter.js';

// The relay's consumer (events module, onEvents): each event becomes one delivery per enabled
// endpoint of its workspace that wants its type. The relay moves this consumer's cursor only once
// the batch is stored, so a crash hands it again, and the unique (endpointId, eventId) makes the
// second handing a no-op. Sending is the dispatcher's (dispatcher.ts).

/** The body every attempt sends (Standard Webhooks: type, timestamp, data). */
const bodyOf = (event: Pick<DomainEvent, 'type' | 'occurredAt' | 'payload'>) => ({ type: event.type, timestamp: event.occurredAt, data: event.payload });

export function webhookConsumer(deps: Pick<WebhooksDeps, 'prisma' | 'wake'>, observe: (count: number) => void) {
  return async (events: DomainEvent[]): Promise<void> => {
    // Job events stay on the SSE stream: a job's progress is nobody else's business.
    const relevant = events.filter((event) => !event.type.startsWith('job.'));
    if (relevant.length === 0) return;
    const workspaceIds = [...new Set(relevant.map((event) => event.workspaceId))];
    // The consumer serves every workspace: it reads and writes as a platform admin (row-level security).
    const created = await inDbContext(deps.prisma, { platformAdmin: true }, async (tx) => {
      const endpoints = await tx.webhookEndpoint.findMany({ where: { workspaceId: { in: workspaceIds }, enabled: true }, select: { id: true, workspaceId: true, events: true } });
      if (endpoints.length === 0) return 0;
      const now = new Date();
      const rows = relevant.flatMap((event) =>
        endpoints
          .filter((endpoint) => endpoint.workspaceId === event.workspaceId && wants(endpoint.events, event.type))
          .map((endpoint) => ({
            endpointId: endpoint.id,
            workspaceId: event.workspaceId,
            eventId: event.id,
            eventType: event.type,
            payload: bodyOf(event) as Sql.InputJsonObject,
            nextAttemptAt: now,
          })),
      );
      if (rows.length === 0) return 0;
      const { count } = await tx.webhookDelivery.createMany({ data: rows, skipDuplicates: true });
      return count;
    });
    if (created > 0) {
      observe(created);
      deps.wake();
    }
  };
}
