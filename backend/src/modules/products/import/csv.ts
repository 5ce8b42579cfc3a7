import { parse, type Options } from 'csv-parse';
import type { Delimiter } from './sniff.js';

/** The longest record accepted, in characters: far beyond any product's row, short of a runaway quote eating the file. */
const MAX_RECORD_CHARS = 256 * 1024;

/**
 * How every reading of an upload parses it (its intake, the preview, the job), so that row N is the
 * same row each time. Blank lines and rows of empty cells are no rows; a row may have fewer or more
 * cells than the header (the row is judged, not the file); a stray quote inside an unquoted cell is
 * kept as text; quoted cells may hold the delimiter, quotes ("") and line breaks; CRLF, LF or CR.
 */
function csvOptions(delimiter: Delimiter): Options {
  return {
    delimiter,
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_empty_values: true,
    max_record_size: MAX_RECORD_CHARS,
  };
}

export const csvParser = (delimiter: Delimiter, extra: Options = {}) => parse({ ...csvOptions(delimiter), ...extra });

/**
 * The headers as the import names columns: trimmed; an empty one is "Column 3"; a repeated one gets
 * its rank ("Name (2)"), so that each header names one column in a mapping and in the failed rows.
 */
export function uniqueHeaders(record: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return record.map((cell, i) => {
    const base = cell.trim() === '' ? `Column ${i + 1}` : cell.trim();
    const n = (seen.get(base.toLowerCase()) ?? 0) + 1;
    seen.set(base.toLowerCase(), n);
    return n === 1 ? base : `${base} (${n})`;
  });
}
