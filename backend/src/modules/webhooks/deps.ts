import type { Config } from '../../config.js';
import type { Database, Prisma } from '../../lib/db.js';
import type { Principal } from '../../lib/http/authenticate.js';
import type { OutboundClient } from '../../lib/http/ssrf-guard.js';
import type { JobQueue } from '../../lib/jobs.js';
import type { Lifecycle } from '../../lib/lifecycle.js';
import type { Logger } from '../../lib/logger.js';
import type { Metrics } from '../../lib/metrics.js';

/** What the webhooks module takes from the composition root (app.ts) to build itself (index.ts). */
export interface WebhooksModuleNeeds {
  config: Pick<Config, 'webhooks' | 'accounts' | 'database'>;
  logger: Logger;
  metrics: Metrics;
  db: Pick<Database, 'prisma'>;
  jobs: JobQueue;
  lifecycle: Lifecycle;
}

/**
 * The workspace a slug names, if the caller may manage its webhooks (else the workspaces module's
 * 404 or 403 insufficient_workspace_role). app.ts connects it to the workspaces module.
 */
export type WebhookAccess = (principal: Principal, slug: string) => Promise<{ id: string; slug: string; name: string }>;

/** What the webhooks services need; built once by index.ts. */
export interface WebhooksDeps {
  prisma: Prisma;
  logger: Logger;
  jobs: JobQueue;
  outbound: OutboundClient;
  retryScheduleSeconds: readonly number[];
  /** Where the emails' links point (the SPA). */
  publicUrl: string;
  /** Tells this instance's dispatcher that deliveries are due now (it polls otherwise). */
  wake: () => void;
}
