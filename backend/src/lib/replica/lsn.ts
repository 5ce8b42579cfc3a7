/**
 * PostgreSQL WAL positions ("16/B374D848": the high and low 32 bits in hex) as bigints, so they can
 * be compared. Every committed transaction has one; a standby that has replayed position P shows
 * every transaction committed at or before P.
 */
export type Lsn = bigint;

const TEXT = /^([0-9A-Fa-f]{1,8})\/([0-9A-Fa-f]{1,8})$/;

export function parseLsn(text: string): Lsn {
  const match = TEXT.exec(text.trim());
  if (!match) throw new TypeError(`not a WAL position: ${text}`);
  return (BigInt(`0x${match[1]}`) << 32n) | BigInt(`0x${match[2]}`);
}

export function formatLsn(lsn: Lsn): string {
  return `${(lsn >> 32n).toString(16).toUpperCase()}/${(lsn & 0xffffffffn).toString(16).toUpperCase()}`;
}

/** Fixed width, so positions stored as strings (Redis) compare correctly as strings. */
export function toSortable(lsn: Lsn): string {
  return lsn.toString(16).padStart(16, '0');
}

export function fromSortable(text: string): Lsn {
  if (!/^[0-9a-f]{16}$/.test(text)) throw new TypeError(`not a stored WAL position: ${text}`);
  return BigInt(`0x${text}`);
}

// MAXALIGNed page header sizes on 64-bit builds: the first page of each segment has the long one.
const SHORT_PAGE_HEADER = 24n;
const LONG_PAGE_HEADER = 40n;

/**
 * pg_current_wal_insert_lsn() names where the next record will start. When that is the start of a
 * page, it points past the page header, a position a standby never reports as replayed (its replay
 * position is the end of the last record, before the header). The same place without the header is
 * equivalent (no record can end inside it), and one a caught-up standby does reach.
 */
export function insertPositionAsEnd(lsn: Lsn, blockSize: number, segmentSize: number): Lsn {
  if (lsn % BigInt(segmentSize) === LONG_PAGE_HEADER) return lsn - LONG_PAGE_HEADER;
  if (lsn % BigInt(blockSize) === SHORT_PAGE_HEADER) return lsn - SHORT_PAGE_HEADER;
  return lsn;
}
