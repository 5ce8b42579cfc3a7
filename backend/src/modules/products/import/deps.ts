import type { Storage } from '../../../lib/storage/index.js';
import type { UserJobs } from '../../jobs/index.js';
import type { ProductsDeps } from '../deps.js';

/** What the import services need; built once by index.ts. */
export interface ImportDeps {
  /** The products module's own: its transactions, caches and the category tree. */
  products: ProductsDeps;
  storage: Storage;
  /** Starts and reads the import jobs (modules/jobs). */
  jobs: UserJobs;
  /** IMPORT_MAX_BYTES. */
  maxBytes: number;
}
