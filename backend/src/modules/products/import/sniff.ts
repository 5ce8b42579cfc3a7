import { fieldForHeader } from './mapping.js';
import { invalidEncoding, notCsv } from './problems.js';

/** The delimiters a file may use; the first is taken where the file does not tell. */
export const DELIMITERS = [',', ';', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** How much of the start of a file is looked at before anything else is read. */
export const SNIFF_BYTES = 64 * 1024;
// Records of the head compared for a delimiter: enough to see which one every row agrees on.
const SAMPLE_RECORDS = 20;

// Files that are surely not CSV, told by their first bytes, and what to say about each.
const SIGNATURES: Array<{ bytes: number[]; what: string }> = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'it is a zip archive (an Excel .xlsx or OpenDocument workbook is one): save the sheet as CSV' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'it is an Office document (an old Excel .xls): save the sheet as CSV' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'it is a PNG picture' },
  { bytes: [0xff, 0xd8, 0xff], what: 'it is a JPEG picture' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'it is a GIF picture' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'it is a PDF document' },
  { bytes: [0x1f, 0x8b], what: 'it is a gzip archive: unpack it first' },
];
const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16_BOMS = [[0xff, 0xfe], [0xfe, 0xff]];

const startsWith = (head: Buffer, bytes: number[]) => head.length >= bytes.length && bytes.every((b, i) => head[i] === b);

export interface Sniffed {
  /** Whether the file starts with a UTF-8 byte order mark (dropped before the first header). */
  bom: boolean;
  delimiter: Delimiter;
}

/**
 * Decides from the start of a file (SNIFF_BYTES, or the whole of a smaller one: `complete`) whether
 * it can be CSV and which delimiter it uses; throws not_csv or invalid_encoding otherwise. The rest
 * of the file's encoding is checked as it streams (intake.ts): this only sees the head.
 */
export function sniff(head: Buffer, complete: boolean): Sniffed {
  for (const { bytes, what } of SIGNATURES) if (startsWith(head, bytes)) throw notCsv(what);
  if (UTF16_BOMS.some((bom) => startsWith(head, bom))) throw invalidEncoding('it is UTF-16');
  const bom = startsWith(head, UTF8_BOM);
  const body = bom ? head.subarray(UTF8_BOM.length) : head;
  if (body.includes(0)) throw notCsv('it holds binary data (zero bytes)');
  // Not fatal here: a character cut at the end of the head is not an error, and the whole file's
  // validity is decided as it streams.
  const text = new TextDecoder('utf-8').decode(body);
  if (text.trim() === '') throw notCsv('it is empty');
  if (/^\s*(\{|\[\s*[{["\d]|<)/.test(text)) throw notCsv('it looks like JSON, XML or HTML');
  const delimiter = chooseDelimiter(sampleRecords(text, complete));
  if (delimiter === null) {
    const header = firstLine(text);
    if (fieldForHeader(header.replace(/^"|"$/g, '')) !== 'sku') throw notCsv('it has a single column, and its header is not a SKU');
    return { bom, delimiter: ',' };
  }
  return { bom, delimiter };
}

const firstLine = (text: string) => text.split(/\r\n|\n|\r/, 1)[0]!.trim();

/** The head's first records, each as its text with quoted parts (and the line breaks in them) blanked. */
function sampleRecords(text: string, complete: boolean): string[] {
  const records: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < text.length && records.length < SAMPLE_RECORDS; i++) {
    const c = text[i]!;
    if (c === '"') {
      // "" inside quotes is a quote; either way the quotes themselves are not delimiters.
      if (quoted && text[i + 1] === '"') i++;
      else quoted = !quoted;
      continue;
    }
    if (quoted) continue;
    if (c === '\n' || c === '\r') {
      if (current.trim() !== '') records.push(current);
      current = '';
      continue;
    }
    current += c;
  }
  // A head cut mid-record would count that record short.
  if (complete && !quoted && current.trim() !== '' && records.length < SAMPLE_RECORDS) records.push(current);
  return records;
}

const count = (record: string, delimiter: string) => record.split(delimiter).length - 1;

/**
 * The delimiter on which the header and the most records agree (the same count as the header),
 * then the one that splits the header most; null when the header has none of them (one column).
 */
function chooseDelimiter(records: string[]): Delimiter | null {
  const [header, ...rows] = records;
  if (header === undefined) return null;
  let best: { delimiter: Delimiter; agreeing: number; columns: number } | null = null;
  for (const delimiter of DELIMITERS) {
    const columns = count(header, delimiter);
    if (columns === 0) continue;
    const agreeing = rows.filter((row) => count(row, delimiter) === columns).length;
    if (!best || agreeing > best.agreeing || (agreeing === best.agreeing && columns > best.columns)) best = { delimiter, agreeing, columns };
  }
  return best?.delimiter ?? null;
}
