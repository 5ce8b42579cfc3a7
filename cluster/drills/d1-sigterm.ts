import { sleep } from '@shelfwise/devstack';
import { load, type DrillContext } from './context.js';
import { claim, failureFacts, loadFacts, summarize, type DrillResult } from './report.js';

/** 1. SIGTERM one instance under steady load, start it again: zero failed requests. */
export async function sigtermDrill(ctx: DrillContext): Promise<DrillResult> {
  const result: DrillResult = { id: 1, title: 'SIGTERM one API instance under load, then start it again', facts: [], claims: [] };
  const victim = ctx.cluster.apis[1]!;
  const counters = await ctx.cluster.haproxy.backend();
  const traffic = load(ctx);
  await sleep(3_000);

  ctx.log(`SIGTERM ${victim.name} (pid ${victim.pid})`);
  const signalledAt = Date.now();
  await victim.stop();
  const drainMs = Date.now() - signalledAt;
  await sleep(1_000);
  const startedAt = Date.now();
  await victim.start();
  await ctx.cluster.allUp();
  const upAt = Date.now();
  ctx.log(`${victim.name} back and UP in HAProxy ${upAt - startedAt} ms after its start`);
  await sleep(3_000);
  await traffic.stop();

  const summary = summarize(traffic.outcomes);
  const after = await ctx.cluster.haproxy.backend();
  const rescued = `${after.redispatches - counters.redispatches} redispatched, ${after.retries - counters.retries} retried`;
  const servedAfter = traffic.outcomes.filter((o) => o.servedBy === victim.name && o.startedAt >= upAt).length;
  result.facts.push(...loadFacts(summary), ...failureFacts(traffic.outcomes, signalledAt, 'the SIGTERM'), ['HAProxy (requests a dead or stopping instance refused, sent elsewhere)', rescued],
    ['SIGTERM to exit (drain)', `${drainMs} ms`], ['start to UP in HAProxy', `${upAt - startedAt} ms`],
    [`requests served by ${victim.name} after its return`, servedAfter]);
  claim(result, 'zero failed requests', summary.failed === 0, `${summary.failed} of ${summary.total} failed`);
  claim(result, 'the restarted instance is back in rotation', servedAfter > 0, `${servedAfter} requests served by ${victim.name} after it was UP again`);
  return result;
}
