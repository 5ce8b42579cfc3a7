import type { LRUCache } from 'lru-cache';
import type { Storage } from '../../../lib/storage/index.js';
import type { ProductsDeps } from '../deps.js';

/** What the image services need; built once by index.ts. */
export interface ImagesDeps {
  /** The products module's own: the same transactions, cache and replica routing as its writes. */
  products: ProductsDeps;
  storage: Storage;
  limits: { maxBytes: number; maxPixels: number };
  /** Recent variants by storage key, bounded in bytes, in front of the storage driver. */
  variants: LRUCache<string, Buffer>;
}
