import type { JsonSchema, ModuleApiDoc, OperationSpec } from '../../lib/openapi/index.js';
import { AUDIT_ACTIONS, AUDIT_TARGET_TYPES } from './actions.js';
import { auditQuery, workspaceAuditParams } from './audit.schemas.js';
import { CSV_HEADER } from './audit-view.js';

// What audit.routes.ts serves: /api/v1/audit and /api/v1/workspaces/:slug/audit.

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
const nullable = (schema: JsonSchema, description: string): JsonSchema => ({ ...schema, type: [schema.type, 'null'], description });
const uuid: JsonSchema = { type: 'string', format: 'uuid' };

const entry: JsonSchema = {
  type: 'object',
  required: ['id', 'at', 'action', 'actor', 'target', 'workspaceId', 'ip', 'userAgent', 'requestId', 'detail'],
  properties: {
    id: uuid,
    at: { type: 'string', format: 'date-time' },
    action: { type: 'string', enum: [...AUDIT_ACTIONS] },
    actor: {
      type: 'object',
      required: ['type', 'id', 'userId', 'name'],
      properties: {
        type: { type: 'string', enum: ['user', 'apiKey', 'system'] },
        id: nullable(uuid, 'The user\'s id, or the API key\'s; null for the system.'),
        userId: nullable(uuid, 'The user who acted (an API key\'s owner); null for the system.'),
        name: { type: ['string', 'null'], description: 'The user\'s name (or email), or the key\'s name; null for the system or one deleted since.' },
      },
      additionalProperties: false,
    },
    target: {
      type: 'object',
      required: ['type', 'id'],
      properties: {
        type: { type: 'string', enum: [...AUDIT_TARGET_TYPES] },
        id: nullable(uuid, 'Null where there is none: a failed sign-in for an address no account has, an export of the whole log.'),
      },
      additionalProperties: false,
    },
    workspaceId: nullable(uuid, 'The workspace it happened in; its owners may read the entry.'),
    ip: { type: ['string', 'null'], description: 'The client\'s address (as TRUST_PROXY lets the API see it); null for the system.' },
    userAgent: { type: ['string', 'null'] },
    requestId: { type: ['string', 'null'], description: 'The X-Request-Id of the request, to find its log lines.' },
    detail: { type: 'object', additionalProperties: true, description: 'What else the action says (e.g. a role change\'s `from` and `to`, a failed sign-in\'s `reason`).' },
  },
  additionalProperties: false,
};

const csv: JsonSchema = {
  type: 'string',
  description: `Every matching entry, newest first, one per line (RFC 4180), after a header line: ${CSV_HEADER.join(',')}. \`detail\` is JSON.`,
};

const FILTERS = [
  'Filters: `actor` (a user\'s or an API key\'s id), `action` (one or several, comma-separated), `target` (`type:id` or an id), `from` and `to` (ISO times, both inclusive).',
  'Newest first, keyset-paged: pass `nextCursor` as `cursor` for older entries.',
  'With `Accept: text/csv` or `format=csv` the answer is every matching entry as CSV, streamed (no paging); the export is itself recorded (`audit_exported`).',
].join(' ');

const op = (spec: Omit<OperationSpec, 'tags' | 'rateLimited' | 'headers' | 'security'>): OperationSpec => ({
  ...spec,
  tags: ['audit'],
  rateLimited: true,
  headers: ['Cache-Control'],
  // People read the log: a session only (403 session_required for an API key, added by the builder).
  security: ['bearerAuth'],
});

const page = { description: 'One page, or (CSV) every matching entry.', schema: ref('AuditPage'), alternatives: [{ contentType: 'text/csv', schema: csv }] };

export const auditApiDoc: ModuleApiDoc = {
  tags: [{
    name: 'audit',
    description: 'The audit log: sign-ins and failed ones, lockouts, refresh-token reuse, password, email, role and two-factor changes, session and key revocations, invitations, membership changes and exports, each with who, what, on what, when, from where (IP, user agent) and the request id. Append-only; kept AUDIT_RETENTION_DAYS.',
  }],
  schemas: {
    AuditEntry: entry,
    AuditPage: {
      type: 'object',
      required: ['data', 'nextCursor'],
      properties: { data: { type: 'array', items: ref('AuditEntry') }, nextCursor: { type: ['string', 'null'] } },
      additionalProperties: false,
    },
  },
  operations: [
    op({
      operationId: 'listAudit', method: 'get', path: '/api/v1/audit',
      summary: 'The audit log (platform admins)',
      description: `Every entry, for platform admins (403 \`forbidden\` for anyone else). ${FILTERS}`,
      query: auditQuery,
      responses: { 200: page },
      problems: { 400: ['invalid_cursor', 'invalid_time_range'], 403: ['forbidden'] },
    }),
    op({
      operationId: 'listWorkspaceAudit', method: 'get', path: '/api/v1/workspaces/:slug/audit',
      summary: 'A workspace\'s audit log (its owners)',
      description: `The entries of this workspace (invitations, membership changes, exports), for its owners and platform admins; another member gets 403 \`insufficient_workspace_role\`, anyone else 404 \`workspace_not_found\`. ${FILTERS}`,
      params: workspaceAuditParams, query: auditQuery,
      responses: { 200: page },
      problems: { 400: ['invalid_cursor', 'invalid_time_range'], 403: ['insufficient_workspace_role'], 404: ['workspace_not_found'] },
    }),
  ],
};
