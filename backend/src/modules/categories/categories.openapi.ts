import type { JsonSchema, ModuleApiDoc, OperationSpec } from '../../lib/openapi/index.js';
import { CATEGORY_DEPTH_MAX, categoryParams, createCategoryBody, updateCategoryBody } from './categories.schemas.js';
import { CATEGORY_SLUG_PATTERN } from './slug.js';

// What categories.routes.ts serves: /api/v1/categories, public to read, changed by platform admins
// (role ADMIN) with a session only (the builder adds 403 session_required for an API key).

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
const uuid: JsonSchema = { type: 'string', format: 'uuid' };
const slug: JsonSchema = { type: 'string', pattern: CATEGORY_SLUG_PATTERN.source, examples: ['teaware'] };

const schemas: Record<string, JsonSchema> = {
  Category: {
    type: 'object',
    required: ['id', 'parentId', 'name', 'slug', 'position', 'path'],
    properties: {
      id: uuid,
      parentId: { type: ['string', 'null'], format: 'uuid', description: 'Null for a root.' },
      name: { type: 'string', minLength: 1, maxLength: 100 },
      slug,
      position: { type: 'integer', minimum: 0, description: 'Its place among its siblings: they hold 0 to n-1.' },
      path: {
        type: 'array',
        items: slug,
        minItems: 1,
        maxItems: CATEGORY_DEPTH_MAX,
        description: 'The slugs from the root down to this category, e.g. ["kitchen", "teaware", "teapots"].',
      },
    },
    additionalProperties: false,
    description: 'A category of the platform-wide tree that products are filed under.',
  },
  CategoryList: {
    type: 'object',
    required: ['data'],
    properties: { data: { type: 'array', items: ref('Category'), description: 'Every category, depth-first, siblings by position.' } },
    additionalProperties: false,
  },
};

const op = (spec: Omit<OperationSpec, 'tags' | 'rateLimited' | 'security'> & Partial<Pick<OperationSpec, 'security'>>): OperationSpec => ({
  security: ['bearerAuth'],
  ...spec,
  tags: ['categories'],
  rateLimited: true,
});
const CATEGORY = '/api/v1/categories/:id';
const ADMIN_ONLY = { 403: ['platform_admin_required'] };
const MOVE_PROBLEMS = { 400: ['category_too_deep', 'unknown_category'], 409: ['category_cycle', 'category_slug_taken'] };
const view = (description: string) => ({ description, schema: ref('Category') });

const operations: OperationSpec[] = [
  op({
    operationId: 'listCategories', method: 'get', path: '/api/v1/categories',
    summary: 'List the category tree',
    description: 'No sign-in needed. The whole tree, flat: depth-first, siblings by position, each with its path of slugs. Revalidate with the ETag.',
    security: [],
    requestHeaders: [{ name: 'If-None-Match', required: false }],
    headers: ['Cache-Control'],
    responses: {
      200: { description: 'Every category.', schema: ref('CategoryList'), headers: ['ETag'] },
      304: { description: 'Unchanged since the ETag sent in If-None-Match.', headers: ['ETag'] },
    },
    problems: {},
  }),
  op({
    operationId: 'createCategory', method: 'post', path: '/api/v1/categories',
    summary: 'Create a category',
    description: [
      `Platform admins. Under \`parentId\` (absent or null: a root), at most ${CATEGORY_DEPTH_MAX} levels deep, at \`position\` among its siblings (absent: last), who make room.`,
      'Without `slug`, one is made from the name; a name with nothing to make one from (e.g. only non-Latin letters) needs one (400 `category_slug_required`).',
    ].join(' '),
    body: createCategoryBody,
    responses: { 201: { ...view('The new category.'), headers: ['Location'] } },
    problems: { ...ADMIN_ONLY, 400: ['category_slug_required', 'category_too_deep', 'unknown_category'], 409: ['category_slug_taken'] },
  }),
  op({
    operationId: 'updateCategory', method: 'patch', path: CATEGORY,
    summary: 'Rename, move or reorder a category',
    description: [
      'Platform admins. A new `name` or `slug`; a new `parentId` moves the category with its whole subtree (null: to the roots), inserted at `position` (absent: last);',
      '`position` alone reorders it among its siblings. Positions stay 0 to n-1 under every parent. Moving a category under itself or one of its descendants is 409 `category_cycle`.',
    ].join(' '),
    params: categoryParams, body: updateCategoryBody,
    responses: { 200: view('The category as it now is.') },
    problems: { ...ADMIN_ONLY, ...MOVE_PROBLEMS, 404: ['category_not_found'] },
  }),
  op({
    operationId: 'deleteCategory', method: 'delete', path: CATEGORY,
    summary: 'Delete an empty category',
    description: 'Platform admins. Only a category without subcategories and with no product filed under it (products in the trash count) can go: 409 `category_not_empty` otherwise.',
    params: categoryParams,
    responses: { 204: { description: 'Deleted; its siblings after it moved down one.' } },
    problems: { ...ADMIN_ONLY, 400: ['validation_failed'], 404: ['category_not_found'], 409: ['category_not_empty'] },
  }),
];

export const categoriesApiDoc: ModuleApiDoc = {
  tags: [{
    name: 'categories',
    description: 'One tree of categories for the whole platform, managed by platform admins; a product is filed under any number of them, and a filter by one includes its descendants.',
  }],
  schemas,
  operations,
};
