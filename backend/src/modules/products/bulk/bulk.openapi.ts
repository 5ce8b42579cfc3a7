import Joi from 'joi';
import type { JsonSchema, ModuleApiDoc } from '../../../lib/openapi/index.js';
import { PRODUCT_STATUSES } from '../product-view.js';
import { LIST_NOTES } from '../products.openapi.js';
import { BULK_IDS_MAX, bulkBody } from './bulk.schemas.js';
import { BULK_FILTER_MAX } from './bulk.service.js';

// What bulk.routes.ts serves: a bulk edit (under a workspace's products) and its undo (under
// /api/v1/jobs). Both answer the job (the jobs module's Job schema).

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });

// The list filters, as products.openapi.ts documents them for the list's query string (their price
// and tag rules are custom Joi rules, which export as "anything").
const filter: JsonSchema = {
  type: 'object',
  description: `Every product of the workspace that matches these filters of its list now (outside the trash; at most ${BULK_FILTER_MAX}), each guarded by its version of now. Spelled as in the list's query string.`,
  properties: {
    q: { type: 'string', maxLength: 100, description: 'Words to search for, as the list\'s `q`.' },
    status: { type: 'string', enum: [...PRODUCT_STATUSES] },
    stock: { type: 'string', enum: ['in', 'low', 'out'] },
    category: LIST_NOTES.category,
    tags: LIST_NOTES.tags,
    tagMatch: { type: 'string', enum: ['all', 'any'], default: 'all' },
    currency: { type: 'string', description: 'ISO 4217; needed by minPrice and maxPrice.' },
    minPrice: LIST_NOTES.minPrice,
    maxPrice: LIST_NOTES.maxPrice,
  },
  additionalProperties: false,
};

const selection: JsonSchema = {
  description: 'Either `ids` or `filter`.',
  properties: {
    ids: {
      type: 'array', minItems: 1, maxItems: BULK_IDS_MAX, description: 'The products, each with the version you saw (a product changed since is a conflict, left as it is).',
      items: {
        type: 'object', required: ['id', 'version'], additionalProperties: false,
        properties: { id: { type: 'string', format: 'uuid' }, version: { type: 'integer', minimum: 1 } },
      },
    },
    filter,
  },
};

const action: JsonSchema = {
  description: 'What to do to each selected product: set its status, change its stock, add or remove categories (ids) or tags, or move it to the trash. One that is already so is `unchanged`; one the action cannot apply to is `refused` (a stock below zero, a product in the trash, more than 20 tags or categories).',
};

const started: JsonSchema = { type: 'object', required: ['job'], properties: { job: ref('Job') }, additionalProperties: false };

export const bulkApiDoc: ModuleApiDoc = {
  tags: [{
    name: 'bulk',
    description: 'Many products changed at once (status, stock, categories, tags, the trash) as a job, each guarded by its version; a finished bulk edit undone the same way.',
  }],
  schemas: { BulkJob: started },
  operations: [
    {
      operationId: 'bulkEditWorkspaceProducts', method: 'post', path: '/api/v1/workspaces/:slug/products/bulk',
      summary: 'Change many products at once (a job)',
      description: [
        `Selects up to ${BULK_IDS_MAX} products by id, each with the version you saw, or every product of the workspace that matches the list's filters now (outside the trash; at most ${BULK_FILTER_MAX}), each with its version of now.`,
        'Then sets their status, changes their stock (add, subtract, set), adds or removes categories or tags, or moves them to the trash, as a job: 202 with the job, whose progress GET /api/v1/jobs/:id (Location) shows.',
        'Each product is guarded by its version: one changed since is a `conflict` and left as it is; one the action cannot apply to, or that the job\'s owner may no longer change, is `refused`; one already so is `unchanged`. Each change is a new version, recorded in the history as change `bulk` with the job\'s id.',
        'Needs a role that may change products (delete them, for the trash); with an API key, products:write. Once finished, POST /api/v1/jobs/:id/undo undoes it.',
      ].join(' '),
      tags: ['bulk'],
      security: ['bearerAuth', 'apiKey'],
      rateLimited: true,
      params: Joi.object({ slug: Joi.string().max(64).required().description('The workspace\'s slug.') }),
      body: bulkBody,
      notes: { body: { selection, action } },
      responses: { 202: { description: 'The job, queued.', schema: ref('BulkJob'), headers: ['Location'] } },
      headers: ['Cache-Control'],
      problems: {
        400: ['selection_too_large', 'unknown_category', 'unknown_tag'],
        403: ['email_not_verified', 'insufficient_scope', 'insufficient_workspace_role'],
        404: ['workspace_not_found'],
      },
    },
    {
      operationId: 'undoBulkEdit', method: 'post', path: '/api/v1/jobs/:id/undo',
      summary: 'Undo a bulk edit (a job)',
      description: 'Each product the finished bulk edit changed goes back to its previous version\'s value of the field the edit changed (a product taken out of the trash), guarded by the version the edit produced: one changed since is a `conflict` and left as it is. 202 with the undo\'s job (kind `bulk_undo`). A job that is not a finished bulk edit is 409 `job_not_undoable`. Seen by whom the job is seen; needs the right to change products (products:write with an API key).',
      tags: ['bulk'],
      security: ['bearerAuth', 'apiKey'],
      rateLimited: true,
      params: Joi.object({ id: Joi.string().guid().required().description('The bulk edit\'s job id.') }),
      responses: { 202: { description: 'The undo\'s job, queued.', schema: ref('BulkJob'), headers: ['Location'] } },
      headers: ['Cache-Control'],
      problems: {
        403: ['email_not_verified', 'insufficient_scope', 'insufficient_workspace_role'],
        404: ['job_not_found'],
        409: ['job_not_undoable'],
      },
    },
  ],
};
