import type { Config } from '../../config.js';
import type { Database, Prisma } from '../../lib/db.js';
import type { Principal } from '../../lib/http/authenticate.js';
import type { JobQueue } from '../../lib/jobs.js';
import type { Logger } from '../../lib/logger.js';

/** What the audit module takes from the composition root (app.ts) to build itself (index.ts). */
export interface AuditModuleNeeds {
  config: Pick<Config, 'audit'>;
  logger: Logger;
  db: Pick<Database, 'prisma'>;
  jobs: JobQueue;
}

/**
 * The workspace a slug names, if the caller may read its audit log (else the workspaces module's
 * 404 or 403). app.ts connects it to the workspaces module, which this one does not import: the
 * workspaces module records into this one.
 */
export type WorkspaceAuditAccess = (principal: Principal, slug: string) => Promise<{ id: string; slug: string }>;

/** What the audit services need; built once by index.ts. */
export interface AuditDeps {
  prisma: Prisma;
  logger: Logger;
  retentionDays: number;
}
