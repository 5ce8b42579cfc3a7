import type { PostmanFolder } from './postman-collection.js';
import { problem, save, status } from './postman-steps.js';

// The session's audit scenario: the signed-in user (the collection's accessToken) owns a new
// workspace, invites someone by link and reads the workspace's audit log, filtered and as CSV; the
// platform's whole log is for platform admins only.

const WORKSPACE = { slug: '{{auditSlug}}' };

export const auditFolder: PostmanFolder = {
  name: '9. Audit log',
  description: 'A workspace\'s owner reads its audit log (who did what, when, from where), filters it, exports it as CSV (itself recorded); the whole log is for platform admins.',
  steps: [
    {
      name: 'Create a workspace to audit',
      operationId: 'createWorkspace',
      prerequest: [save('auditSlug', '`postman-audit-${Date.now()}`')],
      body: { name: 'Postman Audit', slug: '{{auditSlug}}' },
      tests: [status(201), "pm.test('its owner may read its audit log', () => pm.expect(pm.response.json().allowed).to.include('audit.read'));"],
    },
    {
      name: 'Invite someone by link',
      operationId: 'createInvitation',
      pathVars: WORKSPACE,
      body: { role: 'viewer' },
      tests: [status(201), save('auditInvitationId', 'pm.response.json().invitation.id')],
    },
    {
      name: "Read the workspace's audit log",
      operationId: 'listWorkspaceAudit',
      pathVars: WORKSPACE,
      tests: [
        status(200),
        "pm.test('the invitation, by me, with where it came from', () => { const e = pm.response.json().data[0]; pm.expect(e.action).to.eql('invitation_created'); pm.expect(e.target).to.eql({ type: 'invitation', id: pm.collectionVariables.get('auditInvitationId') }); pm.expect(e.actor.type).to.eql('user'); pm.expect(e.requestId).to.be.a('string'); });",
      ],
    },
    {
      name: 'Filter it by action and time',
      operationId: 'listWorkspaceAudit',
      pathVars: WORKSPACE,
      query: { action: 'invitation_created,invitation_revoked', from: '2020-01-01T00:00:00Z', limit: '10' },
      tests: [status(200), "pm.test('only those actions', () => pm.expect(pm.response.json().data.every((e) => ['invitation_created', 'invitation_revoked'].includes(e.action))).to.be.true);"],
    },
    {
      name: 'Filter by an action the log does not know (400)',
      operationId: 'listWorkspaceAudit',
      pathVars: WORKSPACE,
      query: { action: 'teleported' },
      tests: problem(400, 'validation_failed'),
    },
    {
      name: 'Export it as CSV',
      operationId: 'listWorkspaceAudit',
      pathVars: WORKSPACE,
      headers: { Accept: 'text/csv' },
      tests: [
        status(200),
        "pm.test('is CSV, a header line first', () => { pm.expect(pm.response.headers.get('Content-Type')).to.match(/^text\\/csv/); pm.expect(pm.response.text().split('\\r\\n')[0]).to.match(/^at,action,/); });",
      ],
    },
    {
      name: 'The export is in the log',
      operationId: 'listWorkspaceAudit',
      pathVars: WORKSPACE,
      query: { action: 'audit_exported' },
      tests: [status(200), "pm.test('one export', () => pm.expect(pm.response.json().data).to.have.lengthOf(1));"],
    },
    { name: 'Read the whole log without being a platform admin (403)', operationId: 'listAudit', tests: problem(403, 'forbidden') },
    { name: 'Delete the audited workspace (its log stays)', operationId: 'deleteWorkspace', pathVars: WORKSPACE, query: { confirm: '{{auditSlug}}' }, tests: [status(204)] },
  ],
};

export const auditVariables: Record<string, string> = {
  auditSlug: '',
  auditInvitationId: '',
};
