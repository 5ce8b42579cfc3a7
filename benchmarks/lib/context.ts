// What every scenario gets: the servers, the run's durations, and the baseline bookkeeping.
import { Redis } from 'ioredis';
import { measure, type LoadOptions, type LoadResult } from './load.js';
import { fmtRatio, ratio, type Row } from './report.js';
import type { Stack } from './servers.js';

interface Durations {
  warmup: number;
  measure: number;
}

export interface Bench {
  stack: Stack;
  /** A client on the API's Redis, with its key prefix (to retire cache namespaces). */
  redis: Redis;
  quick: boolean;
  durations: Durations;
  rows: Row[];
  notes: string[];
  log(msg: string): void;
  /** Throughput of a variant as a ratio to bare node:http, measured right before and right after it. */
  againstBaseline(scenario: string, options: Omit<LoadOptions, 'seconds'>, target?: number): Promise<LoadResult>;
  /** The reference row: every baseline run of this benchmark, averaged. */
  baselineRow(): Row;
  hasBaseline(): boolean;
  /** A plain measurement with the run's durations. */
  run(options: Omit<LoadOptions, 'seconds'> & { seconds?: number }): Promise<LoadResult>;
}

// As in the calibration note: 50 keep-alive connections saturate one Node process without
// queueing so deep that latency means nothing.
export const SATURATING_CONNECTIONS = 50;

export function createBench(stack: Stack, quick: boolean, log: (msg: string) => void, seconds?: number): Bench {
  const durations: Durations = quick ? { warmup: 0.5, measure: seconds ?? 1.5 } : { warmup: 2, measure: seconds ?? 5 };
  const rows: Row[] = [];
  const notes: string[] = [];
  let lastBaseline: LoadResult | null = null;
  const baselines: LoadResult[] = [];

  const run: Bench['run'] = (options) =>
    measure({ warmupSeconds: durations.warmup, seconds: options.seconds ?? durations.measure, ...options });

  const baseline = async () => {
    const result = await run({ url: `${stack.baselineUrl}/`, connections: SATURATING_CONNECTIONS, serverPid: stack.baselinePid });
    log(`  baseline node:http ${Math.round(result.rps)} req/s, ${result.cpuUs?.toFixed(0)} µs CPU/request`);
    baselines.push(result);
    return result;
  };

  const redis = new Redis(stack.redisUrl, { keyPrefix: stack.redisKeyPrefix, lazyConnect: true });
  return {
    stack,
    redis,
    quick,
    durations,
    rows,
    notes,
    log,
    run,
    hasBaseline: () => baselines.length > 0,
    baselineRow() {
      const mean = (pick: (r: LoadResult) => number) => baselines.reduce((sum, r) => sum + pick(r), 0) / baselines.length;
      return {
        scenario: `bare node:http, same JSON body (mean of ${baselines.length} runs)`,
        rps: mean((r) => r.rps),
        p50: mean((r) => r.p50),
        p95: mean((r) => r.p95),
        p99: mean((r) => r.p99),
        cpuUs: mean((r) => r.cpuUs ?? NaN),
        ratio: '1',
      };
    },
    async againstBaseline(scenario, options, target) {
      const before = lastBaseline ?? (await baseline());
      const result = await run({ serverPid: stack.apiPid(), ...options });
      const after = await baseline();
      lastBaseline = after;
      const reference = (before.rps + after.rps) / 2;
      const r = ratio(result.rps, reference);
      log(`  ${scenario}: ${Math.round(result.rps)} req/s, ratio ${r.toFixed(2)}, ${result.cpuUs?.toFixed(0)} µs CPU/request${result.failures ? `, ${result.failures} failures` : ''}`);
      if (Math.abs(before.rps - after.rps) / reference > 0.1) {
        notes.push(`${scenario}: the baselines around it differed by more than 10% (${Math.round(before.rps)} / ${Math.round(after.rps)} req/s); the machine was busy.`);
      }
      if (result.failures) notes.push(`${scenario}: ${result.failures} of ${result.requests} responses were not 2xx (or failed).`);
      rows.push({
        scenario,
        rps: result.rps,
        p50: result.p50,
        p95: result.p95,
        p99: result.p99,
        ...(result.cpuUs !== undefined ? { cpuUs: result.cpuUs } : {}),
        ratio: fmtRatio(r),
        ratioValue: r,
        ...(target !== undefined ? { target: `≥ ${target}`, met: r >= target && !result.failures } : {}),
      });
      return result;
    },
  };
}
