import { withClient } from '../lib/postgres.js';
import type { AckedWrite } from './load.js';
import type { Received } from './sse-client.js';
import type { Delivery } from './webhook-receiver.js';

/** What the final primary holds: each product's version, and each received event's outbox row. */
export interface Truth {
  versions: Map<string, number>;
  outbox: Map<string, { subjectId: string; version: number | null }>;
}

/** Read once the cluster has settled, as the postgres superuser (row-level security does not apply). */
export async function readTruth(primaryUrl: string, workspaceId: string, eventIds: string[]): Promise<Truth> {
  return withClient(primaryUrl, async (c) => {
    const products = await c.query<{ id: string; version: number }>('SELECT id::text, version FROM "Product" WHERE "workspaceId" = $1::uuid', [workspaceId]);
    const events = await c.query<{ id: string; subjectId: string; version: number | null }>(
      'SELECT id::text, "subjectId"::text AS "subjectId", version FROM "OutboxEvent" WHERE id::text = ANY($1::text[])', [eventIds]);
    return {
      versions: new Map(products.rows.map((r) => [r.id, r.version])),
      outbox: new Map(events.rows.map((r) => [r.id, { subjectId: r.subjectId, version: r.version }])),
    };
  });
}

/** The outbox seqs of some changes (product id@vN), ascending. */
export async function seqsOf(primaryUrl: string, changes: string[]): Promise<number[]> {
  return withClient(primaryUrl, async (c) => (await c.query<{ seq: string }>(
    `SELECT seq::text FROM "OutboxEvent" WHERE type LIKE 'product.%' AND ("subjectId"::text || '@v' || version) = ANY($1::text[]) ORDER BY seq`, [changes])).rows.map((r) => Number(r.seq)));
}

const change = (id: string, version: number | null) => `${id}@v${version}`;

/** The acknowledged changes, each product id and version once (a create is v1). */
export function ackedChanges(acked: AckedWrite[]): Set<string> {
  return new Set(acked.map((w) => change(w.id, w.version)));
}

/**
 * An event no committed write made: not in the outbox (its transaction never committed), another
 * product or version than its outbox row says, or a version the product never reached.
 */
function violation(truth: Truth, eventId: string, subjectId: string, version: number | null): string | null {
  const row = truth.outbox.get(eventId);
  if (!row) return `${eventId} (${change(subjectId, version)}) is in no committed transaction`;
  if (row.subjectId !== subjectId || row.version !== version) return `${eventId} says ${change(subjectId, version)}, its outbox row ${change(row.subjectId, row.version)}`;
  const current = truth.versions.get(subjectId);
  if (current === undefined || version === null || version > current) return `${change(subjectId, version)}: the database has ${current === undefined ? 'no such product' : `v${current}`}`;
  return null;
}

export interface SseTally {
  events: number;
  /** Clients that missed at least one acknowledged change, and how many changes in all. */
  clientsMissing: number;
  missing: number;
  missingExamples: string[];
  /** Each client's missed changes (empty: none), in the order of the records given. */
  missedBy: string[][];
  /** The same seq twice within one client's record. */
  duplicates: number;
  /** An event whose seq was not above the one before it (apart from a duplicate). */
  outOfOrder: number;
  violations: string[];
}

export function tallySse(records: Received[][], acked: Set<string>, truth: Truth): SseTally {
  const tally: SseTally = { events: 0, clientsMissing: 0, missing: 0, missingExamples: [], missedBy: [], duplicates: 0, outOfOrder: 0, violations: [] };
  for (const record of records) {
    tally.events += record.length;
    const seen = new Set<number>();
    const changes = new Set<string>();
    let last = 0;
    for (const e of record) {
      if (seen.has(e.seq)) tally.duplicates++;
      else if (e.seq < last) tally.outOfOrder++;
      seen.add(e.seq);
      last = Math.max(last, e.seq);
      changes.add(change(e.subjectId, e.version));
      const wrong = violation(truth, e.id, e.subjectId, e.version);
      if (wrong) tally.violations.push(wrong);
    }
    const missed = [...acked].filter((c) => !changes.has(c));
    tally.missedBy.push(missed);
    if (missed.length) {
      tally.clientsMissing++;
      tally.missing += missed.length;
      tally.missingExamples.push(...missed.slice(0, 2));
    }
  }
  return tally;
}

export interface WebhookTally {
  deliveries: number;
  unique: number;
  /** Deliveries of a webhook-id already delivered: the same event again, as the spec wants it. */
  sameIdDuplicates: number;
  missing: string[];
  violations: string[];
}

export function tallyWebhooks(deliveries: Delivery[], rejected: string[], acked: Set<string>, truth: Truth): WebhookTally {
  const byId = new Map<string, Delivery>();
  const idOfChange = new Map<string, string>();
  const violations = rejected.map((r) => `signature refused: ${r}`);
  let sameIdDuplicates = 0;
  for (const d of deliveries) {
    const first = byId.get(d.webhookId);
    if (first) {
      sameIdDuplicates++;
      if (first.subjectId !== d.subjectId || first.version !== d.version || first.type !== d.type) {
        violations.push(`webhook-id ${d.webhookId} came again with another change (${change(d.subjectId, d.version)})`);
      }
      continue;
    }
    byId.set(d.webhookId, d);
    // One change, one event: the same change under a second webhook-id is a duplicate the receiver cannot recognise.
    const key = `${d.type} ${change(d.subjectId, d.version)}`;
    const other = idOfChange.get(key);
    if (other) violations.push(`${key} delivered under two webhook-ids (${other}, ${d.webhookId})`);
    idOfChange.set(key, d.webhookId);
    const wrong = violation(truth, d.webhookId, d.subjectId, d.version);
    if (wrong) violations.push(wrong);
  }
  const delivered = new Set([...byId.values()].map((d) => change(d.subjectId, d.version)));
  return { deliveries: deliveries.length, unique: byId.size, sameIdDuplicates, missing: [...acked].filter((c) => !delivered.has(c)), violations };
}
