// What the parts of the events scenario (events.ts) share.
import type { Agent } from 'node:http';
import type { Bench } from '../lib/context.js';

export interface EventsBench {
  bench: Bench;
  token: string;
  userId: string;
  workspace: { id: string; slug: string };
  streamUrl: string;
  agent: Agent;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One sample of a gauge or counter from the API's /metrics (NaN when absent). */
export async function apiMetric(bench: Bench, name: string): Promise<number> {
  const res = await fetch(`${bench.stack.apiUrl}/metrics`, { headers: { authorization: `Bearer ${bench.stack.metricsToken}` } });
  const line = (await res.text()).split('\n').find((l) => l.startsWith(`${name} `) || l.startsWith(`${name}{`));
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : NaN;
}
