import Joi from 'joi';
import type { JsonSchema, ModuleApiDoc, OperationSpec } from '../../lib/openapi/index.js';
import { COUNT_CAP } from './list.query.js';
import { PRODUCT_STATUSES, STOCK_STATES, TRASH_RETENTION_DAYS } from './product-view.js';
import {
  createProductBody,
  deleteProductQuery,
  listProductsQuery,
  productFacetsQuery,
  productIdParams,
  updateProductBody,
  workspaceFacetsQuery,
  workspaceProductsQuery,
} from './products.schemas.js';

// What products.routes.ts serves: /api/v1/products (the public catalogue, and the caller's personal
// workspace) and /api/v1/workspaces/:slug/products (one workspace's). Request shapes come from the
// Joi schemas the routes validate with; the decimal price (a Joi .custom() rule) is spelled out in notes.

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
const PRODUCT_PATH = '/api/v1/products/:id';
const WORKSPACE_PRODUCTS = '/api/v1/workspaces/:slug/products';
// For the document only: the route resolves :slug itself (inWorkspace), and an unknown or
// over-long slug is 404 workspace_not_found, never a validation error.
const workspaceSlug = Joi.object({ slug: Joi.string().max(64).required().description('The workspace\'s slug.') });
const workspaceProductParams = workspaceSlug.concat(productIdParams);
// A session's access token, or an API key within its scopes (lib/openapi/components.ts describes both).
const SECURITY: OperationSpec['security'] = ['bearerAuth', 'apiKey'];

const price: JsonSchema = {
  oneOf: [
    { type: 'string', pattern: '^\\s*\\d{1,10}(\\.\\d{1,2})?\\s*$' },
    { type: 'number', minimum: 0, maximum: 9_999_999_999.99 },
  ],
  description: 'Exact decimal, at least 0, at most 2 decimal places, e.g. "19.99" (a string avoids float rounding in clients). Returned as a string with 2 places.',
};
const priceFilter: JsonSchema = { type: 'string', pattern: '^\\d{1,10}(\\.\\d{1,2})?$', description: 'Decimal amount, bounds included; needs `currency` (prices of two currencies are never compared).' };
const tagsFilter: JsonSchema = { type: 'string', description: 'Tags separated by commas, each normalised like a product\'s; with `tagMatch=all` (the default) a product must have every one, with `any` one of them. A tag no product here ever had is 400 `unknown_tag`.' };
const categoryFilter: JsonSchema = { type: 'string', description: 'A category\'s slug or id: products filed under it or any of its descendants. An unknown one is 400 `unknown_category`.' };
export const LIST_NOTES = { minPrice: priceFilter, maxPrice: priceFilter, tags: tagsFilter, category: categoryFilter };

const image: JsonSchema = {
  type: 'object',
  required: ['id', 'width', 'height', 'url', 'srcset'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    width: { type: 'integer', minimum: 1, description: 'Of the largest variant (at most 1200).' },
    height: { type: 'integer', minimum: 1 },
    url: { type: 'string', description: 'The largest variant (WebP), at a content-addressed URL cached for a year.' },
    srcset: { type: 'string', description: 'Every variant with its width, for an <img srcset>.' },
  },
  additionalProperties: false,
};
const total: JsonSchema = {
  type: 'object',
  required: ['count', 'exact'],
  properties: {
    count: { type: 'integer', minimum: 0, maximum: COUNT_CAP },
    exact: { type: 'boolean', description: `false when more than ${COUNT_CAP.toLocaleString('en')} match: show "${COUNT_CAP.toLocaleString('en')}+".` },
  },
  additionalProperties: false,
};

const product: JsonSchema = {
  type: 'object',
  required: [
    'id', 'workspaceId', 'ownerId', 'name', 'description', 'sku', 'price', 'currency', 'stock', 'lowStockThreshold', 'stockState', 'status',
    'categoryIds', 'tags', 'images', 'trashedAt', 'purgeAt', 'version', 'createdAt', 'updatedAt',
  ],
  properties: {
    id: { type: 'string', format: 'uuid' },
    workspaceId: { type: 'string', format: 'uuid', description: 'The workspace it belongs to: its members see it in every status, and its roles decide who may change it.' },
    ownerId: { type: 'string', format: 'uuid', description: 'The user who created it (who may since have left the workspace).' },
    name: { type: 'string', minLength: 1, maxLength: 200 },
    description: { type: 'string', maxLength: 5_000 },
    sku: { type: 'string', pattern: '^[A-Za-z0-9._-]{1,64}$', description: 'Unique per workspace, ignoring case, among the products outside the trash.' },
    price: { type: 'string', pattern: '^\\d{1,10}\\.\\d{2}$', examples: ['19.99'] },
    currency: { type: 'string', pattern: '^[A-Z]{3}$', description: 'ISO 4217.' },
    stock: { type: 'integer', minimum: 0 },
    lowStockThreshold: { type: ['integer', 'null'], minimum: 1, description: 'Stock under this (and above 0) is low; null: no threshold.' },
    stockState: { type: 'string', enum: [...STOCK_STATES], description: 'out: none left; low: under lowStockThreshold; in: otherwise.' },
    status: { type: 'string', enum: [...PRODUCT_STATUSES] },
    categoryIds: { type: 'array', items: { type: 'string', format: 'uuid' }, description: 'The categories it is filed under (GET /api/v1/categories).' },
    tags: { type: 'array', items: { type: 'string', maxLength: 40 }, description: 'Normalised: lower case, single spaces.' },
    images: { type: 'array', items: ref('ProductImage'), description: 'In order; the first is the primary picture.' },
    trashedAt: { type: ['string', 'null'], format: 'date-time', description: 'Set while the product is in the trash.' },
    purgeAt: { type: ['string', 'null'], format: 'date-time', description: `When a trashed product will be deleted for good (${TRASH_RETENTION_DAYS} days after trashedAt, within the hour).` },
    version: { type: 'integer', minimum: 1, description: 'Incremented by every change.' },
    createdAt: { type: 'string', format: 'date-time' },
    updatedAt: { type: 'string', format: 'date-time' },
  },
  additionalProperties: false,
};

const op = (spec: Omit<OperationSpec, 'tags' | 'rateLimited'>): OperationSpec => ({ ...spec, tags: ['products'], rateLimited: true });
const read = (description: string, schema: JsonSchema) => ({
  200: { description, schema, headers: ['Cache-Control' as const, 'X-Cache' as const], optionalHeaders: ['ETag' as const] },
  304: { description: 'Unchanged since the ETag sent in If-None-Match.', headers: ['ETag' as const] },
});
const readOne = { ...read('The product.', ref('Product')), 200: { description: 'The product.', schema: ref('Product'), headers: ['Cache-Control' as const, 'X-Cache' as const, 'ETag' as const] } };
const created = { 201: { description: 'Created.', schema: ref('Product'), headers: ['ETag' as const, 'Location' as const], optionalHeaders: ['Idempotent-Replayed' as const] } };
const changed = { 200: { description: 'The changed product.', schema: ref('Product'), headers: ['ETag' as const] } };

// Writes need products:write from a key and, unless UNVERIFIED_USERS_MAY_WRITE, a confirmed address.
const WRITE_REFUSALS = ['email_not_verified', 'insufficient_scope'];
// A member whose role may not (a viewer) is refused by the policy (modules/workspaces/policy.ts).
const ROLE_REFUSAL = 'insufficient_workspace_role';
const CREATE_PROBLEMS = { 400: ['invalid_idempotency_key', 'unknown_category'], 409: ['duplicate_sku', 'idempotency_key_conflict'], 422: ['idempotency_key_reused'] };

const TRASH_DESCRIPTION = `Who may change it may delete it; If-Match as for PATCH. The product goes to its workspace's trash (GET /api/v1/workspaces/{slug}/products?trashed=true): out of every list and the public catalogue, its SKU free for another product, restorable for ${TRASH_RETENTION_DAYS} days, then deleted with its pictures by an hourly job. Deleting a product already in the trash changes nothing. With \`permanent=true\` a product in the trash is deleted at once (409 \`not_in_trash\` for one outside it).`;
const RESTORE_DESCRIPTION = 'Who may change it; If-Match as for PATCH. 409 `duplicate_sku` when a product outside the trash has taken its SKU meanwhile.';

const CATALOGUE = [
  'The public catalogue: active products of every workspace.',
  '`owner=me` lists your personal workspace\'s products instead, in any status (`status` filters them); `owner=<user id>` the active products that user created.',
  'Admins may pass any `owner` and `status`, across workspaces. A shared workspace\'s products, drafts included: GET /api/v1/workspaces/{slug}/products.',
].join(' ');
const PAGING = [
  '`q` matches words and word prefixes in name, sku and description, forgiving plurals ("teapots" finds "teapot") and small typos ("tepot").',
  '`sort=price` orders by currency, then price: two currencies never interleave; pass `currency` for one.',
  'Keyset-paginated for every `sort`: following `nextCursor` returns each matching product once, even while products are being added; a cursor works only in the list that gave it.',
  `The first page (no cursor) says how many products match in \`total\`, exactly up to ${COUNT_CAP.toLocaleString('en')}.`,
].join(' ');
const LIST_PROBLEMS = ['invalid_cursor', 'unknown_category', 'unknown_tag'];

const catalogueOperations: OperationSpec[] = [
  op({
    operationId: 'listProducts', method: 'get', path: '/api/v1/products',
    summary: 'List products',
    description: [
      CATALOGUE, PAGING,
      'Pages of active products are served from a cache (`X-Cache`) that every write clears; while the database is unavailable a page cached before answers with `X-Cache: STALE`, one not cached answers 503.',
    ].join(' '),
    security: SECURITY, anonymous: true, query: listProductsQuery,
    notes: { query: LIST_NOTES },
    requestHeaders: [{ name: 'If-None-Match', required: false }],
    responses: read('One page.', ref('ProductPage')),
    problems: { 400: LIST_PROBLEMS, 403: ['status_filter_forbidden', 'insufficient_scope'] },
  }),
  op({
    operationId: 'listProductFacets', method: 'get', path: '/api/v1/products/facets',
    summary: 'Count the products each filter would leave',
    description: `For a filter panel: given the same filters as GET /api/v1/products, how many products match in all, per stock state, per currency and per child category of \`category\` (or per root category); each count exact up to ${COUNT_CAP.toLocaleString('en')}. Cached with the list pages.`,
    security: SECURITY, anonymous: true, query: productFacetsQuery,
    notes: { query: LIST_NOTES },
    headers: ['Cache-Control'],
    responses: { 200: { description: 'The counts.', schema: ref('ProductFacets') } },
    problems: { 400: LIST_PROBLEMS.slice(1), 403: ['status_filter_forbidden', 'insufficient_scope'] },
  }),
  op({
    operationId: 'createProduct', method: 'post', path: '/api/v1/products',
    summary: 'Create a product in your personal workspace',
    description: 'In your personal workspace, with you as its creator (`ownerId`); POST /api/v1/workspaces/{slug}/products creates in another. Status defaults to draft, currency to the server default. With an Idempotency-Key a retried request returns the first answer instead of creating again.',
    security: SECURITY, body: createProductBody, notes: { body: { price } },
    requestHeaders: [{ name: 'Idempotency-Key', required: false }],
    headers: ['Cache-Control'],
    responses: created,
    problems: { ...CREATE_PROBLEMS, 403: WRITE_REFUSALS },
  }),
  op({
    operationId: 'getProduct', method: 'get', path: PRODUCT_PATH,
    summary: 'Get a product',
    description: 'Any workspace\'s product. An active one is public; a draft or archived one is visible to the members of its workspace and to admins, and answers 404 to everyone else, like an id that does not exist. While the database is unavailable a product cached before answers with `X-Cache: STALE` (its last version; If-None-Match still works); one not cached answers 503.',
    security: SECURITY, anonymous: true, params: productIdParams,
    requestHeaders: [{ name: 'If-None-Match', required: false }],
    responses: readOne,
    problems: { 404: ['product_not_found'] },
  }),
  op({
    operationId: 'updateProduct', method: 'patch', path: PRODUCT_PATH,
    summary: 'Change a product',
    description: 'Wherever the product is: owners, admins and editors of its workspace, or a platform admin (403 `not_product_owner` to anyone else, `insufficient_workspace_role` to a viewer). Only the fields sent change. Send the ETag in If-Match so that a concurrent change is refused (412) instead of overwritten.',
    security: SECURITY, params: productIdParams, body: updateProductBody, notes: { body: { price } },
    requestHeaders: [{ name: 'If-Match', required: false }],
    headers: ['Cache-Control'],
    responses: changed,
    problems: { 400: ['unknown_category'], 403: ['not_product_owner', ROLE_REFUSAL, ...WRITE_REFUSALS], 404: ['product_not_found'], 409: ['duplicate_sku', 'product_in_trash'], 412: ['precondition_failed'] },
  }),
  op({
    operationId: 'deleteProduct', method: 'delete', path: PRODUCT_PATH,
    summary: 'Move a product to the trash (or delete it from there)',
    description: TRASH_DESCRIPTION,
    security: SECURITY, params: productIdParams, query: deleteProductQuery,
    requestHeaders: [{ name: 'If-Match', required: false }],
    responses: { 204: { description: 'In the trash (or, with permanent=true, deleted).' } },
    problems: { 403: ['not_product_owner', ROLE_REFUSAL, ...WRITE_REFUSALS], 404: ['product_not_found'], 409: ['not_in_trash'], 412: ['precondition_failed'] },
  }),
  op({
    operationId: 'restoreProduct', method: 'post', path: `${PRODUCT_PATH}/restore`,
    summary: 'Take a product out of the trash',
    description: RESTORE_DESCRIPTION,
    security: SECURITY, params: productIdParams,
    requestHeaders: [{ name: 'If-Match', required: false }],
    headers: ['Cache-Control'],
    responses: { 200: { description: 'The restored product.', schema: ref('Product'), headers: ['ETag' as const] } },
    problems: { 403: ['not_product_owner', ROLE_REFUSAL, ...WRITE_REFUSALS], 404: ['product_not_found'], 409: ['duplicate_sku', 'not_in_trash'], 412: ['precondition_failed'] },
  }),
];

// /api/v1/workspaces/:slug/products: members (and platform admins) only, so a key needs
// products:read even to list; a workspace the caller may not see is 404 workspace_not_found.
const IN_WORKSPACE = { 403: ['insufficient_scope'], 404: ['workspace_not_found'] };
const workspaceOperations: OperationSpec[] = [
  op({
    operationId: 'listWorkspaceProducts', method: 'get', path: WORKSPACE_PRODUCTS,
    summary: "List a workspace's products",
    description: `Every status to its members (\`status\` filters), the same filters and sorts as GET /api/v1/products, without \`owner\`; \`trashed=true\` lists the workspace's trash instead. ${PAGING} Pages are cached per workspace (\`X-Cache\`) and every write clears them.`,
    security: SECURITY, params: workspaceSlug, query: workspaceProductsQuery,
    notes: { query: { ...LIST_NOTES, owner: { description: 'Refused here (400): the workspace is the owner.' } } },
    requestHeaders: [{ name: 'If-None-Match', required: false }],
    responses: read('One page.', ref('ProductPage')),
    problems: { ...IN_WORKSPACE, 400: LIST_PROBLEMS },
  }),
  op({
    operationId: 'listWorkspaceProductFacets', method: 'get', path: `${WORKSPACE_PRODUCTS}/facets`,
    summary: "Count a workspace's products each filter would leave",
    description: 'As GET /api/v1/products/facets, for this workspace\'s list (or its trash): also per status, and the 20 tags most used among the matches.',
    security: SECURITY, params: workspaceSlug, query: workspaceFacetsQuery,
    notes: { query: { ...LIST_NOTES, owner: { description: 'Refused here (400): the workspace is the owner.' } } },
    headers: ['Cache-Control'],
    responses: { 200: { description: 'The counts.', schema: ref('ProductFacets') } },
    problems: { ...IN_WORKSPACE, 400: LIST_PROBLEMS.slice(1) },
  }),
  op({
    operationId: 'createWorkspaceProduct', method: 'post', path: WORKSPACE_PRODUCTS,
    summary: 'Create a product in a workspace',
    description: 'Owners, admins and editors. As POST /api/v1/products otherwise: you are its creator, Idempotency-Key replays (per workspace), the sku is unique within the workspace.',
    security: SECURITY, params: workspaceSlug, body: createProductBody, notes: { body: { price } },
    requestHeaders: [{ name: 'Idempotency-Key', required: false }],
    headers: ['Cache-Control'],
    responses: created,
    problems: { ...IN_WORKSPACE, ...CREATE_PROBLEMS, 403: [ROLE_REFUSAL, ...WRITE_REFUSALS] },
  }),
  op({
    operationId: 'getWorkspaceProduct', method: 'get', path: `${WORKSPACE_PRODUCTS}/:id`,
    summary: 'Get a product of a workspace',
    description: 'Any status, for its members. A product of another workspace is 404 here, even where GET /api/v1/products/{id} would show it.',
    security: SECURITY, params: workspaceProductParams,
    requestHeaders: [{ name: 'If-None-Match', required: false }],
    responses: readOne,
    problems: { ...IN_WORKSPACE, 404: ['product_not_found', 'workspace_not_found'] },
  }),
  op({
    operationId: 'updateWorkspaceProduct', method: 'patch', path: `${WORKSPACE_PRODUCTS}/:id`,
    summary: 'Change a product of a workspace',
    description: 'Owners, admins and editors, or a platform admin; as PATCH /api/v1/products/{id}, but only for a product of this workspace.',
    security: SECURITY, params: workspaceProductParams, body: updateProductBody, notes: { body: { price } },
    requestHeaders: [{ name: 'If-Match', required: false }],
    headers: ['Cache-Control'],
    responses: changed,
    problems: { 400: ['unknown_category'], 403: [ROLE_REFUSAL, ...WRITE_REFUSALS], 404: ['product_not_found', 'workspace_not_found'], 409: ['duplicate_sku', 'product_in_trash'], 412: ['precondition_failed'] },
  }),
  op({
    operationId: 'deleteWorkspaceProduct', method: 'delete', path: `${WORKSPACE_PRODUCTS}/:id`,
    summary: 'Move a product of a workspace to the trash (or delete it from there)',
    description: TRASH_DESCRIPTION,
    security: SECURITY, params: workspaceProductParams, query: deleteProductQuery,
    requestHeaders: [{ name: 'If-Match', required: false }],
    responses: { 204: { description: 'In the trash (or, with permanent=true, deleted).' } },
    problems: { 403: [ROLE_REFUSAL, ...WRITE_REFUSALS], 404: ['product_not_found', 'workspace_not_found'], 409: ['not_in_trash'], 412: ['precondition_failed'] },
  }),
  op({
    operationId: 'restoreWorkspaceProduct', method: 'post', path: `${WORKSPACE_PRODUCTS}/:id/restore`,
    summary: 'Take a product of a workspace out of the trash',
    description: RESTORE_DESCRIPTION,
    security: SECURITY, params: workspaceProductParams,
    requestHeaders: [{ name: 'If-Match', required: false }],
    headers: ['Cache-Control'],
    responses: { 200: { description: 'The restored product.', schema: ref('Product'), headers: ['ETag' as const] } },
    problems: { 403: [ROLE_REFUSAL, ...WRITE_REFUSALS], 404: ['product_not_found', 'workspace_not_found'], 409: ['duplicate_sku', 'not_in_trash'], 412: ['precondition_failed'] },
  }),
];

export const productsApiDoc: ModuleApiDoc = {
  tags: [{
    name: 'products',
    description: 'The catalogue. Every product belongs to a workspace. Active products are public; drafts and archived ones are visible to the members of their workspace and to admins only, and the roles there decide who may change them.',
  }],
  schemas: {
    Product: product,
    ProductImage: image,
    ProductTotal: total,
    ProductPage: {
      type: 'object',
      required: ['data', 'nextCursor'],
      properties: {
        data: { type: 'array', items: ref('Product') },
        nextCursor: { type: ['string', 'null'], description: 'Pass as `cursor` (with the same `sort`) for the next page of the same list; null on the last page.' },
        total: { ...ref('ProductTotal'), description: 'On the first page only: how many products match.' },
      },
      additionalProperties: false,
    },
    ProductFacets: {
      type: 'object',
      required: ['total', 'stock', 'currencies', 'categories'],
      properties: {
        total: ref('ProductTotal'),
        status: { type: 'object', description: 'Members\' lists only.', properties: Object.fromEntries(PRODUCT_STATUSES.map((s) => [s, ref('ProductTotal')])), additionalProperties: false },
        stock: { type: 'object', properties: Object.fromEntries(STOCK_STATES.map((s) => [s, ref('ProductTotal')])), additionalProperties: false },
        currencies: { type: 'array', items: { type: 'object', required: ['code', 'count', 'exact'], properties: { code: { type: 'string' }, count: { type: 'integer' }, exact: { type: 'boolean' } }, additionalProperties: false } },
        categories: {
          type: 'array',
          description: 'The children of `category` (or the root categories), each counted with its descendants.',
          items: {
            type: 'object', required: ['id', 'slug', 'name', 'count', 'exact'],
            properties: { id: { type: 'string', format: 'uuid' }, slug: { type: 'string' }, name: { type: 'string' }, count: { type: 'integer' }, exact: { type: 'boolean' } },
            additionalProperties: false,
          },
        },
        tags: {
          type: 'array',
          description: 'A workspace\'s lists only: the most used tags among the first matches.',
          items: { type: 'object', required: ['name', 'count', 'exact'], properties: { name: { type: 'string' }, count: { type: 'integer' }, exact: { type: 'boolean' } }, additionalProperties: false },
        },
      },
      additionalProperties: false,
    },
  },
  operations: [...catalogueOperations, ...workspaceOperations],
};
