import { formatEta, formatRows, percentOf } from '../../lib/progress';
import type { JobKind, JobState, JobView, RowOutcome } from './types';

const KIND_LABELS: Record<JobKind, string> = { import: 'CSV import', bulk_edit: 'Bulk change', bulk_undo: 'Undo of a bulk change' };

/** The kinds the API runs today, for the jobs page's filter. */
export const JOB_KINDS = Object.keys(KIND_LABELS) as JobKind[];

/** "CSV import"; a kind this SPA does not know yet (the API may add some) by its own name. */
export const kindLabel = (kind: string): string => KIND_LABELS[kind as JobKind] ?? kind;

export const STATE_LABELS: Record<JobState, string> = {
  queued: 'Waiting to start',
  running: 'Running',
  succeeded: 'Finished',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

export const OUTCOME_LABELS: Record<RowOutcome, string> = {
  applied: 'Applied',
  unchanged: 'Unchanged',
  conflict: 'Conflict',
  refused: 'Refused',
  failed: 'Failed',
};

export const isFinished = (job: Pick<JobView, 'state'>): boolean => job.state === 'succeeded' || job.state === 'failed' || job.state === 'cancelled';

const OUTCOMES = Object.keys(OUTCOME_LABELS) as RowOutcome[];
/** An import's summary words that are not row outcomes of their own. */
const RESULT_LABELS: Record<string, string> = { created: 'Created', updated: 'Updated', ...OUTCOME_LABELS };

/**
 * The counts a finished job's `result` holds ({ applied: 12, conflict: 1 } for a bulk change,
 * { created, updated, unchanged, failed } for an import), in a fixed order, zeros left out; anything
 * else in it (a kind's other details) is not a count to list.
 */
export function outcomeCounts(result: JobView['result']): Array<{ key: string; label: string; count: number }> {
  if (!result) return [];
  const source = typeof result.outcomes === 'object' && result.outcomes !== null ? (result.outcomes as Record<string, unknown>) : result;
  const order = ['created', 'updated', ...OUTCOMES];
  return order.flatMap((key) => {
    const count = source[key];
    return typeof count === 'number' && count > 0 ? [{ key, label: RESULT_LABELS[key] ?? key, count }] : [];
  });
}

/** The bar's fill: the API's percent, else done of total; null (indeterminate) while the total is unknown. */
export const jobPercent = (job: Pick<JobView, 'percent' | 'done' | 'total'>): number | null => job.percent ?? percentOf(job.done, job.total);

/** "1,234 of 5,000 rows (24%) · 3 failed · about 2 minutes left"; "Waiting to start" before the first row. */
export function jobProgressText(job: Pick<JobView, 'state' | 'done' | 'total' | 'failed' | 'etaSeconds'>): string {
  if (job.state === 'queued') return STATE_LABELS.queued;
  const parts = [formatRows(job.done, job.total)];
  if (job.failed > 0) parts.push(`${job.failed.toLocaleString()} failed`);
  const eta = job.state === 'running' ? formatEta(job.etaSeconds) : null;
  if (eta) parts.push(eta);
  return parts.join(' · ');
}
