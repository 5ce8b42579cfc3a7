import type { PostmanFolder } from './postman-collection.js';
import { problem, save, status } from './postman-steps.js';

// The session's bulk edit scenario: the signed-in user makes a workspace with two drafts, publishes
// both in one bulk edit (a job), follows the job to its end, reads its rows, undoes it and follows
// the undo; a finished job cannot be cancelled.

const WORKSPACE = { slug: '{{bulkSlug}}' };

// A bulk edit of two products takes a moment: the step waits 2 s before it asks (a client would
// poll; the collection runs each request once).
const aMoment = ['setTimeout(() => {}, 2000);'];
const finished = [
  status(200),
  "pm.test('finished and succeeded, every row done', () => { const job = pm.response.json(); pm.expect(job.state).to.eql('succeeded'); pm.expect(job.done).to.eql(job.total); pm.expect(job.percent).to.eql(100); });",
];

export const bulkFolder: PostmanFolder = {
  name: '11. Bulk edit and jobs',
  description: 'Many products changed at once as a job (each guarded by its version), its progress and rows, and its undo.',
  steps: [
    {
      name: 'Create a workspace for the bulk edit',
      operationId: 'createWorkspace',
      prerequest: [save('bulkSlug', '`postman-bulk-${Date.now()}`')],
      body: { name: 'Postman Bulk', slug: '{{bulkSlug}}' },
      tests: [status(201)],
    },
    {
      name: 'A first draft',
      operationId: 'createWorkspaceProduct',
      pathVars: WORKSPACE,
      body: { name: 'Bulk teapot', sku: 'BULK-1', price: '20.00', status: 'draft' },
      tests: [status(201), save('bulkFirst', 'pm.response.json().id')],
    },
    {
      name: 'A second draft',
      operationId: 'createWorkspaceProduct',
      pathVars: WORKSPACE,
      body: { name: 'Bulk kettle', sku: 'BULK-2', price: '30.00', status: 'draft' },
      tests: [status(201), save('bulkSecond', 'pm.response.json().id')],
    },
    {
      name: 'Publish every draft of the workspace in one bulk edit (202, a job)',
      operationId: 'bulkEditWorkspaceProducts',
      pathVars: WORKSPACE,
      body: { selection: { filter: { status: 'draft' } }, action: { type: 'set_status', status: 'active' } },
      tests: [
        status(202),
        "pm.test('a bulk edit of both drafts', () => { const job = pm.response.json().job; pm.expect(job.kind).to.eql('bulk_edit'); pm.expect(job.total).to.eql(2); });",
        save('bulkJobId', 'pm.response.json().job.id'),
      ],
    },
    { name: 'The job, a moment later: finished', operationId: 'getJob', pathVars: { id: '{{bulkJobId}}' }, prerequest: aMoment, tests: finished },
    {
      name: 'Its rows: both applied',
      operationId: 'listJobRows',
      pathVars: { id: '{{bulkJobId}}' },
      tests: [status(200), "pm.test('two rows, applied', () => pm.expect(pm.response.json().data.map((r) => r.outcome)).to.eql(['applied', 'applied']));"],
    },
    {
      name: 'My jobs in the workspace',
      operationId: 'listJobs',
      query: { workspace: '{{bulkSlug}}' },
      tests: [status(200), "pm.test('the bulk edit is there', () => pm.expect(pm.response.json().data[0].id).to.eql(pm.collectionVariables.get('bulkJobId')));"],
    },
    { name: 'Cancel the finished job (409)', operationId: 'cancelJob', pathVars: { id: '{{bulkJobId}}' }, tests: problem(409, 'job_finished') },
    {
      name: 'Undo the bulk edit (202, a job)',
      operationId: 'undoBulkEdit',
      pathVars: { id: '{{bulkJobId}}' },
      tests: [status(202), save('bulkUndoId', 'pm.response.json().job.id')],
    },
    { name: 'The undo, a moment later: finished', operationId: 'getJob', pathVars: { id: '{{bulkUndoId}}' }, prerequest: aMoment, tests: finished },
    {
      name: 'The first product is a draft again',
      operationId: 'getWorkspaceProduct',
      pathVars: { ...WORKSPACE, id: '{{bulkFirst}}' },
      tests: [status(200), "pm.test('back to draft, a new version', () => { pm.expect(pm.response.json().status).to.eql('draft'); pm.expect(pm.response.json().version).to.eql(3); });"],
    },
    { name: 'Delete the bulk workspace', operationId: 'deleteWorkspace', pathVars: WORKSPACE, query: { confirm: '{{bulkSlug}}' }, tests: [status(204)] },
  ],
};

export const bulkVariables: Record<string, string> = {
  bulkSlug: '',
  bulkFirst: '',
  bulkSecond: '',
  bulkJobId: '',
  bulkUndoId: '',
};
