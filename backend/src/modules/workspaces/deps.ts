import type { Config } from '../../config.js';
import type { Cache } from '../../lib/cache/index.js';
import type { Database, Prisma } from '../../lib/db.js';
import type { JobQueue } from '../../lib/jobs.js';
import type { Logger } from '../../lib/logger.js';

/** What the workspaces module takes from the composition root (app.ts) to build itself (index.ts). */
export interface WorkspacesModuleNeeds {
  config: Pick<Config, 'workspaces' | 'accounts'>;
  logger: Logger;
  db: Pick<Database, 'prisma'>;
  cache: Cache;
  /** Invitation emails go out from jobs (lib/mail). */
  jobs: JobQueue;
}

/** What the workspaces services need; built once by index.ts. */
export interface WorkspacesDeps {
  prisma: Prisma;
  cache: Cache;
  logger: Logger;
  jobs: JobQueue;
  limits: Config['workspaces'];
  /** The SPA's address, for invitation links. */
  publicUrl: string;
  /**
   * Told the ids of products deleted with a workspace, after the commit, so that no cached copy
   * outlives them (app.ts connects it to the products module).
   */
  productsRemoved: (ids: string[]) => Promise<void>;
}
