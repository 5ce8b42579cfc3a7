import type { JsonSchema, ModuleApiDoc, OperationSpec } from '../../lib/openapi/index.js';
import { PRODUCT_STATUSES } from './product-view.js';
import { createProductBody, listProductsQuery, productIdParams, updateProductBody } from './products.schemas.js';

// What products.routes.ts serves. Request shapes come from the Joi schemas the routes validate
// with; the decimal price (a Joi .custom() rule) is spelled out in notes.

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
const PRODUCT_PATH = '/api/v1/products/:id';
// A session's access token, or an API key within its scopes (lib/openapi/components.ts describes both).
const SECURITY: OperationSpec['security'] = ['bearerAuth', 'apiKey'];

const price: JsonSchema = {
  oneOf: [
    { type: 'string', pattern: '^\\s*\\d{1,10}(\\.\\d{1,2})?\\s*$' },
    { type: 'number', minimum: 0, maximum: 9_999_999_999.99 },
  ],
  description: 'Exact decimal, at least 0, at most 2 decimal places, e.g. "19.99" (a string avoids float rounding in clients). Returned as a string with 2 places.',
};
const priceFilter: JsonSchema = { type: 'string', pattern: '^\\d{1,10}(\\.\\d{1,2})?$', description: 'Decimal amount, bounds included.' };

const product: JsonSchema = {
  type: 'object',
  required: ['id', 'ownerId', 'name', 'description', 'sku', 'price', 'currency', 'stock', 'status', 'version', 'createdAt', 'updatedAt'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    ownerId: { type: 'string', format: 'uuid' },
    name: { type: 'string', minLength: 1, maxLength: 200 },
    description: { type: 'string', maxLength: 5_000 },
    sku: { type: 'string', pattern: '^[A-Za-z0-9._-]{1,64}$', description: 'Unique per owner.' },
    price: { type: 'string', pattern: '^\\d{1,10}\\.\\d{2}$', examples: ['19.99'] },
    currency: { type: 'string', pattern: '^[A-Z]{3}$', description: 'ISO 4217.' },
    stock: { type: 'integer', minimum: 0 },
    status: { type: 'string', enum: [...PRODUCT_STATUSES] },
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

export const productsApiDoc: ModuleApiDoc = {
  tags: [{ name: 'products', description: 'The catalogue. Active products are public; drafts and archived ones are visible to their owner and to admins only.' }],
  schemas: {
    Product: product,
    ProductPage: {
      type: 'object',
      required: ['data', 'nextCursor'],
      properties: {
        data: { type: 'array', items: ref('Product') },
        nextCursor: { type: ['string', 'null'], description: 'Pass as `cursor` (with the same `sort`) for the next page; null on the last page.' },
      },
      additionalProperties: false,
    },
  },
  operations: [
    op({
      operationId: 'listProducts', method: 'get', path: '/api/v1/products',
      summary: 'List products',
      description: [
        'Active products of all owners. `owner=me` lists all of your own, in any status; admins may pass any `owner` and `status`.',
        '`q` matches words and word prefixes in name, sku and description. Keyset-paginated for every `sort`: following `nextCursor` returns each matching product once, even while products are being added.',
        'Served from a cache (`X-Cache`) that every write clears. While the database is unavailable a page cached before answers with `X-Cache: STALE`; one not cached answers 503.',
      ].join(' '),
      security: SECURITY, anonymous: true, query: listProductsQuery,
      notes: { query: { minPrice: priceFilter, maxPrice: priceFilter } },
      requestHeaders: [{ name: 'If-None-Match', required: false }],
      responses: read('One page.', ref('ProductPage')),
      problems: { 400: ['invalid_cursor'], 403: ['status_filter_forbidden', 'insufficient_scope'] },
    }),
    op({
      operationId: 'createProduct', method: 'post', path: '/api/v1/products',
      summary: 'Create a product',
      description: 'The caller becomes its owner. Status defaults to draft, currency to the server default. With an Idempotency-Key a retried request returns the first answer instead of creating again.',
      security: SECURITY, body: createProductBody, notes: { body: { price } },
      requestHeaders: [{ name: 'Idempotency-Key', required: false }],
      headers: ['Cache-Control'],
      responses: { 201: { description: 'Created.', schema: ref('Product'), headers: ['ETag', 'Location'], optionalHeaders: ['Idempotent-Replayed'] } },
      problems: { 400: ['invalid_idempotency_key'], 403: ['insufficient_scope'], 409: ['duplicate_sku', 'idempotency_key_conflict'], 422: ['idempotency_key_reused'] },
    }),
    op({
      operationId: 'getProduct', method: 'get', path: PRODUCT_PATH,
      summary: 'Get a product',
      description: 'Products you may not see answer 404, like ids that do not exist. While the database is unavailable a product cached before answers with `X-Cache: STALE` (its last version; If-None-Match still works); one not cached answers 503.',
      security: SECURITY, anonymous: true, params: productIdParams,
      requestHeaders: [{ name: 'If-None-Match', required: false }],
      responses: { ...read('The product.', ref('Product')), 200: { description: 'The product.', schema: ref('Product'), headers: ['Cache-Control', 'X-Cache', 'ETag'] } },
      problems: { 404: ['product_not_found'] },
    }),
    op({
      operationId: 'updateProduct', method: 'patch', path: PRODUCT_PATH,
      summary: 'Change a product',
      description: 'Owner or admin. Only the fields sent change. Send the ETag in If-Match so that a concurrent change is refused (412) instead of overwritten.',
      security: SECURITY, params: productIdParams, body: updateProductBody, notes: { body: { price } },
      requestHeaders: [{ name: 'If-Match', required: false }],
      headers: ['Cache-Control'],
      responses: { 200: { description: 'The changed product.', schema: ref('Product'), headers: ['ETag'] } },
      problems: { 403: ['not_product_owner', 'insufficient_scope'], 404: ['product_not_found'], 409: ['duplicate_sku'], 412: ['precondition_failed'] },
    }),
    op({
      operationId: 'deleteProduct', method: 'delete', path: PRODUCT_PATH,
      summary: 'Delete a product',
      description: 'Owner or admin; If-Match as for PATCH.',
      security: SECURITY, params: productIdParams,
      requestHeaders: [{ name: 'If-Match', required: false }],
      responses: { 204: { description: 'Deleted.' } },
      problems: { 403: ['not_product_owner', 'insufficient_scope'], 404: ['product_not_found'], 412: ['precondition_failed'] },
    }),
  ],
};
