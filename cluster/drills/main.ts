// `npm run drill [-- 1 3 5]`: starts its own cluster (ports in ../lib/ports.ts, DRILL_PORTS), runs
// the fault drills against it one after another, prints what each did and its counts, stops
// everything, and exits non-zero when any drill's claim did not hold.
import { startCluster, type Cluster } from '../lib/cluster.js';
import { DRILL_PORTS, planPorts } from '../lib/ports.js';
import { prepare, type DrillContext } from './context.js';
import { sigtermDrill } from './d1-sigterm.js';
import { sigkillDrill } from './d2-sigkill.js';
import { redisDrill } from './d3-redis.js';
import { replicaDrill } from './d4-replica.js';
import { primaryDrill } from './d5-primary.js';
import { ifMatchDrill } from './d6-if-match.js';
import { eventsDrill } from './d7-events.js';
import { markdownRow, printResult, type DrillResult } from './report.js';

const DRILLS: Record<number, (ctx: DrillContext) => Promise<DrillResult>> = {
  1: sigtermDrill, 2: sigkillDrill, 3: redisDrill, 4: replicaDrill, 5: primaryDrill, 6: ifMatchDrill, 7: eventsDrill,
};
// Every drill is bounded on its own; this is the backstop for the whole run.
const RUN_LIMIT_MS = 8 * 60_000;

const log = (msg: string) => console.log(`[drill] ${msg}`);
const chosen = process.argv.slice(2).map(Number).filter((n) => DRILLS[n]);
const ids = chosen.length ? chosen : Object.keys(DRILLS).map(Number);

let cluster: Cluster | null = null;
async function abort(reason: string, code: number): Promise<never> {
  console.error(`[drill] ${reason}: stopping the cluster`);
  await cluster?.stop();
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void abort(signal, 130));
setTimeout(() => void abort(`the run took longer than ${RUN_LIMIT_MS / 60_000} minutes`, 2), RUN_LIMIT_MS).unref();

const results: DrillResult[] = [];
try {
  cluster = await startCluster({
    ports: planPorts(DRILL_PORTS, 3),
    log,
    keep: process.env.CLUSTER_KEEP === '1',
    // All drill traffic comes from one address: the per-IP limits would otherwise refuse it.
    // The drills are about faults, not email: their users write without confirming an address.
    // A webhook delivery cut off by a crash is sent again when its lease (this timeout + 30 s) runs out: drill 7 waits for it.
    apiEnv: { RATE_LIMIT_MAX: '10000000', AUTH_RATE_LIMIT_MAX: '10000', UNVERIFIED_USERS_MAY_WRITE: 'true', WEBHOOK_TIMEOUT_MS: '3000' },
  });
  const ctx = await prepare(cluster, log);
  for (const id of ids) {
    log(`drill ${id} starting`);
    const result = await DRILLS[id]!(ctx);
    printResult(result);
    results.push(result);
    await cluster.allUp(30_000);
  }
} catch (err) {
  console.error(`[drill] ${(err as Error).stack ?? String(err)}`);
  if (cluster) console.error(`[drill] logs: ${cluster.dir} (kept when CLUSTER_KEEP=1)`);
  await cluster?.stop();
  process.exit(1);
}
await cluster.stop();

console.log('\n| drill | result | what happened |\n|---|---|---|');
for (const r of results) console.log(markdownRow(r));
const failed = results.filter((r) => r.claims.some((c) => !c.held));
console.log(failed.length ? `\n${failed.length} drill(s) FAILED: ${failed.map((r) => r.id).join(', ')}` : `\nall ${results.length} drills passed`);
process.exit(failed.length ? 1 : 0);
