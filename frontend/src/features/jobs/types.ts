/*
 * Jobs as the API shows them (GET /api/v1/jobs/:id). Written from the contract of issue 18 until the
 * jobs routes are in the OpenAPI document; then these become aliases of the generated schema.
 */
export type JobKind = 'import' | 'bulk_edit' | 'bulk_undo';
export type JobState = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';
export type RowOutcome = 'applied' | 'unchanged' | 'failed' | 'conflict' | 'refused';

interface JobError {
  row: number;
  outcome: 'failed' | 'conflict' | 'refused';
  productId: string | null;
  code: string | null;
  reason: string | null;
}

export interface JobView {
  id: string;
  /** import, bulk_edit or bulk_undo (a string: the API may add kinds). */
  kind: string;
  state: JobState;
  workspace: { id: string; slug: string };
  owner: { id: string; name: string } | null;
  total: number | null;
  done: number;
  failed: number;
  percent: number | null;
  etaSeconds: number | null;
  errors: JobError[];
  error: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  cancelRequestedAt: string | null;
  result: { [key: string]: unknown } | null;
  links: { rows: string; failedRowsCsv?: string; undo?: string } & Record<string, string>;
}

export interface JobPage {
  data: JobView[];
  nextCursor: string | null;
}

interface JobRow {
  row: number;
  outcome: RowOutcome;
  productId: string | null;
  version: number | null;
  reason: string | null;
  code: string | null;
  data: { [key: string]: unknown } | null;
}

export interface JobRowPage {
  data: JobRow[];
  nextCursor: string | null;
}
