/** One stored object as read back. */
interface StoredBody {
  body: Buffer;
  contentType: string;
}

/** One key of a listing, with when it was last written (a put of an existing key renews it). */
export interface StoredKey {
  key: string;
  writtenAt: Date;
}

/**
 * Where files are kept: keys (e.g. images/<digest>-480.webp) to bytes. Two drivers: postgres (the
 * default) and s3. The product images module names the keys; this layer knows nothing of pictures.
 */
export interface Storage {
  readonly driver: 'postgres' | 's3';
  /** Writes (or overwrites) one object; an overwrite renews its writtenAt. */
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  /** null when no object has this key. */
  get(key: string): Promise<StoredBody | null>;
  /**
   * Deletes the objects that exist among `keys`. With `writtenBefore`, one written (or rewritten)
   * since is kept: a sweep that decided a key was unused a moment ago never deletes a fresh put.
   */
  delete(keys: string[], options?: { writtenBefore?: Date }): Promise<void>;
  /** Up to `limit` keys starting with `prefix`, in key order, after `after` (for the next page). */
  list(prefix: string, options: { after?: string; limit: number }): Promise<StoredKey[]>;
  close(): Promise<void>;
}
