import type { JsonSchema, ModuleApiDoc } from '../../lib/openapi/index.js';
import { EVENT_TYPES } from './outbox.js';

// What events.routes.ts serves: GET /api/v1/events/stream.

const uuid: JsonSchema = { type: 'string', format: 'uuid' };
const time: JsonSchema = { type: 'string', format: 'date-time' };
const object = (properties: Record<string, JsonSchema>, description: string): JsonSchema => ({
  type: 'object', required: Object.keys(properties), properties, additionalProperties: false, description,
});

const workspacePayload = object(
  { id: uuid, slug: { type: 'string' }, name: { type: 'string' }, personal: { type: 'boolean' }, createdAt: time, updatedAt: time },
  'workspace.*: the workspace after the change (deleted: as it was).',
);
const membershipPayload = object(
  { workspaceId: uuid, userId: uuid, role: { type: 'string', enum: ['owner', 'admin', 'editor', 'viewer'] }, createdAt: time },
  'membership.*: the membership after the change (deleted: as it was).',
);

const nullable = (schema: JsonSchema): JsonSchema => ({ ...schema, type: [schema.type as string, 'null'] });
const jobPayload = object(
  {
    id: uuid, kind: { type: 'string' }, state: { type: 'string', enum: ['queued', 'running', 'succeeded', 'failed', 'cancelled'] },
    workspaceId: uuid, ownerId: nullable(uuid), total: { type: ['integer', 'null'] }, done: { type: 'integer' }, failed: { type: 'integer' },
    percent: { type: ['integer', 'null'] }, etaSeconds: { type: ['integer', 'null'] }, error: { type: ['string', 'null'] }, result: {},
    createdAt: time, startedAt: nullable(time), finishedAt: nullable(time), cancelRequestedAt: nullable(time),
  },
  'job.*: the job\'s fields as GET /api/v1/jobs/{id} shows them (its ownerId rather than its owner; no errors or links), percent and etaSeconds as of the change. Only to whom that route shows the job.',
);

const event: JsonSchema = {
  type: 'object',
  required: ['id', 'seq', 'type', 'workspaceId', 'subjectId', 'version', 'occurredAt', 'payload'],
  properties: {
    id: { ...uuid, description: 'The event\'s identity: the same on every delivery of it (SSE, webhooks, the broker).' },
    seq: { type: 'integer', minimum: 1, description: 'Its place in the order of all events; the SSE `id:`.' },
    type: { type: 'string', enum: [...EVENT_TYPES] },
    workspaceId: uuid,
    subjectId: { ...uuid, description: 'The product, the workspace, the member of a membership, or the job.' },
    version: { type: ['integer', 'null'], minimum: 1, description: 'product.*: the product\'s version this change produced (deleted: its last); null otherwise.' },
    occurredAt: time,
    payload: {
      description: 'product.*: the product as GET /api/v1/products/{id} shows it (deleted: as it was).',
      oneOf: [{ $ref: '#/components/schemas/Product' }, workspacePayload, membershipPayload, jobPayload],
    },
  },
  additionalProperties: false,
};

// Every message the stream may send, in the grammar of the HTML standard's server-sent events:
// the retry line, heartbeats, events (id, type, JSON data), and a reset or an end.
const MESSAGE = [
  ': heartbeat\\n\\n',
  `id: \\d+\\nevent: (${EVENT_TYPES.map((t) => t.replace('.', '\\.')).join('|')})\\ndata: \\{.*\\}\\n\\n`,
  'id: \\d+\\nevent: reset\\ndata: \\{.*\\}\\n\\n',
  'event: end\\ndata: \\{.*\\}\\n\\n',
].join('|');

const STREAM = [
  'A Server-Sent Events stream (`text/event-stream`) of the changes you may see: those of the workspaces you are a member of (any role), every workspace\'s for a platform admin, and those about your own memberships. Each message is `id: <seq>`, `event: <type>` and `data: <Event as JSON>`, in seq order, each change once.',
  'Send `Last-Event-ID` (the `id:` of the last message you handled; EventSource does it on reconnection) to receive what you missed, from the outbox, then the live events, with no gap and no repeat. Events are kept OUTBOX_RETENTION_DAYS: one older than that is answered with `event: reset` (reload what you show; its `id:` is where the stream goes on from).',
  'A comment `: heartbeat` comes every SSE_HEARTBEAT_SECONDS, and each heartbeat checks your credential again: once it is refused (logged out, expired, revoked) the stream sends `event: end` with `{"reason":"credential","code":…}` and closes; `{"reason":"draining"}` when the server shuts down. Reconnect (with a fresh token) and Last-Event-ID.',
  'Removed from a workspace (or when it is deleted), its events stop at once: yours are the `membership.deleted` (or `workspace.deleted`) event, then none. An API key needs `products:read`. Browsers: EventSource cannot send an Authorization header; use fetch with a streamed body (or a library over it).',
].join('\n\n');

export const eventsApiDoc: ModuleApiDoc = {
  tags: [{ name: 'events', description: 'Every change to products, workspaces and memberships, from the transactional outbox: live, in order, resumable.' }],
  schemas: { Event: event },
  operations: [
    {
      operationId: 'streamEvents', method: 'get', path: '/api/v1/events/stream',
      summary: 'Live changes (Server-Sent Events)',
      description: STREAM,
      tags: ['events'], security: ['bearerAuth', 'apiKey'], rateLimited: true,
      requestHeaders: [{ name: 'Last-Event-ID', required: false }],
      headers: ['Cache-Control'],
      responses: {
        200: {
          description: 'The stream: `retry:`, then messages until either side closes it. Each `data:` is an Event (components/schemas/Event).',
          contentType: 'text/event-stream',
          schema: { type: 'string', pattern: `^retry: \\d+\\n\\n(${MESSAGE})*$` },
        },
      },
      problems: { 400: ['invalid_last_event_id'], 403: ['insufficient_scope'], 503: ['events_unavailable'] },
    },
  ],
};
