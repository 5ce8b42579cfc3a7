import Joi from 'joi';
import type { ModuleApiDoc } from '../../lib/openapi/index.js';
import { suggestTagsQuery, TAG_MAX_LENGTH } from './tags.js';

// What tags.routes.ts serves. The route resolves :slug itself (deps.workspaces.resolve): an unknown
// or over-long slug is 404 workspace_not_found, never a validation error.
const workspaceSlug = Joi.object({ slug: Joi.string().max(64).required().description("The workspace's slug.") });

export const tagsApiDoc: ModuleApiDoc = {
  tags: [{
    name: 'tags',
    description: "A workspace's product tags (normalised: trimmed, spaces collapsed, lower case, NFKC), for autocompletion. Tags are set on products (the products tag).",
  }],
  schemas: {
    TagSuggestions: {
      type: 'object',
      required: ['data'],
      properties: {
        data: {
          type: 'array',
          items: {
            type: 'object',
            required: ['name'],
            properties: { name: { type: 'string', minLength: 1, maxLength: TAG_MAX_LENGTH } },
            additionalProperties: false,
          },
        },
      },
      additionalProperties: false,
    },
  },
  operations: [
    {
      operationId: 'suggestTags', method: 'get', path: '/api/v1/workspaces/:slug/tags',
      summary: "Autocomplete a workspace's tags",
      description: "Every member (any role) and platform admins: the tags the workspace's products have used that start with `prefix`, alphabetically. Others get 404, as for a workspace that does not exist.",
      tags: ['tags'], security: ['bearerAuth', 'apiKey'], rateLimited: true,
      params: workspaceSlug, query: suggestTagsQuery,
      headers: ['Cache-Control'],
      responses: { 200: { description: 'The matching tags, at most `limit`.', schema: { $ref: '#/components/schemas/TagSuggestions' } } },
      problems: { 403: ['insufficient_scope'], 404: ['workspace_not_found'] },
    },
  ],
};
