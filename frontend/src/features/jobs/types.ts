import type { components } from '../../lib/api/schema';

/** A job as GET /api/v1/jobs/:id shows it: state, rows done of total, the first errors, the time left. */
export type JobView = components['schemas']['Job'];
export type JobPage = components['schemas']['JobPage'];
/** One processed row of a job, with its outcome (GET /jobs/:id/rows). */
type JobRow = components['schemas']['JobRow'];
export type JobRowPage = components['schemas']['JobRowPage'];
export type JobState = JobView['state'];
export type RowOutcome = JobRow['outcome'];
/** The kinds the API runs today; its `kind` is a string, since it may add some. */
export type JobKind = 'import' | 'bulk_edit' | 'bulk_undo';
