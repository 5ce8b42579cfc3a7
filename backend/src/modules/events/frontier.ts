/**
 * How far the outbox is final: the highest seq up to which every event is either visible
 * (committed) or will never exist. Events are relayed only up to there, in seq order, so a consumer
 * that has seen seq N never later meets an event below N.
 *
 * A seq is taken by the trigger when the row is inserted, not when its transaction commits, so a
 * reader can see seq 7 committed while seq 6 is still uncommitted (it commits later) or rolled back
 * (it never will). Committed rows after the frontier are relayed while they follow it without a
 * hole. At a hole, the relay notes a horizon: a transaction id taken after it saw the later seq.
 * Whoever holds the missing seq took it before that later one was taken, and had its own
 * transaction id before that (the trigger runs after the row's write, which assigns one), so its id
 * is below the horizon. Once the oldest running transaction (pg_snapshot_xmin) is past the horizon,
 * the holder has ended: if the seq is still not visible in that same snapshot, it rolled back, and
 * the hole is skipped for good.
 *
 * (Relaying rows whose own transaction is older than every running one, `txid < xmin`, is not
 * enough on its own: a transaction that took its id early and its seq late commits a higher seq
 * with a lower id, which would pass the frontier over a lower seq still to come.)
 */

export interface Gap {
  /** The missing seq the frontier waits at. */
  at: number;
  /** A transaction id taken after a seq beyond the gap was seen committed; null until taken. */
  horizon: bigint | null;
}

export interface Settled<T> {
  /** The rows that became final, in order. */
  events: T[];
  frontier: number;
  /** The hole the frontier now waits at, if any (with horizon null: the caller takes one). */
  gap: Gap | null;
}

/**
 * Moves `frontier` over `rows` (the committed rows after it, in seq order, as one snapshot saw them),
 * `xmin` being that snapshot's oldest running transaction id.
 */
export function settle<T extends { seq: number }>(frontier: number, rows: readonly T[], gap: Gap | null, xmin: bigint): Settled<T> {
  const events: T[] = [];
  let expected = frontier + 1;
  for (const row of rows) {
    if (row.seq !== expected) {
      const permanent = gap !== null && gap.at === expected && gap.horizon !== null && xmin > gap.horizon;
      if (!permanent) {
        return { events, frontier: expected - 1, gap: gap !== null && gap.at === expected ? gap : { at: expected, horizon: null } };
      }
      gap = null;
    }
    events.push(row);
    expected = row.seq + 1;
  }
  return { events, frontier: expected - 1, gap: null };
}
