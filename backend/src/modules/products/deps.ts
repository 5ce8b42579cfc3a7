import type { Redis } from 'ioredis';
import type { Config } from '../../config.js';
import type { Cache, GetOrSetOptions } from '../../lib/cache/index.js';
import type { Database, Prisma } from '../../lib/db.js';
import type { JobQueue } from '../../lib/jobs.js';
import type { Logger } from '../../lib/logger.js';
import type { ReadRouting } from '../../lib/replica/read-routing.js';
import type { Storage } from '../../lib/storage/index.js';
import type { Categories } from '../categories/index.js';
import type { UserJobs } from '../jobs/index.js';
import type { Workspaces } from '../workspaces/index.js';

/** What the products module takes from the composition root (app.ts) to build itself (index.ts). */
export interface ProductsModuleNeeds {
  config: Pick<Config, 'auth' | 'products' | 'accounts' | 'images' | 'imports'>;
  logger: Logger;
  jobs: JobQueue;
  db: Database;
  cache: Cache;
  /** Where the replica's replay position of recent writes is shared between instances; null = this process. */
  redis: Redis | null;
  /** Which workspace a request means and the caller's role there (the workspaces module). */
  workspaces: Workspaces;
  /** The category tree (the categories module), for filters and facets. */
  categories: Categories;
  /** Where the pictures' files are kept (images/). */
  storage: Storage;
  /** Imports and bulk edits run as jobs (the jobs module): their kinds are defined here. */
  userJobs: UserJobs;
}


/** What the products services need; built once by index.ts. */
export interface ProductsDeps {
  /** The primary: writes, and reads that must see them (idempotency, why a write failed). */
  prisma: Prisma;
  /**
   * Cache loaders read through this: the replica when one is configured and has replayed every
   * product write so far, else the primary. `wrote()` after each commit, before invalidating.
   */
  reads: ReadRouting;
  cache: Cache;
  /** For the cached reads: stale copies while the database is down (cache-keys.ts); absent = never. */
  staleIfError?: GetOrSetOptions['staleIfError'];
  logger: Logger;
  /** ISO 4217 code for products created without one. */
  defaultCurrency: string;
  /** HMAC key for list cursors (cursor.ts). */
  cursorKey: Buffer;
  workspaces: Workspaces;
  categories: Categories;
}
