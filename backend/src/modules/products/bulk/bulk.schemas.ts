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
const filter = workspaceFacetsQuery.fork(['trashed'], (schema) => schema.forbidden());

const selection = Joi.object({
  ids: Joi.array().items(guarded).min(1).max(BULK_IDS_MAX).unique('id').description('The products, each with the version you saw.'),
  filter: filter.description('Every product of the workspace that matches these list filters now (outside the trash), each guarded by its version of now.'),
}).xor('ids', 'filter');

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
      { is: 'categories', then: Joi.object({ type: type('categories'), add: categoryIds, remove: categoryIds }).or('add', 'remove') },
      { is: 'tags', then: Joi.object({ type: type('tags'), add: tagList, remove: tagList }).or('add', 'remove') },
      { is: 'trash', then: Joi.object({ type: type('trash') }) },
    ],
    otherwise: Joi.object({ type: Joi.string().valid(...BULK_ACTION_TYPES).required() }).unknown(),
  });

export const bulkBody = Joi.object({ selection: selection.required(), action: action.required() });

export interface BulkBody {
  selection: { ids: Array<{ id: string; version: number }>; filter?: undefined } | { ids?: undefined; filter: Record<string, unknown> };
  action: BulkAction;
}
