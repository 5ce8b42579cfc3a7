import Joi from 'joi';
import { multiLineText, singleLineText } from '../../lib/http/text.js';
import { PRODUCT_STATUSES, STOCK_STATES, type ProductStatus, type StockState } from './product-view.js';
import { tagFilter, tagList } from './tags.js';
import { DEFAULT_SORT, SORTS, type Sort } from './sort.js';

// Limits match the columns (schema.prisma), so nothing valid here can fail in the database.
const NAME_MAX = 200;
const DESCRIPTION_MAX = 5_000;
const SKU_MAX = 64;
const STOCK_MAX = 2_147_483_647; // int4
const CATEGORIES_PER_PRODUCT_MAX = 20;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));


// Decimal(12,2): up to 10 integer digits and 2 decimals, as a string ("19.9") or a JSON number
// (19.9). Checked on its decimal text, never through float arithmetic, and normalised to "19.90".
const price = Joi.any()
  .custom((value: unknown, helpers) => {
    if (typeof value !== 'string' && typeof value !== 'number') return helpers.error('price.base');
    const textValue = typeof value === 'number' ? String(value) : value.trim();
    if (/^-/.test(textValue) && /^-\d*\.?\d+$/.test(textValue)) return helpers.error('price.min');
    const match = /^(\d+)(?:\.(\d+))?$/.exec(textValue);
    if (!match) return helpers.error('price.base');
    const [, whole, fraction = ''] = match;
    if (fraction.length > 2) return helpers.error('price.precision');
    const integer = whole!.replace(/^0+(?=\d)/, '');
    if (integer.length > 10) return helpers.error('price.max');
    return `${integer}.${fraction.padEnd(2, '0')}`;
  })
  .messages({
    'price.base': '{{#label}} must be a decimal amount such as "19.99"',
    'price.min': '{{#label}} must be greater than or equal to 0',
    'price.precision': '{{#label}} must have at most 2 decimal places',
    'price.max': '{{#label}} must be less than 10000000000',
  });

const currency = Joi.string()
  .uppercase()
  .custom((value: string, helpers) => (CURRENCIES.has(value) ? value : helpers.error('currency.iso4217')))
  .messages({ 'currency.iso4217': '{{#label}} must be an ISO 4217 currency code such as "EUR"' });

// A price bound compares amounts of one currency only: CHF 1.48 is not "less than" USD 2.00.
const priceBound = price.custom((value: string, helpers) => {
  const [parent] = helpers.state.ancestors as [{ currency?: unknown }];
  return parent.currency === undefined || parent.currency === '' ? helpers.error('price.currency') : value;
}).messages({ 'price.currency': '{{#label}} needs "currency": prices are compared within one currency' });

const fields = {
  name: singleLineText().trim().min(1).max(NAME_MAX),
  description: multiLineText().max(DESCRIPTION_MAX).allow(''),
  sku: Joi.string()
    .max(SKU_MAX)
    .pattern(/^[A-Za-z0-9._-]+$/)
    .messages({ 'string.pattern.base': '{{#label}} may contain only letters, digits, ".", "-" and "_"' }),
  price,
  currency,
  stock: Joi.number().integer().min(0).max(STOCK_MAX),
  lowStockThreshold: Joi.number().integer().min(1).max(STOCK_MAX).allow(null),
  status: Joi.string().valid(...PRODUCT_STATUSES),
  categoryIds: Joi.array().items(Joi.string().lowercase().pattern(UUID).messages({ 'string.pattern.base': '{{#label}} must be a category id' })).max(CATEGORIES_PER_PRODUCT_MAX).unique(),
  tags: tagList,
};

// Refused by name rather than as unknown: the client should learn that the server sets these.
const serverOwned = Joi.any().forbidden().messages({ 'any.unknown': '{{#label}} is set by the server and cannot be written' });
const serverOwnedFields = {
  id: serverOwned,
  ownerId: serverOwned,
  workspaceId: serverOwned,
  version: serverOwned,
  createdAt: serverOwned,
  updatedAt: serverOwned,
  stockState: serverOwned,
  images: serverOwned,
  trashedAt: serverOwned,
  purgeAt: serverOwned,
};

// Any other :id names no product (404, not 400): products.routes.ts checks it with this schema.
export const productIdParams = Joi.object({ id: Joi.string().guid().required().description('The product id (a UUID).') });

export const createProductBody = Joi.object({
  ...fields,
  name: fields.name.required(),
  sku: fields.sku.required(),
  price: fields.price.required(),
  ...serverOwnedFields,
});

export const updateProductBody = Joi.object({ ...fields, ...serverOwnedFields })
  .min(1)
  .messages({ 'object.min': 'the body must change at least one field' });

export const listProductsQuery = Joi.object({
  limit: Joi.number().integer().min(1).max(100).default(20),
  cursor: Joi.string().max(1_000).empty(''),
  sort: Joi.string().valid(...SORTS).default(DEFAULT_SORT),
  q: singleLineText().trim().max(100).empty(''),
  currency,
  minPrice: priceBound,
  // minPrice comes first in this object, so by now the sibling holds its normalised value (if valid).
  maxPrice: priceBound.custom((value: string, helpers) => {
    const [parent] = helpers.state.ancestors as [{ minPrice?: unknown }];
    const min = Number(parent.minPrice);
    return Number(value) < min ? helpers.error('price.range') : value;
  }).messages({ 'price.range': '{{#label}} must not be less than "minPrice"' }),
  status: fields.status,
  stock: Joi.string().valid(...STOCK_STATES),
  category: Joi.string().max(100).empty(''),
  tags: tagFilter,
  tagMatch: Joi.string().valid('all', 'any').default('all'),
  owner: Joi.alternatives(Joi.string().valid('me'), Joi.string().lowercase().pattern(UUID)).messages({
    'alternatives.match': '{{#label}} must be "me" or a user id',
  }),
});

/** A workspace's list: the same filters, without owner (the workspace is the owner), and its trash. */
export const workspaceProductsQuery = listProductsQuery
  .fork(['owner'], (schema) => schema.forbidden())
  .keys({ trashed: Joi.boolean().truthy('1').falsy('0').default(false) });

/** The facets of a list take its filters; the page's own parameters mean nothing there. */
export const productFacetsQuery = listProductsQuery.fork(['limit', 'cursor', 'sort'], (schema) => schema.forbidden());
export const workspaceFacetsQuery = workspaceProductsQuery.fork(['limit', 'cursor', 'sort'], (schema) => schema.forbidden());

/** DELETE ?permanent=true: purge a product from the trash now. */
export const deleteProductQuery = Joi.object({ permanent: Joi.boolean().truthy('1').falsy('0').default(false) });

export interface CreateProductInput {
  name: string;
  description?: string;
  sku: string;
  /** Normalised decimal text, e.g. "19.90". */
  price: string;
  currency?: string;
  stock?: number;
  lowStockThreshold?: number | null;
  status?: ProductStatus;
  categoryIds?: string[];
  tags?: string[];
}
export type UpdateProductInput = Partial<CreateProductInput>;

export interface ListProductsQuery {
  limit: number;
  cursor?: string;
  sort: Sort;
  q?: string;
  currency?: string;
  minPrice?: string;
  maxPrice?: string;
  status?: ProductStatus;
  stock?: StockState;
  /** A category's slug or id. */
  category?: string;
  tags?: string[];
  tagMatch: 'all' | 'any';
  owner?: string;
  /** Workspace lists only. */
  trashed?: boolean;
}
