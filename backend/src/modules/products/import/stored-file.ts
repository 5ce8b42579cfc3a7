import { Readable } from 'node:stream';
import type { Storage } from '../../../lib/storage/index.js';

// An upload is kept in the storage (lib/storage) as numbered parts under one prefix, because a
// driver's put takes a whole body: so an upload of any size holds at most one part in memory, as it
// arrives and as the import reads it back. imports/<upload id>.csv/00000, /00001, ...

/** Bytes per part: a few of them make the largest upload, and each is one put. */
const PART_BYTES = 4 * 1024 * 1024;
export const IMPORTS_PREFIX = 'imports/';

export const uploadPrefix = (uploadId: string) => `${IMPORTS_PREFIX}${uploadId}.csv`;
const partKey = (prefix: string, index: number) => `${prefix}/${String(index).padStart(5, '0')}`;

/** The upload id a stored key belongs to (the sweep's question), or null for a key of another shape. */
export const uploadIdOfKey = (key: string) => /^imports\/([0-9a-f-]{36})\.csv\/\d{5}$/.exec(key)?.[1] ?? null;

/** Collects an upload's bytes and stores each full part before more are accepted (back-pressure). */
export class PartWriter {
  private chunks: Buffer[] = [];
  private size = 0;
  private written = 0;

  constructor(private readonly storage: Storage, private readonly prefix: string) {}

  /** Parts stored so far (the count to keep once the last is flushed). */
  get parts(): number {
    return this.written;
  }

  async add(chunk: Buffer): Promise<void> {
    this.chunks.push(chunk);
    this.size += chunk.length;
    if (this.size >= PART_BYTES) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.size === 0) return;
    const body = Buffer.concat(this.chunks, this.size);
    this.chunks = [];
    this.size = 0;
    await this.storage.put(partKey(this.prefix, this.written), body, 'text/csv');
    this.written++;
  }

  /** Drops what was stored (an upload refused after its first parts). */
  async discard(): Promise<void> {
    this.chunks = [];
    this.size = 0;
    const keys = Array.from({ length: this.written }, (_, i) => partKey(this.prefix, i));
    this.written = 0;
    await this.storage.delete(keys);
  }
}

/** The stored bytes of an upload as one stream, part after part, each read only when the previous is consumed. */
export function readStored(storage: Storage, prefix: string, parts: number, gone: () => Error): Readable {
  return Readable.from((async function* () {
    for (let i = 0; i < parts; i++) {
      const part = await storage.get(partKey(prefix, i));
      if (!part) throw gone();
      yield part.body;
    }
  })(), { objectMode: false });
}

export async function deleteStored(storage: Storage, prefix: string, parts: number): Promise<void> {
  await storage.delete(Array.from({ length: parts }, (_, i) => partKey(prefix, i)));
}
