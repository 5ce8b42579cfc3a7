import Joi from 'joi';
import { singleLineText } from '../../lib/http/text.js';
import { CATEGORY_SLUG_MAX, CATEGORY_SLUG_PATTERN, UUID_PATTERN } from './slug.js';

/** Levels of the tree, roots included: a category's path holds at most this many slugs. */
export const CATEGORY_DEPTH_MAX = 8;
// Far above any real list of siblings; a larger position means "last" anyway.
const POSITION_MAX = 10_000;

const slug = Joi.string()
  .trim()
  .lowercase()
  .max(CATEGORY_SLUG_MAX)
  .pattern(CATEGORY_SLUG_PATTERN)
  .custom((value: string, helpers) => (UUID_PATTERN.test(value) ? helpers.error('slug.uuid') : value))
  .messages({
    'string.pattern.base': `{{#label}} may hold lower-case letters, digits and hyphens (not first or last), up to ${CATEGORY_SLUG_MAX} characters`,
    'slug.uuid': '{{#label}} must not look like an id',
  })
  .description('Unique, whatever the case. Made from the name when absent (lower case, accents dropped, hyphens).');
const name = singleLineText().trim().min(1).max(100);
const parentId = Joi.string().guid().lowercase().allow(null).description('The parent category; null (or absent on create): a root.');
const position = Joi.number()
  .integer()
  .min(0)
  .max(POSITION_MAX)
  .description('Place among its siblings, from 0; the others move up to make room. Absent, or past the last: after the last.');

export interface CreateCategoryInput {
  name: string;
  slug?: string;
  parentId?: string | null;
  position?: number;
}
export type UpdateCategoryInput = Partial<CreateCategoryInput>;

export const createCategoryBody = Joi.object<CreateCategoryInput>({ name: name.required(), slug, parentId, position });
export const updateCategoryBody = Joi.object<UpdateCategoryInput>({ name, slug, parentId, position }).min(1);
export const categoryParams = Joi.object({ id: Joi.string().guid().lowercase().required().description('The category id (a UUID).') });
