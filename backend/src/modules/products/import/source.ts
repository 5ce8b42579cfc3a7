import { pipeline } from 'node:stream';
import type { Storage } from '../../../lib/storage/index.js';
import type { FileRow } from './apply.js';
import { csvParser } from './csv.js';
import type { Delimiter } from './sniff.js';
import { readStored } from './stored-file.js';

/** Where an upload's bytes are, as its row says. */
export interface StoredUpload {
  storageKey: string;
  parts: number;
  delimiter: Delimiter;
}

/**
 * The data rows of a stored upload, in order, numbered from 1 (the header is row 0, not yielded):
 * parsed as they are read, part by part, so that however big the file, a part and a row are what
 * is held. Stopping early (a preview) stops reading the storage.
 */
export async function* storedRows(storage: Storage, upload: StoredUpload, gone: () => Error): AsyncGenerator<FileRow> {
  const parser = csvParser(upload.delimiter);
  // An error on either side (a part gone, a parse error) ends the iteration below with it.
  pipeline(readStored(storage, upload.storageKey, upload.parts, gone), parser, () => {});
  let row = -1;
  for await (const cells of parser as AsyncIterable<string[]>) {
    row++;
    if (row > 0) yield { row, cells };
  }
}

/** The first `count` data rows of a stored upload. */
export async function firstRows(storage: Storage, upload: StoredUpload, count: number, gone: () => Error): Promise<FileRow[]> {
  const rows: FileRow[] = [];
  if (count <= 0) return rows;
  for await (const row of storedRows(storage, upload, gone)) {
    rows.push(row);
    if (rows.length >= count) break;
  }
  return rows;
}
