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
  const found = variantCacheKey(name);
  if (!found) return null;
  const body = await deps.variants.fetch(found.key);
  return body ? { body, etag: found.etag } : null;
}

/** The storage key and ETag a variant's file name stands for; null for a name no variant has. */
export function variantCacheKey(name: string): { key: string; etag: string } | null {
  const match = VARIANT_NAME.exec(name);
  if (!match || Number(match[2]) > LARGEST_WIDTH) return null;
  return { key: variantKey(match[1]!, Number(match[2])), etag: `"${match[1]}-${match[2]}"` };
}

/**
 * A year, immutable: the name changes whenever the bytes would. Any site may show it (a public
 * catalogue's pictures), so the resource policy is cross-origin, unlike the API's JSON.
 */
export const VARIANT_HEADERS: ReadonlyArray<[string, string]> = [
  ['Cache-Control', 'public, max-age=31536000, immutable'],
  ['Cross-Origin-Resource-Policy', 'cross-origin'],
];
