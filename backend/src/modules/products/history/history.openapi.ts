import Joi from 'joi';
import type { JsonSchema, ModuleApiDoc, OperationSpec } from '../../../lib/openapi/index.js';
import { PRODUCT_STATUSES } from '../product-view.js';
import { HISTORY_CHANGES, HISTORY_FIELDS } from './history-view.js';
import { historyQuery, revertBody } from './history.schemas.js';

// What the history routes of products.routes.ts serve, under both product paths. Merged into the
// products module's document (products.openapi.ts); the Product schema is that file's.

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
const SECURITY: OperationSpec['security'] = ['bearerAuth', 'apiKey'];
const productParams = Joi.object({ id: Joi.string().guid().required().description('The product id (a UUID).') });
const versionParams = productParams.keys({ version: Joi.number().integer().min(1).required().description('The version (1 = as created).') });
const workspaceSlug = { slug: Joi.string().max(64).required().description('The workspace\'s slug.') };

const uuid: JsonSchema = { type: 'string', format: 'uuid' };
const dateTime: JsonSchema = { type: 'string', format: 'date-time' };
// A field's value as the product answer shows it: text (price as "12.30", times ISO), a number,
// a list of ids or tags, or null.
const fieldValue: JsonSchema = { type: ['string', 'integer', 'array', 'null'], items: { type: 'string' } };

const entry: JsonSchema = {
  type: 'object',
  required: ['version', 'change', 'revertedTo', 'at', 'actor', 'requestId', 'jobId', 'changes'],
  properties: {
    version: { type: 'integer', minimum: 1, description: 'The version this change produced (1: created).' },
    change: {
      type: 'string', enum: [...HISTORY_CHANGES],
      description: 'create; update (fields); images (pictures only); trash; restore; revert (to `revertedTo`); import and bulk (by a job).',
    },
    revertedTo: { type: ['integer', 'null'], minimum: 1, description: 'For a revert: the version whose values were restored.' },
    at: dateTime,
    actor: {
      type: 'object',
      required: ['type', 'id', 'name'],
      properties: {
        type: { type: 'string', enum: ['user', 'apiKey', 'system'] },
        id: { type: ['string', 'null'], format: 'uuid', description: 'The user\'s id, or the API key\'s; null for the system.' },
        name: { type: ['string', 'null'], description: 'The user\'s name (or email), or the key\'s name; null for the system or an account deleted since.' },
      },
      additionalProperties: false,
    },
    requestId: { type: ['string', 'null'], description: 'The X-Request-Id of the request that made it.' },
    jobId: { type: ['string', 'null'], description: 'The background job that made it (imports, bulk edits).' },
    changes: {
      type: 'array',
      description: 'Each field whose value changed, against the previous version (for a creation, every field with `old` null).',
      items: {
        type: 'object',
        required: ['field', 'old', 'new'],
        properties: { field: { type: 'string', enum: [...HISTORY_FIELDS] }, old: fieldValue, new: fieldValue },
        additionalProperties: false,
      },
    },
  },
  additionalProperties: false,
};

const snapshot: JsonSchema = {
  type: 'object',
  required: [...HISTORY_FIELDS],
  properties: {
    name: { type: 'string' },
    description: { type: ['string', 'null'] },
    sku: { type: 'string' },
    price: { type: 'string', pattern: '^\\d{1,10}\\.\\d{2}$' },
    currency: { type: 'string', pattern: '^[A-Z]{3}$' },
    stock: { type: 'integer', minimum: 0 },
    lowStockThreshold: { type: ['integer', 'null'], minimum: 1 },
    status: { type: 'string', enum: [...PRODUCT_STATUSES] },
    categoryIds: { type: 'array', items: uuid },
    tags: { type: 'array', items: { type: 'string' } },
    images: { type: 'array', items: uuid, description: 'The pictures\' ids, in order.' },
    trashedAt: { type: ['string', 'null'], format: 'date-time' },
  },
  additionalProperties: false,
};

const WHO = 'Members of the product\'s workspace (any role) and platform admins, whatever its status; anyone else gets 404 `product_not_found`. An API key needs products:read.';
const REVERT = [
  'Writes the values of `version` back as a new version (history change `revert`), under the rules of PATCH: who may change the product may revert it, an API key needs products:write.',
  'If-Match is required (428 `precondition_required` without it, 412 when stale), so a revert never undoes a change the caller has not seen. Every field but the pictures and the trash state is restored (a picture\'s files may be gone; POST …/restore takes a product out of the trash); categories deleted since are left out.',
  'Reverting to values equal to the current ones still writes a version. 404 `version_not_found` for a version that does not exist or that the history\'s retention removed.',
].join(' ');
const WRITE_REFUSALS = ['email_not_verified', 'insufficient_scope', 'insufficient_workspace_role', 'not_product_owner'];

function historyOperations(prefix: string, idPrefix: string, params: Joi.ObjectSchema, version: Joi.ObjectSchema, notFound: string[], where = ''): OperationSpec[] {
  const op = (spec: Omit<OperationSpec, 'tags' | 'rateLimited' | 'security' | 'headers'>): OperationSpec => ({
    ...spec, tags: ['history'], rateLimited: true, security: SECURITY, headers: ['Cache-Control'],
  });
  return [
    op({
      operationId: `list${idPrefix}History`, method: 'get', path: `${prefix}/:id/history`,
      summary: `A product's history${where}, newest first`,
      description: `${WHO} Keyset-paged on the version: pass \`nextCursor\` as \`cursor\` for older entries.`,
      params, query: historyQuery,
      responses: { 200: { description: 'One page.', schema: ref('HistoryPage') } },
      problems: { 400: ['invalid_cursor'], 403: ['insufficient_scope'], 404: notFound },
    }),
    op({
      operationId: `get${idPrefix}Version`, method: 'get', path: `${prefix}/:id/versions/:version`,
      summary: `A product as it was at a version${where}`,
      description: `${WHO} 404 \`version_not_found\` for a version that does not exist or that the history's retention removed.`,
      params: version,
      responses: { 200: { description: 'The product right after that version.', schema: ref('ProductVersion') } },
      problems: { 403: ['insufficient_scope'], 404: [...notFound, 'version_not_found'] },
    }),
    op({
      operationId: `revert${idPrefix}`, method: 'post', path: `${prefix}/:id/revert`,
      summary: `Revert a product to a version${where}`,
      description: REVERT,
      params, body: revertBody,
      requestHeaders: [{ name: 'If-Match', required: true }],
      responses: { 200: { description: 'The product, as GET answers it.', schema: ref('Product'), headers: ['ETag'] } },
      problems: {
        400: ['unknown_category'], 403: WRITE_REFUSALS, 404: [...notFound, 'version_not_found'],
        409: ['duplicate_sku', 'product_in_trash'], 412: ['precondition_failed'], 428: ['precondition_required'],
      },
    }),
  ];
}

export const historyApiDoc: ModuleApiDoc = {
  tags: [{
    name: 'history',
    description: 'Every version of a product (created, changed, pictures, trash, restore, revert): who, when, the request, each field\'s old and new value; the product as it was at a version; a revert. Kept for HISTORY_RETENTION_DAYS or the last HISTORY_MAX_VERSIONS versions, the newest always.',
  }],
  schemas: {
    HistoryEntry: entry,
    HistoryPage: {
      type: 'object',
      required: ['data', 'nextCursor'],
      properties: {
        data: { type: 'array', items: ref('HistoryEntry') },
        nextCursor: { type: ['string', 'null'], description: 'Pass as `cursor` for the next (older) page; null on the last.' },
      },
      additionalProperties: false,
    },
    ProductVersion: {
      type: 'object',
      required: ['version', 'at', 'product'],
      properties: { version: { type: 'integer', minimum: 1 }, at: dateTime, product: snapshot },
      additionalProperties: false,
    },
  },
  operations: [
    ...historyOperations('/api/v1/products', 'Product', productParams, versionParams, ['product_not_found']),
    ...historyOperations(
      '/api/v1/workspaces/:slug/products', 'WorkspaceProduct',
      productParams.keys(workspaceSlug), versionParams.keys(workspaceSlug), ['product_not_found', 'workspace_not_found'], ' of a workspace',
    ),
  ],
};
