import { sleep, waitFor } from '@shelfwise/devstack';
import { isStreaming } from '../lib/postgres.js';
import { load, type DrillContext } from './context.js';
import { committedTransactions, readinessOf } from './probes.js';
import { claim, failureFacts, loadFacts, summarize, type DrillResult } from './report.js';

/** 4. Stop the replica under load: reads fall back to the primary; they return to the replica after it is back. */
export async function replicaDrill(ctx: DrillContext): Promise<DrillResult> {
  const result: DrillResult = { id: 4, title: 'Stop the replica under load, then start it again', facts: [], claims: [] };
  const { cluster } = ctx;
  const traffic = load(ctx);
  await sleep(1_000);
  // The replica's own transaction count grows only when the API reads there (ours adds 1 per look).
  const before0 = await committedTransactions(cluster.replica.url);
  await sleep(3_000);
  const servedBefore = (await committedTransactions(cluster.replica.url)) - before0 - 1;

  const stoppedAt = Date.now();
  await cluster.replica.stop();
  await sleep(500);
  const readiness = await readinessOf(cluster.apis[0]!);
  await sleep(4_500);
  const startedAt = Date.now();
  await cluster.replica.start();
  await waitFor('the replica to stream again', () => isStreaming(cluster.primary.url), 15_000, 100);
  // Instances skip a failed replica for 2 s before trying it again.
  await sleep(2_500);
  const after0 = await committedTransactions(cluster.replica.url);
  await sleep(3_000);
  const servedAfter = (await committedTransactions(cluster.replica.url)) - after0 - 1;
  await traffic.stop();

  const summary = summarize(traffic.outcomes);
  const duringOutcomes = traffic.outcomes.filter((o) => o.startedAt >= stoppedAt && o.endedAt <= startedAt);
  const during = summarize(duringOutcomes);
  const readsDuring = duringOutcomes.filter((o) => o.op === 'read' || o.op === 'list');
  const readsFailed = readsDuring.filter((o) => o.failed).length;
  const replicaCheck = readiness.body.checks?.replica?.status ?? 'not reported';
  result.facts.push(...loadFacts(summary), ...failureFacts(traffic.outcomes, stoppedAt, 'the replica stop'),
    ['transactions on the replica in 3 s before the stop', servedBefore],
    ['requests while the replica was down', `${during.total} (${during.failed} failed); reads ${readsDuring.length}, of which list pages (mostly uncached) ${readsDuring.filter((o) => o.op === 'list').length}`],
    ['readiness during the outage', `${readiness.status} ${readiness.body.status ?? ''}, replica check: ${replicaCheck}`],
    ['transactions on the replica in 3 s after its return', servedAfter]);
  claim(result, 'reads went to the replica before the stop', servedBefore >= 10, `${servedBefore} transactions`);
  claim(result, 'reads fall back to the primary: none failed while the replica was down', readsDuring.length > 0 && readsFailed === 0, `${readsFailed} of ${readsDuring.length} failed`);
  claim(result, 'no request failed at all', summary.failed === 0, `${summary.failed} of ${summary.total}`);
  claim(result, 'reads return to the replica once it is back', servedAfter >= 10, `${servedAfter} transactions`);
  return result;
}
