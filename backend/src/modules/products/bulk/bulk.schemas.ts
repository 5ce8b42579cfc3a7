import Joi from 'joi';
import { PRODUCT_STATUSES } from '../product-view.js';
import { workspaceFacetsQuery } from '../products.schemas.js';
import { tagList } from '../tags.js';
import { BULK_ACTION_TYPES, CATEGORIES_PER_PRODUCT_MAX, type BulkAction } from './actions.js';

/** How many products a selection by ids may name (a filter selects up to BULK_FILTER_MAX). */
export const BULK_IDS_MAX = 1_000;
const INT4_MAX = 2_147_483_647;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const guarded = Joi.object({
  id: Joi.string().lowercase().pattern(UUID).required().messages({ 'string.pattern.base': '{{#label}} must be a product id' }),
  version: Joi.number().integer().min(1).max(INT4_MAX).required().description('The version you saw: a product changed since is a conflict, left as it is.'),
});

/** The workspace list's filters (GET /workspaces/:slug/products), as the list takes them in its query string. */
const BULK_FILTERS = ['q', 'status', 'stock', 'category', 'tags', 'tagMatch', 'currency', 'minPrice', 'maxPrice'] as const;
const filter = Joi.object(Object.fromEntries(BULK_FILTERS.map((key) => [key, workspaceFacetsQuery.extract(key)])));

const selection = Joi.object({
  ids: Joi.array().items(guarded).min(1).max(BULK_IDS_MAX).unique('id').description('The products, each with the version you saw.'),
  filter: filter.description('Every product of the workspace that matches these list filters now (outside the trash), each guarded by its version of now.'),
})
  // Custom rules rather than xor/or, which export to JSON Schema in shapes Redocly refuses (bulk.openapi.ts documents these by hand).
  .custom((value: { ids?: unknown; filter?: unknown }, helpers) => ((value.ids === undefined) === (value.filter === undefined) ? helpers.error('selection.one') : value))
  .messages({ 'selection.one': '{{#label}} must hold either "ids" or "filter"' });

const addOrRemove = (value: { add?: unknown; remove?: unknown }, helpers: Joi.CustomHelpers) =>
  value.add === undefined && value.remove === undefined ? helpers.error('action.change') : value;

const type = (name: (typeof BULK_ACTION_TYPES)[number]) => Joi.string().valid(name).required();
const categoryIds = Joi.array()
  .items(Joi.string().lowercase().pattern(UUID).messages({ 'string.pattern.base': '{{#label}} must be a category id' }))
  .max(CATEGORIES_PER_PRODUCT_MAX)
  .unique();

const action = Joi.alternatives()
  .conditional('.type', {
    switch: [
      { is: 'set_status', then: Joi.object({ type: type('set_status'), status: Joi.string().valid(...PRODUCT_STATUSES).required() }) },
      {
        is: 'stock',
        then: Joi.object({ type: type('stock'), op: Joi.string().valid('add', 'subtract', 'set').required(), amount: Joi.number().integer().min(0).max(INT4_MAX).required() }),
      },
      { is: 'categories', then: Joi.object({ type: type('categories'), add: categoryIds, remove: categoryIds }).custom(addOrRemove) },
      { is: 'tags', then: Joi.object({ type: type('tags'), add: tagList, remove: tagList }).custom(addOrRemove) },
      { is: 'trash', then: Joi.object({ type: type('trash') }) },
    ],
  })
  // No branch matched: the type is missing or unknown (said so here rather than as "matches no alternative").
  .error((errors) => errors.map((e) => (e.code === 'alternatives.any' ? Object.assign(e, { code: 'action.type', path: [...e.path, 'type'] }) : e)))
  .messages({
    'action.type': `"action.type" must be one of ${BULK_ACTION_TYPES.join(', ')}`,
    'action.change': '{{#label}} must hold "add", "remove" or both',
  });

export const bulkBody = Joi.object({ selection: selection.required(), action: action.required() });

export interface BulkBody {
  selection: { ids: Array<{ id: string; version: number }>; filter?: undefined } | { ids?: undefined; filter: Record<string, unknown> };
  action: BulkAction;
}
