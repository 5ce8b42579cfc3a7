import type { Router } from 'express';
import type { AuthMiddleware } from '../../lib/http/authenticate.js';
import { createDatabase } from '../../lib/db.js';
import { createOutboundClient } from '../../lib/http/ssrf-guard.js';
import type { EventHandler } from '../events/index.js';
import { webhookConsumer } from './consumer.js';
import type { WebhookAccess, WebhooksDeps, WebhooksModuleNeeds } from './deps.js';
import { createDispatcher } from './dispatcher.js';
import { webhookMetrics } from './metrics.js';
import { pruneDeliveriesQueue } from './retention.js';
import { webhooksRouter } from './webhooks.routes.js';

// Webhooks (issue 19): a workspace's endpoints, one delivery per event and endpoint (made by the
// outbox relay's consumer, consumer.ts) and the dispatcher every instance runs (dispatcher.ts),
// signed per Standard Webhooks (signing.ts), retried about a day, then the endpoint disabled.

export { webhooksApiDoc } from './webhooks.openapi.js';
export type { WebhookAccess, WebhooksModuleNeeds } from './deps.js';

export interface WebhooksModule {
  /** Mount at /api/v1/workspaces/:slug/webhooks (before the workspaces router). */
  router: Router;
  /** Register with the events module's onEvents: every event, to make its deliveries. */
  consumer: EventHandler;
}

export function webhooksModule(app: WebhooksModuleNeeds, authenticate: AuthMiddleware, access: WebhookAccess): WebhooksModule {
  const { config } = app;
  const metrics = webhookMetrics(app.metrics.registry);
  const outbound = createOutboundClient({
    allowPrivate: config.webhooks.allowPrivateTargets,
    allowedTargets: config.webhooks.allowedTargets,
    dnsServers: config.webhooks.dnsServers,
    timeoutMs: config.webhooks.timeoutMs,
  });
  // The dispatcher needs deps and deps name its wake: the arrow reaches it once it is built.
  let wake = () => {};
  const deps: WebhooksDeps = {
    prisma: app.db.prisma,
    logger: app.logger,
    jobs: app.jobs,
    outbound,
    retryScheduleSeconds: config.webhooks.retryScheduleSeconds,
    publicUrl: config.accounts.publicUrl,
    wake: () => wake(),
  };
  // The consumer and the dispatcher are background work with two connections of their own: they
  // neither wait behind requests for the API's pool nor take the connections requests wait for.
  const background = createDatabase({
    url: config.database.url,
    poolSize: 2,
    poolTimeoutMs: config.database.poolTimeoutMs,
    statementTimeoutMs: config.database.statementTimeoutMs,
  });
  const sending = { ...deps, prisma: background.prisma };
  const dispatcher = createDispatcher(sending, { timeoutMs: config.webhooks.timeoutMs, observe: metrics.attempted });
  wake = () => dispatcher.wake();
  app.jobs.define(pruneDeliveriesQueue(sending, config.webhooks.logRetentionDays));
  // Sending is background work: it runs on the instances that work the job queues (JOB_WORKERS).
  app.jobs.onWork(() => dispatcher.start());
  app.lifecycle.onStop(async () => {
    await dispatcher.stop();
    await background.close();
  });
  return { router: webhooksRouter(deps, authenticate, access), consumer: webhookConsumer(sending, metrics.queued) };
}
