import Joi from 'joi';
import type { JsonSchema, ModuleApiDoc, OperationSpec } from '../../../lib/openapi/index.js';
import { DELIMITERS } from './sniff.js';
import { PREVIEW_ROWS } from './intake.js';
import { IMPORT_FIELDS, mappingBody } from './mapping.js';

// What imports.routes.ts serves: the uploads and import jobs of /api/v1/workspaces/:slug/imports, and
// an import's failed rows at /api/v1/jobs/:id/failed-rows.csv. The Job schema is modules/jobs'.

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
const slug = Joi.string().max(64).required().description('The workspace\'s slug.');
const workspaceParams = Joi.object({ slug });
const uploadParams = Joi.object({ slug, id: Joi.string().guid().required().description('The upload id (a UUID).') });
const jobParams = Joi.object({ id: Joi.string().guid().required().description('The job id (a UUID).') });
const SECURITY: OperationSpec['security'] = ['bearerAuth', 'apiKey'];
const WRITE_REFUSALS = ['email_not_verified', 'insufficient_scope', 'insufficient_workspace_role'];
const MAPPING_REFUSALS = ['unknown_column', 'duplicate_mapping'];
const field: JsonSchema = { type: ['string', 'null'], enum: [...IMPORT_FIELDS, null] };

const rowError: JsonSchema = {
  type: 'object',
  required: ['field', 'column', 'code', 'message'],
  properties: {
    field: { ...field, description: 'The field concerned; null: the row as a whole (more cells than the header has).' },
    column: { type: ['string', 'null'], description: 'The column (header) concerned, when it is one.' },
    code: { type: 'string', description: '`formula_cell`, `unknown_category`, `duplicate_sku_in_file`, `column_count`, or the validation rule a product\'s create or update applies (e.g. `any.required`, `price.precision`).' },
    message: { type: 'string' },
  },
  additionalProperties: false,
};

const previewRow: JsonSchema = {
  type: 'object',
  required: ['row', 'cells', 'errors'],
  properties: {
    row: { type: 'integer', minimum: 1, description: 'Its position among the data rows (1 is the first after the header), as the job\'s rows count.' },
    cells: { type: 'object', additionalProperties: { type: 'string' }, description: 'Its cells by header.' },
    errors: { type: 'array', items: ref('ImportRowError'), description: 'What the import would refuse in it; empty: it would be imported.' },
  },
  additionalProperties: false,
};

const upload: JsonSchema = {
  type: 'object',
  required: ['id', 'filename', 'size', 'delimiter', 'rows', 'headers', 'mapping', 'preview', 'createdAt', 'expiresAt'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    filename: { type: 'string' },
    size: { type: 'integer', minimum: 1, description: 'Bytes.' },
    delimiter: { type: 'string', enum: [...DELIMITERS], description: 'As detected: comma, semicolon or tab.' },
    rows: { type: 'integer', minimum: 0, description: 'Data rows (the header excluded).' },
    headers: { type: 'array', items: { type: 'string' }, description: 'The header row, trimmed; an empty header is "Column N", a repeated one "Name (2)".' },
    mapping: { type: 'object', additionalProperties: field, description: 'Header → field (or null: left out). Proposed from the headers (case, spacing and common names: "Qty" is stock), or the one sent to preview.' },
    preview: { type: 'array', maxItems: PREVIEW_ROWS, items: ref('ImportPreviewRow'), description: `The first ${PREVIEW_ROWS} data rows under this mapping, each with its errors.` },
    createdAt: { type: 'string', format: 'date-time' },
    expiresAt: { type: 'string', format: 'date-time', description: 'When the upload is deleted, imported or not (24 hours after it was made).' },
  },
  additionalProperties: false,
};
const uploadAnswer: JsonSchema = { type: 'object', required: ['upload'], properties: { upload: ref('ImportUpload') }, additionalProperties: false };

const UPLOAD = [
  'Uploads a CSV file (multipart/form-data, field `file`) to import into the workspace: up to the server\'s IMPORT_MAX_BYTES (100 MB by default; 413 `import_too_large` as soon as it is passed), streamed to the storage as it arrives.',
  'UTF-8 (a byte order mark is fine); the delimiter (comma, semicolon or tab) is detected; quoted cells may hold delimiters, quotes and line breaks; CRLF or LF.',
  'Refused: a file that is not CSV (a picture, a workbook, JSON, binary data, one column without a SKU header: 415 `not_csv`), not UTF-8 (415 `invalid_encoding`, e.g. Windows-1252 or UTF-16), or whose CSV cannot be read (422 `malformed_csv`: a quote never closed).',
  'Nothing is written to the products: the answer proposes a mapping of the columns to fields and previews the first rows with what the import would refuse in each. Owners, admins and editors of the workspace; the upload is the uploader\'s alone, kept 24 hours.',
].join(' ');

const FIELDS = [
  `Fields: ${IMPORT_FIELDS.map((f) => `\`${f}\``).join(', ')}. Each row creates or updates the workspace's product with its SKU (ignoring case; one in the trash is not found), validated exactly as a create or an update through the API; an empty cell leaves the field as it is (a create takes its default).`,
  '`categories`: paths of names ("Kitchen > Teapots") or of slugs ("kitchen/teapots", as the export writes them), slugs or names, several separated by `|`; categories are not created. `tags`: separated by `|` or `,`. A price may use a decimal comma ("19,90").',
  'A cell that starts like a spreadsheet formula (`=`, `@`, a tab or carriage return, or `+`/`-` outside a plain number) fails its row (`formula_cell`); with an apostrophe before it (`\'=x`, as exports write it) it is imported as the text after the apostrophe.',
  'A SKU seen in an earlier row of the file fails the later rows (`duplicate_sku_in_file`). Importing the same file again changes nothing: its rows are `unchanged`.',
].join(' ');

const op = (spec: Omit<OperationSpec, 'tags' | 'rateLimited' | 'security' | 'headers'>): OperationSpec => ({
  ...spec, tags: ['imports'], rateLimited: true, security: SECURITY, headers: ['Cache-Control'],
});

export const importsApiDoc: ModuleApiDoc = {
  tags: [{ name: 'imports', description: 'CSV imports into a workspace: upload, map the columns, preview, then import as a job (modules/jobs) whose failed rows come back as CSV.' }],
  schemas: { ImportUpload: upload, ImportPreviewRow: previewRow, ImportRowError: rowError },
  operations: [
    op({
      operationId: 'uploadImport', method: 'post', path: '/api/v1/workspaces/:slug/imports',
      summary: 'Upload a CSV file to import', description: UPLOAD,
      params: workspaceParams,
      upload: {
        contentType: 'multipart/form-data',
        schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary', contentMediaType: 'text/csv', description: 'One CSV file, UTF-8.' } } },
      },
      responses: { 201: { description: 'The upload, its proposed mapping and the preview.', schema: uploadAnswer, headers: ['Location'] } },
      problems: {
        400: ['import_file_required'], 403: WRITE_REFUSALS, 404: ['workspace_not_found'], 413: ['import_too_large'],
        415: ['not_csv', 'invalid_encoding'], 422: ['malformed_csv'],
      },
    }),
    op({
      operationId: 'getImport', method: 'get', path: '/api/v1/workspaces/:slug/imports/:id',
      summary: 'An upload, with its proposed mapping and preview',
      description: 'The uploader\'s own upload (anyone else\'s, or one swept after 24 hours, is 404 `import_not_found`).',
      params: uploadParams,
      responses: { 200: { description: 'The upload.', schema: uploadAnswer } },
      problems: { 403: ['insufficient_scope'], 404: ['workspace_not_found', 'import_not_found'] },
    }),
    op({
      operationId: 'previewImport', method: 'post', path: '/api/v1/workspaces/:slug/imports/:id/preview',
      summary: 'Preview an upload under another mapping',
      description: `The upload with \`mapping\` in use: its first rows as the import would judge them, nothing written. ${FIELDS} A header the file does not have is 400 \`unknown_column\`; one field for two columns, 400 \`duplicate_mapping\`; headers left out are not imported.`,
      params: uploadParams, body: mappingBody,
      responses: { 200: { description: 'The upload under this mapping.', schema: uploadAnswer } },
      problems: { 400: MAPPING_REFUSALS, 403: ['insufficient_scope'], 404: ['workspace_not_found', 'import_not_found'] },
    }),
    op({
      operationId: 'startImport', method: 'post', path: '/api/v1/workspaces/:slug/imports/:id/start',
      summary: 'Import an upload (a job)',
      description: `Starts the import as a job of kind \`import\` (poll \`GET /api/v1/jobs/{id}\`; its \`links.failedRowsCsv\` is the failed rows as CSV). Each row succeeds or fails on its own; a job cut short by a restart continues after its last committed chunk and never applies a row twice. Product history records each write as \`import\` with the job's id. ${FIELDS} A mapping without \`sku\` is 400 \`sku_column_missing\`.`,
      params: uploadParams, body: mappingBody,
      responses: {
        202: { description: 'The job, queued.', schema: { type: 'object', required: ['job'], properties: { job: ref('Job') }, additionalProperties: false }, headers: ['Location'] },
      },
      problems: { 400: [...MAPPING_REFUSALS, 'sku_column_missing'], 403: WRITE_REFUSALS, 404: ['workspace_not_found', 'import_not_found'] },
    }),
    op({
      operationId: 'getImportFailedRows', method: 'get', path: '/api/v1/jobs/:id/failed-rows.csv',
      summary: 'The failed rows of an import, as CSV',
      description: 'The rows of an import job that failed (or conflicted), in file order: the file\'s own columns, then `reason` (a file that had a `reason` column keeps that one). Cells that start like a formula are written with an apostrophe before them. Fix them and upload the file again. Whoever may read the job may read it; any other job (or none) is 404 `job_not_found`.',
      params: jobParams,
      responses: { 200: { description: 'The CSV, streamed.', contentType: 'text/csv', schema: { type: 'string', contentMediaType: 'text/csv' } } },
      problems: { 403: ['insufficient_scope'], 404: ['job_not_found'] },
    }),
  ],
};
