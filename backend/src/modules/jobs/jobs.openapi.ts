import type { JsonSchema, ModuleApiDoc, OperationSpec } from '../../lib/openapi/index.js';
import { ERRORS_SHOWN, JOB_STATES, ROW_OUTCOMES } from './job-view.js';
import { jobIdParams, jobRowsQuery, listJobsQuery } from './jobs.schemas.js';

// What jobs.routes.ts serves at /api/v1/jobs. The JobView schema is also what other modules' routes
// answer when they start a job (a bulk edit, an import): they refer to it by name.

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
const uuid: JsonSchema = { type: 'string', format: 'uuid' };
const dateTime: JsonSchema = { type: 'string', format: 'date-time' };
const nullableTime: JsonSchema = { type: ['string', 'null'], format: 'date-time' };

const rowError: JsonSchema = {
  type: 'object',
  required: ['row', 'productId', 'outcome', 'code', 'reason'],
  properties: {
    row: { type: 'integer', minimum: 1, description: 'Its position in the job\'s input (1-based).' },
    productId: { type: ['string', 'null'], format: 'uuid' },
    outcome: { type: 'string', enum: ['failed', 'conflict', 'refused'] },
    code: { type: ['string', 'null'], description: 'A stable code for why.' },
    reason: { type: ['string', 'null'], description: 'Why, as a sentence.' },
  },
  additionalProperties: false,
};

const job: JsonSchema = {
  type: 'object',
  required: [
    'id', 'kind', 'state', 'workspace', 'owner', 'total', 'done', 'failed', 'percent', 'etaSeconds', 'errors', 'error',
    'createdAt', 'startedAt', 'finishedAt', 'cancelRequestedAt', 'result', 'links',
  ],
  properties: {
    id: uuid,
    kind: { type: 'string', description: 'import, bulk_edit or bulk_undo.' },
    state: { type: 'string', enum: [...JOB_STATES] },
    workspace: { type: 'object', required: ['id', 'slug'], properties: { id: uuid, slug: { type: 'string' } }, additionalProperties: false },
    owner: {
      type: ['object', 'null'], required: ['id', 'name'], properties: { id: uuid, name: { type: 'string' } }, additionalProperties: false,
      description: 'Who started it; null once that account is deleted.',
    },
    total: { type: ['integer', 'null'], minimum: 0, description: 'Rows to process; null while unknown.' },
    done: { type: 'integer', minimum: 0, description: 'Rows processed, whatever their outcome.' },
    failed: { type: 'integer', minimum: 0, description: 'Rows that failed, conflicted or were refused.' },
    percent: { type: ['integer', 'null'], minimum: 0, maximum: 100, description: '`done` of `total`; null while the total is unknown.' },
    etaSeconds: { type: ['integer', 'null'], minimum: 0, description: 'The time left at the rate so far; null until measurable, 0 once finished.' },
    errors: { type: 'array', maxItems: ERRORS_SHOWN, items: ref('JobRowError'), description: `The first ${ERRORS_SHOWN} rows that failed, conflicted or were refused, in input order (all of them: \`links.rows\`).` },
    error: { type: ['string', 'null'], description: 'Why the job itself failed (or its last attempt did, while it is retried).' },
    createdAt: dateTime,
    startedAt: nullableTime,
    finishedAt: nullableTime,
    cancelRequestedAt: { ...nullableTime, description: 'When a cancel was asked for; a running job stops after its current chunk.' },
    result: { type: ['object', 'null'], additionalProperties: true, description: 'The kind\'s summary once finished (e.g. counts per outcome); null before.' },
    links: {
      type: 'object',
      required: ['rows'],
      properties: {
        rows: { type: 'string', description: 'Its rows, paged.' },
        undo: { type: 'string', description: 'A finished bulk edit: POST here to undo it.' },
        failedRowsCsv: { type: 'string', description: 'An import: the rows that failed, as CSV with a reason column.' },
      },
      additionalProperties: { type: 'string' },
    },
  },
  additionalProperties: false,
};

const jobRow: JsonSchema = {
  type: 'object',
  required: ['row', 'outcome', 'productId', 'version', 'code', 'reason', 'data'],
  properties: {
    row: { type: 'integer', minimum: 1 },
    outcome: { type: 'string', enum: [...ROW_OUTCOMES] },
    productId: { type: ['string', 'null'], format: 'uuid' },
    version: { type: ['integer', 'null'], minimum: 1, description: 'The product version this row produced.' },
    code: { type: ['string', 'null'] },
    reason: { type: ['string', 'null'] },
    data: { type: ['object', 'null'], additionalProperties: true, description: 'The kind\'s own record of the row (an import: the original cells by header); null for most.' },
  },
  additionalProperties: false,
};

const page = (items: string): JsonSchema => ({
  type: 'object',
  required: ['data', 'nextCursor'],
  properties: { data: { type: 'array', items: ref(items) }, nextCursor: { type: ['string', 'null'], description: 'Pass as `cursor` for the next page; null on the last.' } },
  additionalProperties: false,
});

const WHO = 'A job is seen by the user who started it, by its workspace\'s owners and admins, and by platform admins; to anyone else it is 404 `job_not_found`.';

const op = (spec: Omit<OperationSpec, 'tags' | 'rateLimited' | 'headers' | 'security'>): OperationSpec => ({
  ...spec,
  tags: ['jobs'],
  rateLimited: true,
  headers: ['Cache-Control'],
  security: ['bearerAuth', 'apiKey'],
});

export const jobsApiDoc: ModuleApiDoc = {
  tags: [{
    name: 'jobs',
    description: 'Background work started from the API (imports, bulk edits, their undo): its state, rows done of total, errors so far and an estimate of the time left; its rows one by one; cancel. A job survives a restart: it continues after its last committed chunk and never applies a row twice.',
  }],
  schemas: {
    Job: job,
    JobRowError: rowError,
    JobRow: jobRow,
    JobPage: page('Job'),
    JobRowPage: page('JobRow'),
  },
  operations: [
    op({
      operationId: 'listJobs', method: 'get', path: '/api/v1/jobs',
      summary: 'Your jobs, newest first',
      description: 'The jobs you started, newest first, keyset-paged. With `workspace`, that workspace\'s: all of them for its owners and admins (and platform admins), your own there for anyone else; a workspace you cannot see is 404 `workspace_not_found`. Needs products:read with an API key.',
      query: listJobsQuery,
      responses: { 200: { description: 'One page.', schema: ref('JobPage') } },
      problems: { 400: ['invalid_cursor'], 403: ['insufficient_scope'], 404: ['workspace_not_found'] },
    }),
    op({
      operationId: 'getJob', method: 'get', path: '/api/v1/jobs/:id',
      summary: 'A job: state, progress, errors so far, time left',
      description: `${WHO} Poll it while it runs. Needs products:read with an API key.`,
      params: jobIdParams,
      responses: { 200: { description: 'The job.', schema: ref('Job') } },
      problems: { 403: ['insufficient_scope'], 404: ['job_not_found'] },
    }),
    op({
      operationId: 'cancelJob', method: 'post', path: '/api/v1/jobs/:id/cancel',
      summary: 'Cancel a job',
      description: `A queued job is cancelled at once; a running one stops after its current chunk (what that chunk did is kept; nothing after it is done). Asking again answers the same; a finished job is 409 \`job_finished\`. ${WHO} Needs products:write with an API key.`,
      params: jobIdParams,
      responses: { 202: { description: 'The job, as GET answers it.', schema: ref('Job') } },
      problems: { 403: ['insufficient_scope'], 404: ['job_not_found'], 409: ['job_finished'] },
    }),
    op({
      operationId: 'listJobRows', method: 'get', path: '/api/v1/jobs/:id/rows',
      summary: 'A job\'s rows, in input order',
      description: `Each processed row with its outcome (applied, unchanged, failed, conflict, refused), its product and the version it produced, and why when it was not applied; \`outcome\` filters. ${WHO}`,
      params: jobIdParams, query: jobRowsQuery,
      responses: { 200: { description: 'One page.', schema: ref('JobRowPage') } },
      problems: { 400: ['invalid_cursor'], 403: ['insufficient_scope'], 404: ['job_not_found'] },
    }),
  ],
};
