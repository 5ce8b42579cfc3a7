import type { JsonSchema, ModuleApiDoc, OperationSpec } from '../../lib/openapi/index.js';
import { SCOPES } from '../../lib/http/authenticate.js';
import { LAST_USED_RESOLUTION_SECONDS } from './api-key-state.js';
import { apiKeyIdParams, createApiKeyBody } from './api-keys.schemas.js';
import { MAX_API_KEYS_PER_USER } from './api-keys.service.js';

// What api-keys.routes.ts serves, under /api/v1/auth (Cache-Control: no-store like every /auth answer).

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
const nullableTime = (description: string): JsonSchema => ({ type: ['string', 'null'], format: 'date-time', description });

const apiKeyProperties: Record<string, JsonSchema> = {
  id: { type: 'string', format: 'uuid' },
  name: { type: 'string', minLength: 1, maxLength: 100 },
  prefix: { type: 'string', pattern: '^[A-Za-z0-9_-]{12}$', description: 'The public part of the key (`sw_<prefix>_…`), to tell keys apart.' },
  scopes: { type: 'array', items: { type: 'string', enum: [...SCOPES] }, minItems: 1 },
  expiresAt: nullableTime('When the key stops working; null: never.'),
  lastUsedAt: nullableTime(`The last request made with it, to within ${LAST_USED_RESOLUTION_SECONDS} seconds; null: never used.`),
  createdAt: { type: 'string', format: 'date-time' },
};
const apiKeyRequired = ['id', 'name', 'prefix', 'scopes', 'expiresAt', 'lastUsedAt', 'createdAt'];

const op = (spec: Omit<OperationSpec, 'tags' | 'rateLimited' | 'headers' | 'security'>): OperationSpec => ({
  ...spec,
  tags: ['api-keys'],
  rateLimited: true,
  headers: ['Cache-Control'],
  // A session only: an API key cannot manage keys (403 session_required, added by the builder).
  security: ['bearerAuth'],
});

export const apiKeysApiDoc: ModuleApiDoc = {
  tags: [{
    name: 'api-keys',
    description: 'Personal API keys for scripts (curl, Postman): `Authorization: Bearer sw_…` on the product routes, within the key\'s scopes. Managed with a session only.',
  }],
  schemas: {
    ApiKey: { type: 'object', required: apiKeyRequired, properties: apiKeyProperties, additionalProperties: false },
    CreatedApiKey: {
      type: 'object',
      required: [...apiKeyRequired, 'key'],
      properties: {
        ...apiKeyProperties,
        key: { type: 'string', pattern: '^sw_[A-Za-z0-9_-]{12}_[A-Za-z0-9_-]{43}$', description: 'The key itself: shown in this answer only, never again (only its SHA-256 is stored).' },
      },
      additionalProperties: false,
    },
    ApiKeyList: { type: 'object', required: ['data'], properties: { data: { type: 'array', items: ref('ApiKey') } }, additionalProperties: false },
  },
  operations: [
    op({
      operationId: 'listApiKeys', method: 'get', path: '/api/v1/auth/api-keys',
      summary: 'List your API keys',
      description: 'Keys not revoked, newest first; expired ones too (until revoked). Never the key itself.',
      responses: { 200: { description: 'Your keys.', schema: ref('ApiKeyList') } },
      problems: {},
    }),
    op({
      operationId: 'createApiKey', method: 'post', path: '/api/v1/auth/api-keys',
      summary: 'Create an API key',
      description: `Give \`expiresAt\` or \`expiresInDays\` (not both), or neither for a key that does not expire. The answer holds the key once. At most ${MAX_API_KEYS_PER_USER} keys per user.`,
      body: createApiKeyBody,
      notes: { body: { expiresInDays: { description: 'Days from now until the key expires; not together with `expiresAt`.' } } },
      responses: { 201: { description: 'The key, with its secret this once.', schema: ref('CreatedApiKey') } },
      problems: { 409: ['too_many_api_keys'] },
    }),
    op({
      operationId: 'revokeApiKey', method: 'delete', path: '/api/v1/auth/api-keys/:id',
      summary: 'Revoke an API key',
      description: 'It stops working at once, on every instance. Revoking a revoked key again is a no-op; a key of someone else is not found.',
      params: apiKeyIdParams,
      responses: { 204: { description: 'Revoked.' } },
      problems: { 400: ['validation_failed'], 404: ['api_key_not_found'] },
    }),
  ],
};
