import type { ImagesDeps } from './deps.js';
import { LARGEST_WIDTH, variantKey } from './variants.js';

// <digest>-<width>.webp: the only names a variant has (variants.ts variantPath).
const VARIANT_NAME = /^([0-9a-f]{64})-([1-9]\d{0,3})\.webp$/;

export interface VariantFile {
  body: Buffer;
  /** Strong: the name is the content's hash, so the bytes never change under it. */
  etag: string;
}

/**
 * One stored variant by its file name, from the in-process cache or the storage driver; null for
 * a name no variant has. Concurrent misses for one name make one storage read (the cache's fetch).
 */
export async function readVariant(deps: ImagesDeps, name: string): Promise<VariantFile | null> {
  const match = VARIANT_NAME.exec(name);
  if (!match || Number(match[2]) > LARGEST_WIDTH) return null;
  const body = await deps.variants.fetch(variantKey(match[1]!, Number(match[2])));
  return body ? { body, etag: `"${match[1]}-${match[2]}"` } : null;
}
