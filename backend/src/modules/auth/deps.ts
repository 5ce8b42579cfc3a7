import type { Config } from '../../config.js';
import type { Cache } from '../../lib/cache/index.js';
import type { Prisma as Db } from '../../lib/db.js';
import type { Logger } from '../../lib/logger.js';

/** What the auth services need; built once by index.ts. */
export interface AuthDeps {
  prisma: Db;
  cache: Cache;
  logger: Logger;
  auth: Config['auth'];
}

/** Where the client came from, recorded on the session for the user's own review. */
export interface ClientMeta {
  userAgent?: string;
  ip?: string;
}
