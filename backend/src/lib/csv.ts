// CSV as RFC 4180 writes it (comma-separated, CRLF, quotes doubled), for the API's exports. Every
// cell is text a spreadsheet will open: one that starts like a formula (=, +, -, @, or a tab or a
// carriage return) is prefixed with an apostrophe, OWASP's advice against CSV injection, since a
// product name, a user agent or an email is input and may be written to be run.

const FORMULA = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell: null is empty; a formula-like value gets a leading '; quoted when it must be. */
export function csvCell(value: string | null): string {
  if (value === null) return '';
  const safe = FORMULA.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One line (CRLF-terminated) of cells. */
export function csvLine(cells: ReadonlyArray<string | null>): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}
