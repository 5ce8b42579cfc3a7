import Joi from 'joi';
import type { JsonSchema, ModuleApiDoc, OperationSpec } from '../../../lib/openapi/index.js';
import { COUNT_CAP } from '../list.query.js';
import { LIST_NOTES } from '../products.openapi.js';
import { EXPORT_HEADER, LIST_SEPARATOR } from './export-view.js';
import { exportProductsQuery, workspaceExportQuery } from './export.schemas.js';

// What the export routes of products.routes.ts serve, under both product paths.

const workspaceSlug = Joi.object({ slug: Joi.string().max(64).required().description('The workspace\'s slug.') });

const csv: JsonSchema = {
  type: 'string',
  description: [
    `A header line (${EXPORT_HEADER.join(',')}), then one line per product (RFC 4180: CRLF, quotes doubled), in the list's order.`,
    `\`categories\`: each category's path of slugs from the root (\`kitchen/teapots\`), several separated by \`${LIST_SEPARATOR}\`; \`tags\` separated by \`${LIST_SEPARATOR}\`; \`price\` a decimal with 2 places; times ISO 8601 (UTC).`,
    'A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with `\'`, so a spreadsheet shows it as text instead of running it (CSV injection).',
  ].join(' '),
};

const STREAMED = [
  'Every matching product, streamed a thousand at a time (nothing held whole, however many), the filters and `sort` of the matching list, no paging.',
  `\`X-Total-Count\` says how many rows follow (exact up to ${COUNT_CAP.toLocaleString('en')}, else \`${COUNT_CAP}+\`), for a progress bar.`,
  'Refusals (a bad filter, an unknown category or tag) are problem+json answers before the first byte; a failure after it cuts the connection (an incomplete file never ends as if it were whole).',
  'Each export is recorded in the audit log (`products_exported`, with its filters).',
].join(' ');

const exported = {
  200: {
    description: 'The products as CSV.',
    contentType: 'text/csv',
    schema: csv,
    headers: ['Cache-Control' as const, 'Content-Disposition' as const, 'X-Total-Count' as const],
  },
};

const op = (spec: Omit<OperationSpec, 'tags' | 'rateLimited' | 'security' | 'responses'>): OperationSpec => ({
  ...spec,
  tags: ['export'],
  rateLimited: true,
  // Signed in, or an API key with products:read: an export is always somebody's (the audit log says whose).
  security: ['bearerAuth', 'apiKey'],
  responses: exported,
});

export const exportApiDoc: ModuleApiDoc = {
  tags: [{ name: 'export', description: 'Products as CSV: any list, whole, streamed.' }],
  schemas: {},
  operations: [
    op({
      operationId: 'exportProducts', method: 'get', path: '/api/v1/products/export.csv',
      summary: 'Export products as CSV',
      description: `What GET /api/v1/products would list for you: the public catalogue, or with \`owner=me\` your personal workspace's products in any status. ${STREAMED}`,
      query: exportProductsQuery,
      notes: { query: LIST_NOTES },
      problems: { 400: ['unknown_category', 'unknown_tag'], 403: ['status_filter_forbidden', 'insufficient_scope'] },
    }),
    op({
      operationId: 'exportWorkspaceProducts', method: 'get', path: '/api/v1/workspaces/:slug/products/export.csv',
      summary: "Export a workspace's products as CSV",
      description: `What GET /api/v1/workspaces/{slug}/products would list (every status to its members; \`trashed=true\` the trash). ${STREAMED}`,
      params: workspaceSlug, query: workspaceExportQuery,
      notes: { query: { ...LIST_NOTES, owner: { description: 'Refused here (400): the workspace is the owner.' } } },
      problems: { 400: ['unknown_category', 'unknown_tag'], 403: ['insufficient_scope'], 404: ['workspace_not_found'] },
    }),
  ],
};
