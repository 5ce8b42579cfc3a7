import type { JsonSchema, ModuleApiDoc, OperationSpec } from '../../lib/openapi/index.js';
import { EVENT_FILTERS } from './event-filter.js';
import { DELIVERY_STATUSES } from './webhook-view.js';
import { createWebhookBody, deliveriesQuery, deliveryParams, updateWebhookBody, webhookParams, workspaceParams } from './webhooks.schemas.js';

// What webhooks.routes.ts serves: /api/v1/workspaces/:slug/webhooks.

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
const uuid: JsonSchema = { type: 'string', format: 'uuid' };
const time: JsonSchema = { type: 'string', format: 'date-time' };
const nullableTime = (description: string): JsonSchema => ({ type: ['string', 'null'], format: 'date-time', description });
const status: JsonSchema = { type: 'string', enum: [...DELIVERY_STATUSES], description: 'pending (not tried yet, or redelivery asked), retrying (failed, tried again at nextAttemptAt), succeeded (a 2xx answer), failed (its retries ran out).' };

const webhookProperties: Record<string, JsonSchema> = {
  id: uuid,
  url: { type: 'string', format: 'uri' },
  description: { type: ['string', 'null'] },
  events: { type: 'array', items: { type: 'string', enum: [...EVENT_FILTERS] } },
  enabled: { type: 'boolean' },
  disabledAt: nullableTime('When it was disabled (by an admin, or automatically after a day of failures).'),
  disabledReason: { type: ['string', 'null'] },
  failingSince: nullableTime('The first failed attempt since the last success; null while deliveries succeed.'),
  createdAt: time,
  updatedAt: time,
  lastDelivery: {
    type: ['object', 'null'],
    required: ['status', 'at', 'responseStatus'],
    properties: { status, at: time, responseStatus: { type: ['integer', 'null'] } },
    additionalProperties: false,
  },
};
const webhook: JsonSchema = { type: 'object', required: Object.keys(webhookProperties), properties: webhookProperties, additionalProperties: false };
const webhookWithSecret: JsonSchema = {
  type: 'object',
  required: [...Object.keys(webhookProperties), 'secret'],
  properties: { ...webhookProperties, secret: { type: 'string', pattern: '^whsec_', description: 'The signing secret (Standard Webhooks: whsec_ and base64). Shown only now: store it.' } },
  additionalProperties: false,
};

const deliveryProperties: Record<string, JsonSchema> = {
  id: uuid,
  webhookId: uuid,
  eventId: { ...uuid, description: 'The event\'s id, sent as the webhook-id header: the same on every attempt and redelivery.' },
  eventType: { type: 'string', description: 'An event type, or webhook.ping.' },
  status,
  attemptCount: { type: 'integer', minimum: 0 },
  createdAt: time,
  lastAttemptAt: nullableTime('The last attempt; null before the first.'),
  nextAttemptAt: nullableTime('When it is (next) sent; null once it succeeded or failed for good.'),
  responseStatus: { type: ['integer', 'null'], description: 'The HTTP status of the last attempt; null when nothing answered.' },
  latencyMs: { type: ['integer', 'null'] },
  error: { type: ['string', 'null'], description: 'Why the last attempt failed (a timeout, a refused target, a non-2xx status).' },
};
const delivery: JsonSchema = { type: 'object', required: Object.keys(deliveryProperties), properties: deliveryProperties, additionalProperties: false };
const deliveryDetail: JsonSchema = {
  type: 'object',
  required: [...Object.keys(deliveryProperties), 'payload', 'attempts'],
  properties: {
    ...deliveryProperties,
    payload: {
      type: 'object', required: ['type', 'timestamp', 'data'],
      properties: { type: { type: 'string' }, timestamp: time, data: { type: 'object', additionalProperties: true } },
      additionalProperties: false,
      description: 'The body sent: the event\'s type, when it happened, and its payload (the product as GET shows it, the workspace, the membership).',
    },
    attempts: {
      type: 'array',
      items: {
        type: 'object', required: ['at', 'responseStatus', 'latencyMs', 'responseExcerpt', 'error'],
        properties: {
          at: time, responseStatus: { type: ['integer', 'null'] }, latencyMs: { type: ['integer', 'null'] },
          responseExcerpt: { type: ['string', 'null'], description: 'The first KiB of the receiver\'s answer, as text.' }, error: { type: ['string', 'null'] },
        },
        additionalProperties: false,
      },
    },
  },
  additionalProperties: false,
};

const ACCESS = 'For the workspace\'s owners and admins and platform admins: another member gets 403 `insufficient_workspace_role`, anyone else 404 `workspace_not_found`.';
const TARGET = 'The URL must be http(s) without credentials and resolve to public addresses only (loopback, private, link-local and metadata addresses are refused, `webhook_target_forbidden`; a name that does not resolve, `webhook_target_unresolvable`), unless the server allows private targets (development) or lists that host:port. Every attempt checks again after resolving, and on every redirect.';

const op = (spec: Omit<OperationSpec, 'tags' | 'rateLimited' | 'headers' | 'security' | 'problems'> & { problems?: OperationSpec['problems'] }): OperationSpec => ({
  ...spec,
  tags: ['webhooks'],
  rateLimited: true,
  headers: ['Cache-Control'],
  // Integrations are set up by people: a session only (403 session_required for an API key).
  security: ['bearerAuth'],
  // Every route validates its path (a webhook's or a delivery's id that is no UUID: 400).
  problems: {
    403: ['insufficient_workspace_role'], ...spec.problems,
    400: ['validation_failed', ...(spec.problems?.[400] ?? [])], 404: ['workspace_not_found', ...(spec.problems?.[404] ?? [])],
  },
});

export const webhooksApiDoc: ModuleApiDoc = {
  tags: [{
    name: 'webhooks',
    description: [
      'A workspace\'s webhook endpoints. Every product, workspace and membership change an endpoint asks for is POSTed to it per the Standard Webhooks specification:',
      'headers `webhook-id` (the event\'s id: the same on every retry and redelivery, so a receiver can drop repeats), `webhook-timestamp` (Unix seconds) and `webhook-signature` (`v1,` + base64 HMAC-SHA256 of `id.timestamp.body` with the secret\'s bytes),',
      'body `{type, timestamp, data}`. A 2xx answer within WEBHOOK_TIMEOUT_MS is a success; anything else is retried after about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h (each ±20%).',
      'When the retries of a delivery run out with no success since the endpoint started failing, the endpoint is disabled and the workspace\'s owners and admins are emailed.',
      'Deliveries are at least once and not ordered: order by `data.version` (products) or `timestamp`.',
    ].join(' '),
  }],
  schemas: {
    Webhook: webhook,
    WebhookWithSecret: webhookWithSecret,
    WebhookList: { type: 'object', required: ['data'], properties: { data: { type: 'array', items: ref('Webhook') } }, additionalProperties: false },
    WebhookDelivery: delivery,
    WebhookDeliveryDetail: deliveryDetail,
    WebhookDeliveryPage: {
      type: 'object', required: ['data', 'nextCursor'],
      properties: { data: { type: 'array', items: ref('WebhookDelivery') }, nextCursor: { type: ['string', 'null'] } },
      additionalProperties: false,
    },
  },
  operations: [
    op({
      operationId: 'listWebhooks', method: 'get', path: '/api/v1/workspaces/:slug/webhooks',
      summary: 'A workspace\'s webhooks', description: `Oldest first, with each one's state and last delivery; never the secrets. ${ACCESS}`,
      params: workspaceParams,
      responses: { 200: { description: 'The endpoints.', schema: ref('WebhookList') } },
    }),
    op({
      operationId: 'createWebhook', method: 'post', path: '/api/v1/workspaces/:slug/webhooks',
      summary: 'Register a webhook', description: `At most 20 per workspace (409 \`webhook_limit_reached\`). The answer holds the signing secret, the only time it is shown. ${TARGET} ${ACCESS}`,
      params: workspaceParams, body: createWebhookBody,
      responses: { 201: { description: 'Registered, with its secret.', schema: ref('WebhookWithSecret'), headers: ['Location'] } },
      problems: { 409: ['webhook_limit_reached'], 422: ['webhook_target_forbidden', 'webhook_target_unresolvable'] },
    }),
    op({
      operationId: 'getWebhook', method: 'get', path: '/api/v1/workspaces/:slug/webhooks/:id',
      summary: 'One webhook', description: ACCESS,
      params: webhookParams,
      responses: { 200: { description: 'The endpoint.', schema: ref('Webhook') } },
      problems: { 404: ['webhook_not_found'] },
    }),
    op({
      operationId: 'updateWebhook', method: 'patch', path: '/api/v1/workspaces/:slug/webhooks/:id',
      summary: 'Change a webhook, or disable or enable it', description: `Only the fields given change. Enabling clears its failure record; what waited for it is sent. ${TARGET} ${ACCESS}`,
      params: webhookParams, body: updateWebhookBody,
      responses: { 200: { description: 'The endpoint.', schema: ref('Webhook') } },
      problems: { 404: ['webhook_not_found'], 422: ['webhook_target_forbidden', 'webhook_target_unresolvable'] },
    }),
    op({
      operationId: 'deleteWebhook', method: 'delete', path: '/api/v1/workspaces/:slug/webhooks/:id',
      summary: 'Delete a webhook', description: `With its delivery log; nothing more is sent. ${ACCESS}`,
      params: webhookParams,
      responses: { 204: { description: 'Deleted.' } },
      problems: { 404: ['webhook_not_found'] },
    }),
    op({
      operationId: 'rotateWebhookSecret', method: 'post', path: '/api/v1/workspaces/:slug/webhooks/:id/rotate-secret',
      summary: 'A new signing secret', description: `Every attempt from now on is signed with the new secret, retries of earlier deliveries included. ${ACCESS}`,
      params: webhookParams,
      responses: { 200: { description: 'The endpoint with its new secret (shown only now).', schema: ref('WebhookWithSecret') } },
      problems: { 404: ['webhook_not_found'] },
    }),
    op({
      operationId: 'pingWebhook', method: 'post', path: '/api/v1/workspaces/:slug/webhooks/:id/ping',
      summary: 'Send a test event', description: `A \`webhook.ping\` delivery, sent at once (a disabled endpoint too, to check it before enabling it), not retried, not counted in its health. Read its outcome in the log. ${ACCESS}`,
      params: webhookParams,
      responses: { 202: { description: 'Queued for sending now.', schema: ref('WebhookDelivery') } },
      problems: { 404: ['webhook_not_found'] },
    }),
    op({
      operationId: 'listWebhookDeliveries', method: 'get', path: '/api/v1/workspaces/:slug/webhooks/:id/deliveries',
      summary: 'A webhook\'s delivery log', description: `Newest first, keyset-paged (pass \`nextCursor\` as \`cursor\`), optionally of one \`status\`. ${ACCESS}`,
      params: webhookParams, query: deliveriesQuery,
      responses: { 200: { description: 'One page.', schema: ref('WebhookDeliveryPage') } },
      problems: { 400: ['invalid_cursor'], 404: ['webhook_not_found'] },
    }),
    op({
      operationId: 'getWebhookDelivery', method: 'get', path: '/api/v1/workspaces/:slug/webhooks/:id/deliveries/:deliveryId',
      summary: 'One delivery', description: `With the body sent and every attempt (status, latency, the start of the answer). ${ACCESS}`,
      params: deliveryParams,
      responses: { 200: { description: 'The delivery.', schema: ref('WebhookDeliveryDetail') } },
      problems: { 404: ['webhook_delivery_not_found'] },
    }),
    op({
      operationId: 'redeliverWebhookDelivery', method: 'post', path: '/api/v1/workspaces/:slug/webhooks/:id/deliveries/:deliveryId/redeliver',
      summary: 'Send a delivery again', description: `Now, with the same webhook-id and body, signed afresh (409 \`webhook_disabled\` while the endpoint is disabled). ${ACCESS}`,
      params: deliveryParams,
      responses: { 202: { description: 'Queued for sending now.', schema: ref('WebhookDelivery') } },
      problems: { 404: ['webhook_delivery_not_found'], 409: ['webhook_disabled'] },
    }),
  ],
};
