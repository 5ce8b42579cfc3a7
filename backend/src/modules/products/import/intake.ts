import type { Readable } from 'node:stream';
import { Writable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import type { Parser } from 'csv-parse';
import { AppError } from '../../../lib/errors.js';
import { csvParser, uniqueHeaders } from './csv.js';
import { fieldForHeader } from './mapping.js';
import { invalidEncoding, malformedCsv, notCsv } from './problems.js';
import { sniff, SNIFF_BYTES, type Delimiter } from './sniff.js';
import type { PartWriter } from './stored-file.js';

/** Data rows kept from the intake for the first preview. */
export const PREVIEW_ROWS = 20;

/** What reading an upload once, as it arrives, tells about it. */
export interface Intake {
  delimiter: Delimiter;
  headers: string[];
  /** Data rows (the header excluded). */
  rows: number;
  /** The first PREVIEW_ROWS data rows, cells by position. */
  preview: string[][];
  size: number;
  parts: number;
}

/**
 * Reads an uploaded file to its end exactly once: its head is sniffed (sniff.ts), every byte is
 * checked to be UTF-8, the CSV is parsed (rows counted, the first ones kept for the preview) and the
 * bytes are stored in parts (stored-file.ts), each part written before more is read. A refusal
 * stops the checks and the storing but not the reading: the rest of the request is drained, so the
 * answer reaches a client that is still sending. Whatever was stored for a refused file is deleted.
 */
export async function intakeCsv(file: Readable, writer: PartWriter, tooLarge: () => AppError): Promise<Intake> {
  const intake = new IntakeState(writer);
  const sink = new Writable({
    write: (chunk: Buffer, _encoding, done) => void intake.write(chunk).then(() => done(), done),
    final: (done) => void intake.end().then(() => done(), done),
  });
  try {
    await pipeline(file, sink);
  } catch (err) {
    await writer.discard();
    throw err;
  }
  // busboy ends a file past its limit early, marked truncated (receive.ts).
  const failure = (file as Readable & { truncated?: boolean }).truncated ? tooLarge() : intake.failure;
  if (failure) {
    await writer.discard();
    throw failure;
  }
  return intake.result();
}

class IntakeState {
  failure: AppError | null = null;
  private head: Buffer[] = [];
  private headSize = 0;
  private size = 0;
  private delimiter: Delimiter | null = null;
  private decoder = new TextDecoder('utf-8', { fatal: true });
  private parser: Parser | null = null;
  private headers: string[] | null = null;
  private rows = 0;
  private preview: string[][] = [];

  constructor(private readonly writer: PartWriter) {}

  async write(chunk: Buffer): Promise<void> {
    this.size += chunk.length;
    if (this.failure) return;
    if (this.delimiter !== null) return this.feed(chunk);
    this.head.push(chunk);
    this.headSize += chunk.length;
    if (this.headSize >= SNIFF_BYTES) await this.begin(false);
  }

  async end(): Promise<void> {
    if (!this.failure && this.delimiter === null) {
      if (this.headSize === 0) this.failure = notCsv('it is empty');
      else await this.begin(true);
    }
    if (this.failure) return;
    this.parse(() => this.decoder.decode());
    this.parser!.end();
    try {
      await finished(this.parser!);
    } catch {
      // Reported by the parser's error listener.
    }
    if (this.failure) return;
    await this.writer.flush();
    if (this.headers === null) this.failure = notCsv('it is empty');
    else if (this.headers.length === 1 && fieldForHeader(this.headers[0]!) !== 'sku') this.failure = notCsv('it has a single column, and its header is not a SKU');
  }

  result(): Intake {
    return { delimiter: this.delimiter!, headers: this.headers ?? [], rows: this.rows, preview: this.preview, size: this.size, parts: this.writer.parts };
  }

  private async begin(complete: boolean): Promise<void> {
    const head = Buffer.concat(this.head, this.headSize);
    this.head = [];
    try {
      this.delimiter = sniff(head, complete).delimiter;
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      this.failure = err;
      return;
    }
    const parser = csvParser(this.delimiter, {
      // Records go nowhere but here: nothing accumulates on the parser's readable side.
      on_record: (record: string[]) => {
        if (this.headers === null) this.headers = uniqueHeaders(record);
        else if (++this.rows <= PREVIEW_ROWS) this.preview.push(record);
        return null;
      },
    });
    parser.on('error', (err: Error) => {
      this.failure ??= malformedCsv(parser.info.lines, err.message.replace(/^[^:]*:\s*/, ''));
    });
    parser.resume();
    this.parser = parser;
    await this.feed(head);
  }

  private async feed(chunk: Buffer): Promise<void> {
    const offset = this.size - chunk.length;
    this.parse(() => this.decoder.decode(chunk, { stream: true }), offset);
    if (this.failure) return;
    await this.writer.add(chunk);
  }

  /** Decodes (fatally: invalid UTF-8 refuses the file) and parses the text, unless already refused. */
  private parse(decode: () => string, offset = this.size): void {
    if (this.failure || this.parser!.destroyed) return;
    let text: string;
    try {
      text = decode();
    } catch {
      this.failure = invalidEncoding(`its bytes after byte ${offset} are not valid UTF-8`);
      return;
    }
    if (text !== '') this.parser!.write(text);
  }
}
