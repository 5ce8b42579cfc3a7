import Joi from 'joi';
import { singleLineText } from '../../lib/http/text.js';
import { DEFAULT_USER_SORT, USER_SORTS, type UserSort } from './user-sort.js';

/** How many users one `ids` filter may name: a page of products' owners, at most. */
const IDS_MAX = 100;
const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

// The pattern (exported to the OpenAPI document as it is) bounds the count; the custom rule turns
// the text into the distinct, lower-case ids the query binds.
const idList = Joi.string()
  .pattern(new RegExp(`^${UUID}(?:,${UUID}){0,${IDS_MAX - 1}}$`))
  .custom((value: string) => [...new Set(value.toLowerCase().split(','))])
  .messages({ 'string.pattern.base': `{{#label}} must be 1 to ${IDS_MAX} user ids separated by commas` })
  .description(`User ids separated by commas, at most ${IDS_MAX}: only those users (an id no user has is left out of the page).`);

export const listUsersQuery = Joi.object({
  limit: Joi.number().integer().min(1).max(100).default(20),
  // A name of 100 characters in any script still fits, base64url-encoded.
  cursor: Joi.string().max(1_000).empty(''),
  sort: Joi.string().valid(...USER_SORTS).default(DEFAULT_USER_SORT),
  q: singleLineText().trim().max(100).empty('').description('Name or email contains it, ignoring case.'),
  ids: idList,
});

export const userIdParams = Joi.object({ id: Joi.string().guid().required() });

// Only the role can be changed here; any other field is refused by name.
export const changeRoleBody = Joi.object({ role: Joi.string().valid('USER', 'ADMIN').required() });

export interface ListUsersQuery {
  limit: number;
  cursor?: string;
  sort: UserSort;
  q?: string;
  ids?: string[];
}
export interface ChangeRoleBody {
  role: 'USER' | 'ADMIN';
}
