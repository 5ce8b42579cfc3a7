import { Counter, Histogram, type Registry } from 'prom-client';

/** The jobs' figures in /metrics, counted where they run. */
export interface JobMetrics {
  finished(kind: string, state: string, seconds: number | null): void;
  rows(kind: string, outcome: string, count: number): void;
}

// From a bulk edit of a few products (under a second) to an import of 100k rows (minutes).
const DURATION_BUCKETS = [0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1800, 3600];

export function jobMetrics(registry: Registry): JobMetrics {
  const total = new Counter({
    name: 'shelfwise_jobs_total',
    help: 'Jobs (imports, bulk edits, undos) that finished, by kind and final state',
    labelNames: ['kind', 'state'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'shelfwise_job_duration_seconds',
    help: 'Time from a job\'s start to its end (resumed attempts included), by kind',
    labelNames: ['kind'] as const,
    buckets: DURATION_BUCKETS,
    registers: [registry],
  });
  const rows = new Counter({
    name: 'shelfwise_job_rows_total',
    help: 'Input rows jobs processed, by kind and outcome (applied, unchanged, failed, conflict, refused)',
    labelNames: ['kind', 'outcome'] as const,
    registers: [registry],
  });
  return {
    finished(kind, state, seconds) {
      total.inc({ kind, state });
      if (seconds !== null) duration.observe({ kind }, seconds);
    },
    rows(kind, outcome, count) {
      rows.inc({ kind, outcome }, count);
    },
  };
}
