import { randomUUID } from 'node:crypto';
import { inDbContext, type DbContext, type Transaction } from '../../lib/db-context.js';
import { AppError, conflict, notFound } from '../../lib/errors.js';
import type { Principal } from '../../lib/http/authenticate.js';
import type { Refusal } from '../../lib/http/ssrf-guard.js';
import { actorOf, recordAudit } from '../audit/index.js';
import type { WebhooksDeps } from './deps.js';
import { normalizeFilters } from './event-filter.js';
import { newSecret } from './signing.js';
import { toDeliveryView, toWebhookView, withSecret, type EndpointRow } from './webhook-view.js';

/** A workspace's endpoints at most: each event is sent to every one of them. */
const WEBHOOKS_PER_WORKSPACE = 20;

export interface WebhookInput {
  url: string;
  events: string[];
  description?: string;
}
export type WebhookChanges = Partial<WebhookInput & { enabled: boolean }>;

interface Scope {
  principal: Principal;
  workspace: { id: string };
}

// Row-level security lets the workspace's owners and admins and platform admins see or write
// endpoints (migration 20261209090000_webhooks); the route has already asked the policy.
const contextOf = ({ principal, workspace }: Scope): DbContext => ({
  userId: principal.userId,
  platformAdmin: principal.role === 'ADMIN',
  workspaceId: workspace.id,
});

const webhookNotFound = () => notFound('webhook_not_found', 'No such webhook in this workspace');

const refused = (refusal: Refusal) =>
  new AppError(422, refusal.code === 'target_unresolvable' ? 'webhook_target_unresolvable' : 'webhook_target_forbidden', refusal.message, {
    errors: [{ in: 'body', field: 'url', message: refusal.message, code: `url.${refusal.code}` }],
  });

/** The URL may be sent to: its scheme, and where its name resolves now (each send checks again). */
async function vetUrl(deps: WebhooksDeps, url: string): Promise<void> {
  const refusal = await deps.outbound.vet(url);
  if (refusal) throw refused(refusal);
}

async function endpointIn(tx: Transaction, scope: Scope, id: string): Promise<EndpointRow> {
  const row = await tx.webhookEndpoint.findFirst({ where: { id, workspaceId: scope.workspace.id } });
  if (!row) throw webhookNotFound();
  return row;
}

const audit = (tx: Transaction, scope: Scope, action: 'webhook_created' | 'webhook_updated' | 'webhook_secret_rotated' | 'webhook_deleted', row: EndpointRow, detail: Record<string, string | boolean | string[]> = {}) =>
  recordAudit(tx, { action, actor: actorOf(scope.principal), target: { type: 'webhook', id: row.id }, workspaceId: scope.workspace.id, detail: { url: row.url, ...detail } });

export async function listWebhooks(deps: WebhooksDeps, scope: Scope) {
  const rows = await inDbContext(deps.prisma, contextOf(scope), (tx) =>
    tx.webhookEndpoint.findMany({ where: { workspaceId: scope.workspace.id }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
  );
  return { data: rows.map(toWebhookView) };
}

export async function getWebhook(deps: WebhooksDeps, scope: Scope, id: string) {
  return toWebhookView(await inDbContext(deps.prisma, contextOf(scope), (tx) => endpointIn(tx, scope, id)));
}

export async function createWebhook(deps: WebhooksDeps, scope: Scope, input: WebhookInput) {
  await vetUrl(deps, input.url);
  const row = await inDbContext(deps.prisma, contextOf(scope), async (tx) => {
    // Counted under a lock of the workspace's row, so two concurrent creations cannot pass the cap together.
    await tx.$queryRaw`SELECT 1 FROM "Workspace" WHERE "id" = ${scope.workspace.id}::uuid FOR UPDATE`;
    const count = await tx.webhookEndpoint.count({ where: { workspaceId: scope.workspace.id } });
    if (count >= WEBHOOKS_PER_WORKSPACE) {
      throw conflict('webhook_limit_reached', `A workspace has at most ${WEBHOOKS_PER_WORKSPACE} webhooks; delete one first`);
    }
    const created = await tx.webhookEndpoint.create({
      data: { workspaceId: scope.workspace.id, url: input.url, events: normalizeFilters(input.events), description: input.description ?? '', secret: newSecret() },
    });
    await audit(tx, scope, 'webhook_created', created, { events: created.events });
    return created;
  });
  return withSecret(row);
}

export async function updateWebhook(deps: WebhooksDeps, scope: Scope, id: string, changes: WebhookChanges) {
  if (changes.url !== undefined) await vetUrl(deps, changes.url);
  const row = await inDbContext(deps.prisma, contextOf(scope), async (tx) => {
    const before = await endpointIn(tx, scope, id);
    // Enabling again clears the failure that disabled it: the next failure starts a new count.
    const state =
      changes.enabled === true && !before.enabled ? { enabled: true, disabledAt: null, disabledReason: null, failingSince: null }
        : changes.enabled === false && before.enabled ? { enabled: false, disabledAt: new Date(), disabledReason: 'Disabled by an admin' }
          : {};
    const updated = await tx.webhookEndpoint.update({
      where: { id },
      data: {
        ...(changes.url !== undefined ? { url: changes.url } : {}),
        ...(changes.events !== undefined ? { events: normalizeFilters(changes.events) } : {}),
        ...(changes.description !== undefined ? { description: changes.description } : {}),
        ...state,
      },
    });
    await audit(tx, scope, 'webhook_updated', updated, { changed: Object.keys(changes) });
    return updated;
  });
  // Re-enabled: what waited for it is due again.
  if (changes.enabled === true) deps.wake();
  return toWebhookView(row);
}

export async function deleteWebhook(deps: WebhooksDeps, scope: Scope, id: string): Promise<void> {
  await inDbContext(deps.prisma, contextOf(scope), async (tx) => {
    const row = await endpointIn(tx, scope, id);
    // Its deliveries and their attempts go with it (ON DELETE CASCADE).
    await tx.webhookEndpoint.delete({ where: { id } });
    await audit(tx, scope, 'webhook_deleted', row);
  });
}

/** A new secret at once: the old one signs nothing from now on. */
export async function rotateSecret(deps: WebhooksDeps, scope: Scope, id: string) {
  const row = await inDbContext(deps.prisma, contextOf(scope), async (tx) => {
    await endpointIn(tx, scope, id);
    const updated = await tx.webhookEndpoint.update({ where: { id }, data: { secret: newSecret() } });
    await audit(tx, scope, 'webhook_secret_rotated', updated);
    return updated;
  });
  return withSecret(row);
}

export const PING_TYPE = 'webhook.ping';

/**
 * A test delivery of type webhook.ping, sent once at once (even to a disabled endpoint, to check
 * it before enabling it again), never retried, never counted against the endpoint's health.
 */
export async function pingWebhook(deps: WebhooksDeps, scope: Scope, id: string) {
  const delivery = await inDbContext(deps.prisma, contextOf(scope), async (tx) => {
    const endpoint = await endpointIn(tx, scope, id);
    const now = new Date();
    const eventId = randomUUID();
    return tx.webhookDelivery.create({
      data: {
        endpointId: endpoint.id,
        workspaceId: scope.workspace.id,
        eventId,
        eventType: PING_TYPE,
        payload: { type: PING_TYPE, timestamp: now.toISOString(), data: { webhookId: endpoint.id, workspaceId: scope.workspace.id } },
        nextAttemptAt: now,
      },
    });
  });
  deps.wake();
  return toDeliveryView(delivery);
}
