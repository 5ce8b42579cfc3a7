import Joi from 'joi';

const HISTORY_PAGE_MAX = 100;
// Versions are int4 in the database.
const VERSION_MAX = 2_147_483_647;
const version = Joi.number().integer().min(1).max(VERSION_MAX);

export const historyQuery = Joi.object({
  limit: Joi.number().integer().min(1).max(HISTORY_PAGE_MAX).default(20),
  cursor: Joi.string().max(100).empty(''),
});

export const revertBody = Joi.object({ version: version.required().description('The version whose values to restore.') });

export interface HistoryQuery {
  limit: number;
  cursor?: string;
}
