import { inDbContext, type DbContext } from '../../lib/db-context.js';
import { conflict, notFound } from '../../lib/errors.js';
import type { Principal } from '../../lib/http/authenticate.js';
import { decodeTimeIdCursor, encodeTimeIdCursor } from '../../lib/http/time-id-cursor.js';
import type { WebhooksDeps } from './deps.js';
import { toDeliveryDetail, toDeliveryView, type DeliveryStatus } from './webhook-view.js';

interface Scope {
  principal: Principal;
  workspace: { id: string };
}

export interface DeliveryQuery {
  status?: DeliveryStatus;
  limit: number;
  cursor?: string;
}

const contextOf = ({ principal, workspace }: Scope): DbContext => ({ userId: principal.userId, platformAdmin: principal.role === 'ADMIN', workspaceId: workspace.id });
const webhookNotFound = () => notFound('webhook_not_found', 'No such webhook in this workspace');
const deliveryNotFound = () => notFound('webhook_delivery_not_found', 'No such delivery of this webhook');

/** The endpoint's deliveries, newest first, a page at a time (keyset: (createdAt, id) descending). */
export async function listDeliveries(deps: WebhooksDeps, scope: Scope, webhookId: string, query: DeliveryQuery) {
  const after = query.cursor ? decodeTimeIdCursor(query.cursor) : null;
  const rows = await inDbContext(deps.prisma, contextOf(scope), async (tx) => {
    const endpoint = await tx.webhookEndpoint.findFirst({ where: { id: webhookId, workspaceId: scope.workspace.id }, select: { id: true } });
    if (!endpoint) throw webhookNotFound();
    return tx.webhookDelivery.findMany({
      where: {
        endpointId: webhookId,
        ...(query.status ? { status: query.status } : {}),
        ...(after ? { OR: [{ createdAt: { lt: after.at } }, { createdAt: after.at, id: { lt: after.id } }] } : {}),
      },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: query.limit + 1,
    });
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return { data: page.map(toDeliveryView), nextCursor: rows.length > query.limit && last ? encodeTimeIdCursor({ at: last.createdAt, id: last.id }) : null };
}

export async function getDelivery(deps: WebhooksDeps, scope: Scope, webhookId: string, deliveryId: string) {
  return inDbContext(deps.prisma, contextOf(scope), async (tx) => {
    const delivery = await tx.webhookDelivery.findFirst({ where: { id: deliveryId, endpointId: webhookId, workspaceId: scope.workspace.id } });
    if (!delivery) throw deliveryNotFound();
    const attempts = await tx.webhookAttempt.findMany({ where: { deliveryId }, orderBy: [{ at: 'asc' }, { id: 'asc' }] });
    return toDeliveryDetail(delivery, attempts);
  });
}

/**
 * Sends the delivery again now, with the same webhook-id (the receiver can tell it is the same
 * event) and the same body, signed afresh. One more attempt: a failure retries on the schedule only
 * if the delivery had retries left.
 */
export async function redeliver(deps: WebhooksDeps, scope: Scope, webhookId: string, deliveryId: string) {
  const delivery = await inDbContext(deps.prisma, contextOf(scope), async (tx) => {
    const found = await tx.webhookDelivery.findFirst({ where: { id: deliveryId, endpointId: webhookId, workspaceId: scope.workspace.id }, include: { endpoint: { select: { enabled: true } } } });
    if (!found) throw deliveryNotFound();
    if (!found.endpoint.enabled) throw conflict('webhook_disabled', 'This webhook is disabled; enable it before redelivering');
    return tx.webhookDelivery.update({ where: { id: deliveryId }, data: { status: 'pending', nextAttemptAt: new Date() } });
  });
  deps.wake();
  return toDeliveryView(delivery);
}
