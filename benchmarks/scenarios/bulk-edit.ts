// A bulk edit (issue 18): "all that match" a workspace's list, set to archived, as one job, timed
// from the request to the job's end as a client polling it sees it.
import type { Bench } from '../lib/context.js';
import { jobFinished, postJson } from '../lib/jobs.js';
import { cpuSeconds } from '../lib/load.js';
import { rssMb, watchRss } from '../lib/rss.js';
import { withClient } from '../lib/seed.js';

const label = (n: number) => (n >= 1e6 ? `${n / 1e6}M` : n >= 1e3 ? `${n / 1e3}k` : String(n));

/**
 * One seeded owner's products (the seed spreads the catalogue over 100 of them: 10k of 1M) are
 * moved into a workspace of the bench user, who then changes the status of all of them at once.
 */
export async function bulkEditRows(bench: Bench, databaseUrl: string, token: string, email: string): Promise<void> {
  const { apiUrl } = bench.stack;
  const workspace = await postJson<{ id: string; slug: string }>(`${apiUrl}/api/v1/workspaces`, token, { name: 'Bulk edit bench' }, 201);
  const moved = await withClient(databaseUrl, async (client) => {
    await client.query('BEGIN');
    // As the seed does: no history rows or events for a move no scenario reads (lib/seed.ts).
    await client.query('ALTER TABLE "Product" DISABLE TRIGGER "Product_history", DISABLE TRIGGER "Product_outbox"');
    const result = await client.query(
      `UPDATE "Product" SET "workspaceId" = $1, "ownerId" = (SELECT id FROM "User" WHERE email = $2)
       WHERE "workspaceId" = (SELECT w.id FROM "Workspace" w JOIN "User" u ON w."personalOwnerId" = u.id WHERE u.email = 'owner-1@bench.example')
         AND "trashedAt" IS NULL`,
      [workspace.id, email],
    );
    await client.query('ALTER TABLE "Product" ENABLE TRIGGER "Product_history", ENABLE TRIGGER "Product_outbox"');
    await client.query('COMMIT');
    await client.query('ANALYZE "Product"');
    return result.rowCount ?? 0;
  });
  await bench.stack.restartApi({ DATABASE_URL: databaseUrl });
  const pid = bench.stack.apiPid();
  const idle = await rssMb(pid);
  bench.log(`bulk status change of ${label(moved)} products, API at ${idle.toFixed(0)} MB`);
  const watch = await watchRss(pid);
  const cpuBefore = await cpuSeconds(pid);
  const started = performance.now();
  const { job } = await postJson<{ job: { id: string } }>(
    `${apiUrl}/api/v1/workspaces/${workspace.slug}/products/bulk`,
    token,
    { selection: { filter: {} }, action: { type: 'set_status', status: 'archived' } },
    202,
  );
  const finished = await jobFinished(apiUrl, token, job.id, 100);
  const seconds = (performance.now() - started) / 1000;
  const cpu = (await cpuSeconds(pid)) - cpuBefore;
  const peak = await watch.stop();
  const whole = finished.state === 'succeeded' && finished.done === moved && finished.failed === 0;
  bench.log(`  ${finished.state}: ${finished.done} products (${finished.failed} not applied) in ${seconds.toFixed(1)} s, peak RSS ${peak.toFixed(0)} MB`);
  if (!whole) bench.notes.push(`Bulk edit: job ${finished.state}, ${finished.done} of ${moved} products done, ${finished.failed} not applied${finished.error ? `; ${finished.error}` : ''}.`);
  bench.rows.push({
    scenario: `bulk status change of ${label(moved)} products ("all that match", to archived) in ${seconds.toFixed(1)} s (req/s column: products/s, CPU: µs per product)`,
    rps: finished.done / seconds,
    cpuUs: (cpu * 1e6) / Math.max(1, finished.done),
    ratio: `peak RSS ${peak.toFixed(0)} MB (${idle.toFixed(0)} MB idle)`,
    target: 'every product',
    met: whole,
  });
}
