import { buildOpenApiDocument, type ModuleApiDoc, type OpenApiDocument } from '../../lib/openapi/index.js';
import { version } from '../../lib/version.js';
// The one place that reads other modules' *.openapi.ts files: each is its module's published
// description of its routes, as index.ts is its published code.
import { auditApiDoc } from '../audit/index.js';
import { apiKeysApiDoc, authApiDoc } from '../auth/index.js';
import { categoriesApiDoc } from '../categories/index.js';
import { eventsApiDoc } from '../events/index.js';
import { healthApiDoc } from '../health/index.js';
import { jobsApiDoc } from '../jobs/index.js';
import { productBulkApiDoc, productExportApiDoc, productHistoryApiDoc, productImagesApiDoc, productImportsApiDoc, productsApiDoc, tagsApiDoc } from '../products/index.js';
import { webhooksApiDoc } from '../webhooks/index.js';
import { workspacesApiDoc } from '../workspaces/index.js';

export const OPENAPI_PATH = '/api/v1/openapi.json';

const docsApiDoc: ModuleApiDoc = {
  tags: [{ name: 'meta', description: 'This description of the API. Interactive docs: /api/docs.' }],
  schemas: {},
  operations: [
    {
      operationId: 'getOpenApiDocument', method: 'get', path: OPENAPI_PATH,
      summary: 'This OpenAPI document',
      tags: ['meta'], security: [], rateLimited: true,
      responses: {
        200: {
          description: 'The OpenAPI 3.1 document.',
          schema: {
            type: 'object',
            required: ['openapi', 'info', 'paths'],
            properties: { openapi: { const: '3.1.0' }, info: { type: 'object' }, paths: { type: 'object' } },
          },
          optionalHeaders: ['ETag'],
        },
      },
      problems: {},
    },
    {
      // Served by lib/http/metrics.ts, mounted in app.ts beside the probes: no rate limit, no log.
      operationId: 'getMetrics', method: 'get', path: '/metrics',
      summary: 'Prometheus metrics',
      description: 'The Prometheus text format. Requires METRICS_TOKEN as a bearer token when the server has one; without one it is open in development and test, and answers 404 in production.',
      tags: ['meta'], security: ['metricsToken'], anonymous: true, rateLimited: false,
      headers: ['Cache-Control'],
      responses: { 200: { description: 'Every metric of this instance.', contentType: 'text/plain', schema: { type: 'string' } } },
      problems: { 401: ['unauthorized'], 404: ['route_not_found'] },
    },
  ],
};

const DESCRIPTION = [
  'REST API of Shelfwise, a product-management platform.',
  '',
  '- Authenticate with `Authorization: Bearer <accessToken>` (from register, login or refresh).',
  '- Products belong to workspaces, whose members have roles (owner, admin, editor, viewer); `/api/v1/products` is the public catalogue and your personal workspace.',
  '- Every error is `application/problem+json` (RFC 9457) with a stable `code` and the `requestId` of the `X-Request-Id` header.',
  '- `/api/v1` answers carry `RateLimit` and `RateLimit-Policy` headers; over the limit the answer is 429 with `Retry-After`.',
].join('\n');

let cached: OpenApiDocument | undefined;

/** Built once: the Joi schemas it derives from do not change while the process runs. */
export function openApiDocument(): OpenApiDocument {
  cached ??= buildOpenApiDocument({ title: 'Shelfwise API', version, description: DESCRIPTION }, [
    healthApiDoc,
    authApiDoc,
    apiKeysApiDoc,
    productsApiDoc,
    productImagesApiDoc,
    productHistoryApiDoc,
    productExportApiDoc,
    productBulkApiDoc,
    productImportsApiDoc,
    jobsApiDoc,
    tagsApiDoc,
    categoriesApiDoc,
    workspacesApiDoc,
    auditApiDoc,
    eventsApiDoc,
    webhooksApiDoc,
    docsApiDoc,
  ]);
  return cached;
}
