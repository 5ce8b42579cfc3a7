/*
 * How far a long piece of work has come, in words a person reads at a glance: the export's download,
 * an upload, a job's rows. Pure, so the wording is tested once (progress.test.ts).
 */

/** 0 to 100, whole; null when the total is unknown (or nothing is expected). */
export function percentOf(done: number, total: number | null | undefined): number | null {
  if (total === null || total === undefined || total <= 0) return null;
  return Math.min(100, Math.max(0, Math.floor((done / total) * 100)));
}

const UNITS = ['bytes', 'KB', 'MB', 'GB'] as const;

/** "512 bytes", "1.5 KB", "12 MB": decimal units, as file managers show sizes. */
export function formatBytes(bytes: number): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  if (unit === 0) return `${Math.round(value)} ${value === 1 ? 'byte' : 'bytes'}`;
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${UNITS[unit]}`;
}

/**
 * "less than a minute left", "about 3 minutes left", "about 2 hours left"; null when the API has no
 * estimate yet (too early to measure a rate). Rounded up: a promise of less is worse than one of more.
 */
export function formatEta(seconds: number | null | undefined): string | null {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds) || seconds < 0) return null;
  if (seconds < 60) return 'less than a minute left';
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 90) return `about ${minutes} ${minutes === 1 ? 'minute' : 'minutes'} left`;
  const hours = Math.round(minutes / 60);
  return `about ${hours} hours left`;
}

/** "1,234 of 5,000 rows (24%)"; "1 row", "1,234 rows" when the total is not known. */
export function formatRows(done: number, total: number | null | undefined): string {
  const percent = percentOf(done, total);
  if (percent === null || !total) return `${done.toLocaleString()} ${done === 1 ? 'row' : 'rows'}`;
  return `${done.toLocaleString()} of ${total.toLocaleString()} ${total === 1 ? 'row' : 'rows'} (${percent}%)`;
}

/** A download's rows and bytes so far, against the rows the API announced (exact, or "10,000+"). */
export interface TransferProgress {
  bytes: number;
  rows: number | null;
  total: { count: number; exact: boolean } | null;
}

/** How far a download is; only an exact total makes a bar that fills (a capped one only says "at least"). */
export function transferPercent({ rows, total }: TransferProgress): number | null {
  return rows !== null && total?.exact ? (percentOf(rows, total.count) ?? (total.count === 0 ? 100 : null)) : null;
}

/** "1,234 of 5,000 rows (24%) · 1.2 MB", "1,234 of 10,000+ rows · 1.2 MB", or the bytes alone. */
export function formatTransfer(progress: TransferProgress): string {
  const { bytes, rows, total } = progress;
  const size = formatBytes(bytes);
  if (rows === null) return `${size} received`;
  if (!total) return `${formatRows(rows, null)} · ${size}`;
  if (!total.exact) return `${rows.toLocaleString()} of ${total.count.toLocaleString()}+ rows · ${size}`;
  return `${formatRows(rows, total.count)} · ${size}`;
}
