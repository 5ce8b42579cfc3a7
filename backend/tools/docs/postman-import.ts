import type { PostmanFolder } from './postman-collection.js';
import { problem, save, status } from './postman-steps.js';

// The session's CSV import scenario: the signed-in user makes a workspace, uploads a small CSV (one
// row with a price that is no price), sees the preview's row error, maps a column by hand, starts
// the import, follows the job to its end, downloads the failed row, and finds the imported product.

const WORKSPACE = { slug: '{{importSlug}}' };
const BOUNDARY = 'shelfwise-postman-import';

// Semicolons and a decimal comma, as a spreadsheet in many locales saves them; "Qty" is matched to
// stock by its name, "Colour" to nothing (the start maps it to the description).
const CSV = ['SKU;Product name;Price;Currency;Qty;Colour', 'PM-IMP-1;Imported teapot;24,90;EUR;3;Red', 'PM-IMP-2;Imported kettle;not a price;EUR;1;Blue', ''].join('\r\n');

// A multipart body spelled out (lines end in CRLF, as multipart wants): the file travels in the collection.
const upload = [
  `--${BOUNDARY}`,
  'Content-Disposition: form-data; name="file"; filename="products.csv"',
  'Content-Type: text/csv',
  '',
  CSV,
  `--${BOUNDARY}--`,
  '',
].join('\r\n');

const mapping = { SKU: 'sku', 'Product name': 'name', Price: 'price', Currency: 'currency', Qty: 'stock', Colour: 'description' };

// An import of two rows takes a moment: the step waits 2 s before it asks (a client would poll).
const aMoment = ['setTimeout(() => {}, 2000);'];

export const importFolder: PostmanFolder = {
  name: '12. CSV import',
  description: 'A CSV file uploaded (streamed, sniffed, previewed with each row\'s errors), its columns mapped, then imported as a job: rows created or updated by SKU, each failing on its own, the failed rows returned as CSV.',
  steps: [
    {
      name: 'Create a workspace for the import',
      operationId: 'createWorkspace',
      prerequest: [save('importSlug', '`postman-import-${Date.now()}`')],
      body: { name: 'Postman Import', slug: '{{importSlug}}' },
      tests: [status(201)],
    },
    {
      name: 'Upload a CSV (multipart, field "file"): its columns matched and its first rows previewed',
      operationId: 'uploadImport',
      pathVars: WORKSPACE,
      raw: { contentType: `multipart/form-data; boundary=${BOUNDARY}`, text: upload },
      tests: [
        status(201),
        "pm.test('semicolons found, columns matched, the bad price named', () => { const u = pm.response.json().upload; pm.expect(u.delimiter).to.eql(';'); pm.expect(u.mapping.SKU).to.eql('sku'); pm.expect(u.mapping.Qty).to.eql('stock'); pm.expect(u.preview[1].errors.map((e) => e.field)).to.include('price'); });",
        save('importId', 'pm.response.json().upload.id'),
      ],
    },
    {
      name: 'Preview again with "Colour" mapped to the description',
      operationId: 'previewImport',
      pathVars: { ...WORKSPACE, id: '{{importId}}' },
      body: { mapping },
      tests: [status(200), "pm.test('the first row is clean', () => pm.expect(pm.response.json().upload.preview[0].errors).to.eql([]));"],
    },
    {
      name: 'Start without a SKU column (400)',
      operationId: 'startImport',
      pathVars: { ...WORKSPACE, id: '{{importId}}' },
      body: { mapping: { ...mapping, SKU: null } },
      tests: problem(400, 'sku_column_missing'),
    },
    {
      name: 'Start the import (202, a job)',
      operationId: 'startImport',
      pathVars: { ...WORKSPACE, id: '{{importId}}' },
      body: { mapping },
      tests: [status(202), "pm.test('an import job', () => pm.expect(pm.response.json().job.kind).to.eql('import'));", save('importJobId', 'pm.response.json().job.id')],
    },
    {
      name: 'The job, a moment later: one row created, one failed',
      operationId: 'getJob',
      pathVars: { id: '{{importJobId}}' },
      prerequest: aMoment,
      tests: [
        status(200),
        "pm.test('finished with its outcome', () => { const job = pm.response.json(); pm.expect(job.state).to.eql('succeeded'); pm.expect(job.result).to.include({ created: 1, failed: 1 }); pm.expect(job.errors[0].row).to.eql(2); });",
      ],
    },
    {
      name: 'The failed rows as CSV: the original columns and a reason',
      operationId: 'getImportFailedRows',
      pathVars: { id: '{{importJobId}}' },
      tests: [
        status(200),
        "pm.test('the kettle with its reason', () => { const lines = pm.response.text().split('\\r\\n'); pm.expect(lines[0]).to.eql('SKU,Product name,Price,Currency,Qty,Colour,reason'); pm.expect(lines[1]).to.match(/^PM-IMP-2,Imported kettle,not a price,/); });",
      ],
    },
    {
      name: 'The imported product, found by its name',
      operationId: 'listWorkspaceProducts',
      pathVars: WORKSPACE,
      query: { q: 'imported' },
      tests: [status(200), "pm.test('the teapot, with its stock and colour', () => { const [p] = pm.response.json().data; pm.expect(p.sku).to.eql('PM-IMP-1'); pm.expect(p.price).to.eql('24.90'); pm.expect(p.stock).to.eql(3); pm.expect(p.description).to.eql('Red'); });"],
    },
    { name: 'Delete the import workspace', operationId: 'deleteWorkspace', pathVars: WORKSPACE, query: { confirm: '{{importSlug}}' }, tests: [status(204)] },
  ],
};

export const importVariables: Record<string, string> = {
  importSlug: '',
  importId: '',
  importJobId: '',
};
