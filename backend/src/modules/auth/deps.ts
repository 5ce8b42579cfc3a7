import type { Redis } from 'ioredis';
import type { Config } from '../../config.js';
import type { Cache } from '../../lib/cache/index.js';
import type { Database, Prisma as Db } from '../../lib/db.js';
import type { JobQueue } from '../../lib/jobs.js';
import type { Logger } from '../../lib/logger.js';

/** What the auth module takes from the composition root (app.ts) to build itself (index.ts). */
export interface AuthModuleNeeds {
  config: Config;
  logger: Logger;
  db: Pick<Database, 'prisma'>;
  cache: Cache;
  /** Shared rate-limit counters; null runs them in this process. */
  redis: Redis | null;
  /** Emails go out from jobs (lib/mail); the module defines its own queue for reset requests. */
  jobs: JobQueue;
}

/** What the auth services need; built once by index.ts. */
export interface AuthDeps {
  prisma: Db;
  cache: Cache;
  logger: Logger;
  auth: Config['auth'];
  accounts: Config['accounts'];
  jobs: JobQueue;
}

/** Where the client came from, recorded on the session for the user's own review. */
export interface ClientMeta {
  userAgent?: string;
  ip?: string;
}
