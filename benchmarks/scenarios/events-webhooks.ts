// Webhook deliveries per second (issue 19): a receiver on 127.0.0.1 answering 204 registered for
// product.*, then N products updated in one transaction; deliveries received per second, first to
// last, each counted once by its webhook-id (a retry keeps its id).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpuSeconds } from '../lib/load.js';
import { withClient } from '../lib/seed.js';
import { sleep, type EventsBench } from './events-common.js';

/**
 * Deliveries are queued in the database, so a burst waits rather than being lost; this rate drains
 * a 10k-product bulk edit's changes in under 2 minutes. Set after the first runs (81-167/s here).
 */
const DELIVERY_TARGET = 100;

function listen(onDelivery: (id: string, at: number) => void): Promise<Server> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      onDelivery(String(req.headers['webhook-id'] ?? ''), performance.now());
      res.writeHead(204).end();
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

export async function webhookRow({ bench, token, workspace }: EventsBench): Promise<void> {
  const n = bench.quick ? 200 : 2_000;
  const label = `webhook deliveries: ${n.toLocaleString('en-US')} products updated in one transaction, one endpoint (product.*) on 127.0.0.1 answering 204`;
  const ids = new Set<string>();
  let requests = 0;
  let first = 0;
  let last = 0;
  const server = await listen((id, at) => {
    requests++;
    if (ids.has(id)) return;
    ids.add(id);
    if (ids.size === 1) first = at;
    last = at;
  });
  try {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
    const res = await fetch(`${bench.stack.apiUrl}/api/v1/workspaces/${workspace.slug}/webhooks`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ url, events: ['product.*'] }),
    });
    const body = await res.text();
    if (res.status === 404) {
      bench.log('webhooks: POST /webhooks answered 404, skipped');
      bench.rows.push({ scenario: `${label}: skipped: webhooks not built` });
      return;
    }
    if (res.status !== 201) throw new Error(`POST /webhooks answered ${res.status}: ${body.slice(0, 300)}`);
    bench.log(`webhooks: ${n} products updated in one transaction, to ${url}`);
    // The dispatcher runs in the API process (its workers): its CPU per delivery, relay included.
    const pid = bench.stack.apiPid();
    const cpuBefore = await cpuSeconds(pid);
    const committed = await withClient(bench.stack.databaseUrl, async (db) => {
      await db.query(
        `UPDATE "Product" SET stock = stock + 1, version = version + 1, "updatedAt" = now()
         WHERE id IN (SELECT id FROM "Product" WHERE "workspaceId" = $1 AND "trashedAt" IS NULL ORDER BY id LIMIT $2)`,
        [workspace.id, n],
      );
      return performance.now();
    });
    const deadline = performance.now() + (bench.quick ? 30_000 : 120_000);
    while (ids.size < n && performance.now() < deadline) await sleep(50);
    const cpu = (await cpuSeconds(pid)) - cpuBefore;
    // A moment more for redeliveries of what already arrived, which count as requests only.
    await sleep(500);
    const rate = ids.size > 1 ? ids.size / ((last - first) / 1000) : 0;
    bench.log(`  ${ids.size} of ${n} deliveries (${requests} requests), first ${(first - committed).toFixed(0)} ms after the commit, last after ${((last - committed) / 1000).toFixed(1)} s: ${Math.round(rate)}/s`);
    if (ids.size < n) bench.notes.push(`Webhook deliveries: ${ids.size} of ${n} arrived within the wait.`);
    bench.rows.push({
      scenario: `${label} (${requests} requests; first ${(first - committed).toFixed(0)} ms after the commit, last ${((last - committed) / 1000).toFixed(1)} s; req/s column: deliveries/s first to last, CPU: API µs per delivery)`,
      rps: rate,
      cpuUs: (cpu * 1e6) / Math.max(1, ids.size),
      target: `≥ ${DELIVERY_TARGET} deliveries/s, every change`,
      met: ids.size === n && rate >= DELIVERY_TARGET,
    });
  } catch (err) {
    bench.notes.push(`Webhook deliveries: failed: ${String(err)}`);
    bench.rows.push({ scenario: `${label}: failed (see the notes)`, met: false });
  } finally {
    // The API's delivery client keeps its connections alive: closed here, or close() waits for them.
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}
