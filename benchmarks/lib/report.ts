// The one markdown table the benchmark prints, with the machine it ran on.
import { cpus, loadavg, release, totalmem } from 'node:os';

export interface Row {
  scenario: string;
  rps?: number;
  p50?: number;
  p95?: number;
  p99?: number;
  /** Server CPU per request (µs): steadier than req/s when the machine is shared. */
  cpuUs?: number;
  /** Against bare node:http, or the comparison the target is about (e.g. "1M / 10k"). */
  ratio?: string;
  /** The ratio to bare node:http unrounded, where there is one (to compare two rows of a run). */
  ratioValue?: number;
  target?: string;
  /** undefined: no target for this row. */
  met?: boolean;
}

export interface RunInfo {
  mode: 'full' | 'quick';
  startedAt: Date;
  seconds: number;
  postgres: string;
  redis: string;
  /** 1-minute load average when the run started: other work on the machine skews absolute figures. */
  loadBefore: string;
  notes: string[];
}

const ms = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? '' : v < 10 ? v.toFixed(2) : v.toFixed(1));
const count = (v: number | undefined) => (v === undefined ? '' : Math.round(v).toLocaleString('en-US'));

function machine(): string {
  const cpu = cpus();
  return `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Linux ${release()}`;
}

export function renderReport(rows: Row[], info: RunInfo): string {
  const lines = [
    `Run ${info.startedAt.toISOString()} (${info.mode}, ${Math.round(info.seconds)} s) on ${machine()}; ` +
      `Node ${process.version}; ${info.postgres}; Redis ${info.redis}; load average ${info.loadBefore} before, ${loadavg()[0]!.toFixed(2)} after.`,
    '',
    '| scenario | req/s | p50 ms | p95 ms | p99 ms | server CPU µs/req | ratio | target | met |',
    '|---|---:|---:|---:|---:|---:|---:|---|:---:|',
    ...rows.map((r) =>
      `| ${r.scenario} | ${count(r.rps)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${count(r.cpuUs)} | ${r.ratio ?? ''} | ${r.target ?? ''} | ${
        r.met === undefined ? '' : r.met ? 'yes' : '**no**'
      } |`,
    ),
  ];
  if (info.notes.length) lines.push('', ...info.notes.map((n) => `- ${n}`));
  return lines.join('\n');
}

export const ratio = (value: number, reference: number) => (reference > 0 ? value / reference : NaN);
export const fmtRatio = (value: number, suffix = '') => `${value.toFixed(2)}${suffix}`;
