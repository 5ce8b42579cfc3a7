import Joi from 'joi';
import { JOB_STATES, ROW_OUTCOMES, type JobState, type RowOutcome } from './job-view.js';

const PAGE_MAX = 100;
const ROWS_PAGE_MAX = 1_000;

export const jobIdParams = Joi.object({ id: Joi.string().guid().required().description('The job id (a UUID).') });

export const listJobsQuery = Joi.object({
  workspace: Joi.string().max(64).empty('').description('A workspace\'s slug: its jobs (all of them for its owners and admins, else your own there).'),
  kind: Joi.string().max(32).pattern(/^[a-z_]+$/).empty('').description('Only jobs of this kind (import, bulk_edit, bulk_undo).'),
  state: Joi.string().valid(...JOB_STATES).empty(''),
  limit: Joi.number().integer().min(1).max(PAGE_MAX).default(20),
  cursor: Joi.string().max(200).empty(''),
});

export const jobRowsQuery = Joi.object({
  outcome: Joi.string().valid(...ROW_OUTCOMES).empty('').description('Only rows with this outcome.'),
  limit: Joi.number().integer().min(1).max(ROWS_PAGE_MAX).default(100),
  cursor: Joi.string().max(200).empty(''),
});

export interface ListJobsQuery {
  workspace?: string;
  kind?: string;
  state?: JobState;
  limit: number;
  cursor?: string;
}

export interface JobRowsQuery {
  outcome?: RowOutcome;
  limit: number;
  cursor?: string;
}
