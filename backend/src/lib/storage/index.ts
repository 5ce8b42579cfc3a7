import type { Config } from '../../config.js';
import type { Prisma } from '../db.js';
import { postgresStorage } from './postgres.js';
import { s3Storage } from './s3.js';
import type { Storage } from './types.js';

export type { Storage } from './types.js';
export { postgresStorage } from './postgres.js';
export { s3Storage, type S3StorageOptions } from './s3.js';

/** The driver STORAGE_DRIVER names (config.ts validated the settings it needs). */
export function createStorage(config: Config['storage'], prisma: Prisma): Storage {
  if (config.driver === 'postgres') return postgresStorage(prisma);
  return s3Storage({ ...config.s3, bucket: config.s3.bucket! });
}
