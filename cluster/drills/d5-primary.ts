import { sleep, waitFor } from '@shelfwise/devstack';
import { withClient } from '../lib/postgres.js';
import { load, type DrillContext } from './context.js';
import { header, json } from './http.js';
import type { AckedWrite } from './load.js';
import { claim, failureFacts, loadFacts, summarize, type DrillResult } from './report.js';

const OUTAGE_MS = 10_000;
// DATABASE_POOL_TIMEOUT_MS of the cluster (2 s) plus a margin: no request may wait longer.
const FAIL_FAST_MS = 3_000;

/**
 * 5. Crash the primary (pg_ctl stop -m immediate: no checkpoint, like a power cut) for 10 s under
 * load: requests fail fast with 503, the service recovers by itself, no acknowledged write is lost.
 */
export async function primaryDrill(ctx: DrillContext): Promise<DrillResult> {
  const result: DrillResult = { id: 5, title: 'Stop (crash) the primary for 10 s under load', facts: [], claims: [] };
  const { cluster } = ctx;
  const traffic = load(ctx);
  await sleep(3_000);
  const stoppedAt = Date.now();
  await cluster.primary.stop('immediate');
  await sleep(OUTAGE_MS);
  const startedAt = Date.now();
  await cluster.primary.start();
  ctx.log(`primary back after ${startedAt - stoppedAt} ms`);
  let recoveredAt = 0;
  await waitFor('a write to succeed again', () => {
    recoveredAt = traffic.outcomes.find((o) => o.op !== 'read' && o.op !== 'list' && o.startedAt >= startedAt && !o.failed)?.endedAt ?? 0;
    return Promise.resolve(recoveredAt > 0);
  }, 30_000, 100);
  await cluster.allUp(30_000);
  const allUpAt = Date.now();
  await sleep(2_000);
  await traffic.stop();

  const lost = await lostWrites(cluster.primary.url, traffic.acked);
  const stale = await staleAfterRecovery(ctx);
  const refusedAfterUnknown = traffic.outcomes.filter((o) => o.op === 'update' && o.status === 412).length;
  const summary = summarize(traffic.outcomes);
  const outage = traffic.outcomes.filter((o) => o.startedAt >= stoppedAt && o.startedAt < startedAt);
  const outageSummary = summarize(outage);
  const failures = traffic.outcomes.filter((o) => o.failed);
  const not503 = failures.filter((o) => o.status !== 503).length;
  result.facts.push(...loadFacts(summary), ...failureFacts(traffic.outcomes, stoppedAt, 'the primary stop'),
    ['requests sent during the outage', `${outage.length}: ${Object.entries(outageSummary.statuses).map(([k, v]) => `${k}×${v}`).join(', ')}`],
    ['slowest request during the outage', `${outageSummary.max} ms`],
    ['first successful write after the restart', `${recoveredAt - startedAt} ms`],
    ['every instance UP in HAProxy after the restart', `${allUpAt - startedAt} ms`],
    ['acknowledged writes checked on the primary', `${traffic.acked.length} (${lost.length} missing)`],
    ['updates refused (412) after an unacknowledged one', refusedAfterUnknown],
    ['worker products read on every instance after recovery', `${stale.reads} (${stale.stale.length} older than the database)`]);
  claim(result, `requests fail fast (none slower than ${FAIL_FAST_MS} ms during the outage)`, outageSummary.max <= FAIL_FAST_MS, `slowest ${outageSummary.max} ms`);
  claim(result, 'failures are 503', failures.length > 0 && not503 === 0, `${failures.length} failed, ${not503} with another status`);
  claim(result, 'service recovers by itself', recoveredAt > 0, `writes succeed ${recoveredAt - startedAt} ms after the primary is back`);
  claim(result, 'no acknowledged write is lost', lost.length === 0, lost.length ? `missing: ${lost.slice(0, 5).join(', ')}` : `all ${traffic.acked.length} present`);
  // Beyond the drill's claims: a write that failed with the crash may still have committed; its cache
  // entry was then never invalidated. Reported, not failed on: see SCALABILITY.md, findings.
  if (stale.stale.length) result.warnings = [`${stale.stale.length} reads after recovery showed an older version than the database: ${stale.stale.slice(0, 3).join('; ')}`];
  return result;
}

/** Each worker's product, read through every instance directly, against its version in the database. */
async function staleAfterRecovery(ctx: DrillContext): Promise<{ reads: number; stale: string[] }> {
  const ids = ctx.workers.map((w) => w.product.id);
  const rows = await withClient(ctx.cluster.primary.url, async (c) =>
    (await c.query<{ id: string; version: number }>('SELECT id::text, version FROM "Product" WHERE id = ANY($1::uuid[])', [ids])).rows);
  const stale: string[] = [];
  let reads = 0;
  for (const { id, version } of rows) {
    for (const api of ctx.cluster.apis) {
      const reply = await ctx.api.at(api.url).product(id);
      reads++;
      const seen = reply.status === 200 ? json<{ version: number }>(reply).version : -1;
      if (seen !== version) stale.push(`${api.name} served v${seen} (X-Cache ${header(reply, 'x-cache')}), database has v${version}`);
    }
  }
  return { reads, stale };
}

/** Acknowledged creates must exist; an acknowledged update's product must be at that version or later. */
async function lostWrites(primaryUrl: string, acked: AckedWrite[]): Promise<string[]> {
  const highest = new Map<string, number>();
  for (const w of acked) highest.set(w.id, Math.max(highest.get(w.id) ?? 0, w.version));
  const ids = [...highest.keys()];
  const rows = await withClient(primaryUrl, async (c) =>
    (await c.query<{ id: string; version: number }>('SELECT id::text, version FROM "Product" WHERE id = ANY($1::uuid[])', [ids])).rows);
  const current = new Map(rows.map((r) => [r.id, r.version]));
  return ids.filter((id) => (current.get(id) ?? 0) < highest.get(id)!).map((id) => `${id}@v${highest.get(id)}`);
}
