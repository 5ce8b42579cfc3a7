import type { Outcome } from './load.js';

/** One drill's verdict: what it measured, and each claim with whether it held. */
export interface DrillResult {
  id: number;
  title: string;
  facts: Array<[string, string | number]>;
  claims: Array<{ claim: string; held: boolean; detail: string }>;
  /** Anomalies beyond the drill's claims: reported, not failed on (see SCALABILITY.md, findings). */
  warnings?: string[];
}

export function claim(result: DrillResult, text: string, held: boolean, detail: string): void {
  result.claims.push({ claim: text, held, detail });
}

export interface Summary {
  total: number;
  failed: number;
  byOp: Record<string, string>;
  byInstance: Record<string, number>;
  statuses: Record<string, number>;
  p50: number;
  p99: number;
  max: number;
}

export function summarize(outcomes: Outcome[]): Summary {
  const byOp: Record<string, string> = {};
  for (const op of ['read', 'list', 'update', 'create']) {
    const of = outcomes.filter((o) => o.op === op);
    byOp[op] = `${of.length} (${of.filter((o) => o.failed).length} failed)`;
  }
  const byInstance: Record<string, number> = {};
  const statuses: Record<string, number> = {};
  for (const o of outcomes) {
    byInstance[o.servedBy ?? '-'] = (byInstance[o.servedBy ?? '-'] ?? 0) + 1;
    const key = o.status === 0 ? (o.error ?? 'no answer') : String(o.status);
    statuses[key] = (statuses[key] ?? 0) + 1;
  }
  const ms = outcomes.map((o) => o.ms).sort((a, b) => a - b);
  const pct = (p: number) => ms[Math.min(ms.length - 1, Math.floor(ms.length * p))] ?? 0;
  return { total: outcomes.length, failed: outcomes.filter((o) => o.failed).length, byOp, byInstance, statuses, p50: pct(0.5), p99: pct(0.99), max: ms.at(-1) ?? 0 };
}

export function loadFacts(s: Summary): Array<[string, string | number]> {
  return [
    ['requests', s.total],
    ['failed', s.failed],
    ['by operation', Object.entries(s.byOp).map(([k, v]) => `${k} ${v}`).join(', ')],
    ['by instance', Object.entries(s.byInstance).map(([k, v]) => `${k} ${v}`).join(', ')],
    ['statuses', Object.entries(s.statuses).map(([k, v]) => `${k}×${v}`).join(', ')],
    ['latency p50 / p99 / max', `${s.p50} / ${s.p99} / ${s.max} ms`],
  ];
}

/** The first few failures, timed relative to the drill's event (kill, stop, ...): what and when. */
export function failureFacts(outcomes: Outcome[], eventAt: number, event: string): Array<[string, string]> {
  const failed = outcomes.filter((o) => o.failed);
  if (failed.length === 0) return [];
  const shown = failed.slice(0, 6).map((o) => `${o.op} ${o.status || o.error} sent ${signed(o.startedAt - eventAt)} ms, answered ${signed(o.endedAt - eventAt)} ms`);
  return [[`failures (times relative to ${event})`, shown.join('; ') + (failed.length > 6 ? `; … ${failed.length - 6} more` : '')]];
}

const signed = (n: number) => (n >= 0 ? `+${n}` : String(n));

export function printResult(r: DrillResult): void {
  const ok = r.claims.every((c) => c.held);
  console.log(`\n=== Drill ${r.id}: ${r.title} — ${ok ? 'PASS' : 'FAIL'}`);
  for (const [k, v] of r.facts) console.log(`  ${k}: ${v}`);
  for (const c of r.claims) console.log(`  [${c.held ? 'ok' : 'FAILED'}] ${c.claim} — ${c.detail}`);
  for (const w of r.warnings ?? []) console.log(`  [warn] ${w}`);
}

/** Markdown rows for SCALABILITY.md. */
export function markdownRow(r: DrillResult): string {
  const ok = r.claims.every((c) => c.held);
  const facts = [...r.facts.map(([k, v]) => `${k}: ${v}`), ...(r.warnings ?? []).map((w) => `warning: ${w}`)].join('; ');
  return `| ${r.id}. ${r.title} | ${ok ? 'pass' : '**FAIL**'} | ${facts} |`;
}
