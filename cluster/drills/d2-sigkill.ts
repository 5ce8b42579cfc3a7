import { connect } from 'node:net';
import { sleep, waitFor } from '@shelfwise/devstack';
import { CHECK, type Haproxy } from '../lib/haproxy.js';
import { load, type DrillContext } from './context.js';
import { claim, failureFacts, loadFacts, summarize, type DrillResult } from './report.js';

/**
 * 2. SIGKILL one instance under load: failures at most its in-flight requests; HAProxy marks it DOWN
 * within its check interval.
 *
 * A killed process does not vanish at once: until the kernel has torn it down (tens of ms on a
 * busy machine) its listening socket still completes TCP handshakes, so requests HAProxy sends in
 * that window reach the dying instance and are lost with it. They count as in flight on it: HAProxy's
 * count of requests on the instance is sampled every few ms from the kill until it is marked DOWN,
 * and the peak is the bound. Once its port refuses connections, every request must be redispatched.
 */
export async function sigkillDrill(ctx: DrillContext): Promise<DrillResult> {
  const result: DrillResult = { id: 2, title: 'SIGKILL one API instance under load', facts: [], claims: [] };
  const { cluster } = ctx;
  const victim = cluster.apis[2]!;
  const counters = await cluster.haproxy.backend();
  const traffic = load(ctx);
  await sleep(3_000);

  const sampler = sampleInFlight(cluster.haproxy, victim.name);
  await sleep(20);
  const killedAt = Date.now();
  const portClosed = whenPortRefuses(victim.port);
  await victim.kill();
  const closedAt = await portClosed;
  let downAt = 0;
  await waitFor(`HAProxy to mark ${victim.name} DOWN`, async () => {
    const status = (await cluster.haproxy.servers()).find((s) => s.name === victim.name)?.status ?? '';
    if (status.startsWith('DOWN')) downAt = Date.now();
    return downAt > 0;
  }, 10_000, 20);
  const { atKill, peak } = await sampler.stop(killedAt);
  ctx.log(`SIGKILL ${victim.name}: ${atKill} in flight at the signal, peak ${peak} until DOWN; port refused ${closedAt - killedAt} ms after the signal`);
  await sleep(2_000);
  await traffic.stop();
  await victim.start();
  await cluster.allUp();

  const summary = summarize(traffic.outcomes);
  const after = await cluster.haproxy.backend();
  const downAfterMs = downAt - killedAt;
  const failedAfterClose = traffic.outcomes.filter((o) => o.failed && o.startedAt > closedAt).length;
  // Detection takes `fall` failed checks; the first one comes at most one interval after the kill.
  const bound = CHECK.interMs * (CHECK.fall + 1);
  result.facts.push(...loadFacts(summary), ...failureFacts(traffic.outcomes, killedAt, 'the kill'),
    ['HAProxy (requests a dead or stopping instance refused, sent elsewhere)', `${after.redispatches - counters.redispatches} redispatched, ${after.retries - counters.retries} retried`],
    [`in flight on ${victim.name} (HAProxy scur)`, `${atKill} at the signal, peak ${peak} until it was DOWN`],
    ['signal to port refusing connections (kernel teardown)', `${closedAt - killedAt} ms`],
    ['kill to DOWN in HAProxy', `${downAfterMs} ms (check inter ${CHECK.interMs} ms, fall ${CHECK.fall})`],
    ['failed requests sent after the port closed', failedAfterClose]);
  claim(result, 'failed requests ≤ requests in flight on the killed instance', summary.failed <= peak, `${summary.failed} failed, peak ${peak} in flight`);
  claim(result, `HAProxy stops routing to it within its check interval (≤ ${bound} ms)`, downAfterMs <= bound, `DOWN after ${downAfterMs} ms`);
  claim(result, 'no request sent after its port closed failed (refused connections are redispatched)', failedAfterClose === 0, `${failedAfterClose} failed`);
  return result;
}

function sampleInFlight(haproxy: Haproxy, name: string) {
  const samples: Array<{ at: number; current: number }> = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const current = (await haproxy.servers()).find((s) => s.name === name)?.current ?? 0;
      samples.push({ at: Date.now(), current });
      await sleep(3);
    }
  })();
  return {
    async stop(killedAt: number) {
      running = false;
      await loop;
      const before = samples.filter((s) => s.at <= killedAt).at(-1)?.current ?? 0;
      const peak = Math.max(before, ...samples.filter((s) => s.at >= killedAt).map((s) => s.current));
      return { atKill: before, peak };
    },
  };
}

/** Resolves with the time a connect to the port was first refused. */
async function whenPortRefuses(port: number): Promise<number> {
  for (;;) {
    const refused = await new Promise<boolean>((resolve) => {
      const socket = connect({ host: '127.0.0.1', port });
      socket.once('connect', () => {
        socket.destroy();
        resolve(false);
      });
      socket.once('error', () => resolve(true));
    });
    if (refused) return Date.now();
    await sleep(2);
  }
}
