import { sleep, waitFor } from '@shelfwise/devstack';
import { createOwnProduct, type Product } from './client.js';
import { load, type DrillContext } from './context.js';
import { header, json } from './http.js';
import { readinessOf } from './probes.js';
import { claim, failureFacts, loadFacts, summarize, type DrillResult } from './report.js';

/**
 * 3. Stop Redis under load: reads and writes keep succeeding from PostgreSQL, readiness says
 * degraded, caching resumes when Redis returns, and no stale entry is served afterwards. Redis
 * is stopped with SHUTDOWN SAVE and comes back from that snapshot, so the entry of a product
 * changed during the outage is really back in Redis, stale: only the cache's generation bump on
 * reconnect keeps it from being served.
 */
export async function redisDrill(ctx: DrillContext): Promise<DrillResult> {
  const result: DrillResult = { id: 3, title: 'Stop Redis under load, then start it again', facts: [], claims: [] };
  const { cluster } = ctx;
  const owner = ctx.api.as(ctx.workers[0]!.user);
  const { product, etag } = await createOwnProduct(owner);
  // Cached before the outage: the entry the snapshot will bring back.
  await waitFor('the product to be cached', async () => header(await ctx.api.product(product.id), 'x-cache') === 'HIT', 5_000, 50);

  const traffic = load(ctx);
  await sleep(2_000);
  const stoppedAt = Date.now();
  await cluster.redis.stop();
  ctx.log('Redis stopped (snapshot saved)');

  let degraded = 0;
  await waitFor('every instance to report degraded', async () => {
    const reports = await Promise.all(cluster.apis.map(readinessOf));
    degraded = reports.filter((r) => r.status === 200 && r.body.status === 'degraded' && r.body.checks?.cache?.status === 'down').length;
    return degraded === cluster.apis.length;
  }, 5_000, 100).catch(() => {});
  const update = await owner.updateProduct(product.id, etag, { description: 'changed while Redis was down' });
  const changed = update.status === 200 ? json<Product>(update).version : -1;
  const readsDuring = await Promise.all([0, 1, 2].map(() => ctx.api.product(product.id)));
  const freshDuring = readsDuring.filter((r) => r.status === 200 && json<Product>(r).version === changed).length;
  await sleep(3_000);

  await cluster.redis.start();
  const startedAt = Date.now();
  ctx.log(`Redis back after ${startedAt - stoppedAt} ms, from its snapshot`);
  await waitFor('every instance to report ok', async () =>
    (await Promise.all(cluster.apis.map(readinessOf))).every((r) => r.body.status === 'ok'), 10_000, 100);
  const okAfterMs = Date.now() - startedAt;

  // Every instance, directly: none may answer with the version from before the outage.
  let reads = 0;
  let stale = 0;
  let hits = 0;
  for (let round = 0; round < 5; round++) {
    for (const api of cluster.apis) {
      const reply = await ctx.api.at(api.url).product(product.id);
      reads++;
      if (reply.status !== 200 || json<Product>(reply).version !== changed) stale++;
      if (header(reply, 'x-cache') === 'HIT') hits++;
    }
  }
  await sleep(1_000);
  await traffic.stop();

  const summary = summarize(traffic.outcomes);
  const during = summarize(traffic.outcomes.filter((o) => o.startedAt >= stoppedAt && o.endedAt <= startedAt));
  result.facts.push(...loadFacts(summary), ...failureFacts(traffic.outcomes, stoppedAt, 'the Redis stop'),
    ['requests while Redis was down', `${during.total} (${during.failed} failed)`],
    ['instances reporting degraded during the outage', `${degraded} of ${cluster.apis.length}`],
    ['readiness ok again after Redis returned', `${okAfterMs} ms`],
    ['reads of the changed product after the return', `${reads} (${stale} stale, ${hits} cache hits)`]);
  claim(result, 'reads and writes keep succeeding', summary.failed === 0 && during.total > 0, `${summary.failed} of ${summary.total} failed (${during.total} during the outage)`);
  claim(result, 'a write during the outage is acknowledged and read back', changed > product.version && freshDuring === 3, `update ${update.status}, ${freshDuring}/3 reads saw it`);
  claim(result, 'readiness shows degraded (200) on every instance', degraded === cluster.apis.length, `${degraded} of ${cluster.apis.length}`);
  claim(result, 'no stale read after Redis returns from its snapshot', stale === 0, `${stale} of ${reads} stale`);
  claim(result, 'caching resumes', hits > 0, `${hits} of ${reads} reads were cache hits`);
  return result;
}
