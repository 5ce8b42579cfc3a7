import type { PostmanFolder } from './postman-collection.js';
import { linkSaved, problem, save, status } from './postman-steps.js';

// The session's workspace scenario: the signed-in user (the collection's accessToken) creates a
// workspace and invites a second person by email; that person registers, accepts and edits the
// workspace's product with their own token (memberToken); the owner manages the members.

const asMember = { Authorization: 'Bearer {{memberToken}}' };
const WORKSPACE = { slug: '{{workspaceSlug}}' };
const PRODUCT = { slug: '{{workspaceSlug}}', id: '{{workspaceProductId}}' };

export const workspaceFolder: PostmanFolder = {
  name: '7. Workspaces',
  description: 'Share a catalogue: create a workspace, invite a second member by email (the link read in the mail catcher), who registers, accepts and edits its product; then list the members and change a role.',
  steps: [
    {
      name: 'Create a workspace',
      operationId: 'createWorkspace',
      prerequest: [save('workspaceSlug', '`postman-tea-${Date.now()}`')],
      body: { name: 'Postman Tea', slug: '{{workspaceSlug}}' },
      tests: [
        status(201),
        "pm.test('you are its owner, allowed everything', () => { const b = pm.response.json(); pm.expect(b.role).to.eql('owner'); pm.expect(b.allowed).to.include.members(['member.invite', 'workspace.delete']); });",
      ],
    },
    {
      name: 'List my workspaces',
      operationId: 'listWorkspaces',
      tests: [
        status(200),
        "pm.test('the personal one first, then this one', () => { const d = pm.response.json().data; pm.expect(d[0].personal).to.be.true; pm.expect(d.map((w) => w.slug)).to.include(pm.collectionVariables.get('workspaceSlug')); });",
      ],
    },
    {
      name: 'Create a draft in the workspace',
      operationId: 'createWorkspaceProduct',
      pathVars: WORKSPACE,
      body: { name: 'Tea tin', sku: 'TIN-001', price: '12.50', stock: 40, status: 'draft' },
      tests: [status(201), save('workspaceProductId', 'pm.response.json().id')],
    },
    {
      name: 'Register the second member',
      operationId: 'register',
      anonymous: true,
      prerequest: [save('memberEmail', "`postman-member-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`")],
      body: { email: '{{memberEmail}}', password: '{{password}}', name: 'Postman Editor' },
      tests: [status(202)],
    },
    {
      name: "Read the member's confirmation email (mail catcher)",
      outside: { url: '{{mailUrl}}/api/messages?to={{memberEmail}}&subject=confirm&wait=10', description: 'The development stack\'s mail catcher, not the API.' },
      tests: [status(200), ...linkSaved('memberVerifyToken', 'verify-email', 'Confirm your email address')],
    },
    { name: "Confirm the member's address", operationId: 'verifyEmail', anonymous: true, body: { token: '{{memberVerifyToken}}' }, tests: [status(200)] },
    {
      name: 'Invite the member by email, as an editor',
      operationId: 'createInvitation',
      pathVars: WORKSPACE,
      body: { email: '{{memberEmail}}', role: 'editor' },
      tests: [status(201), "pm.test('mailed, so no link in the answer', () => pm.expect(pm.response.json().url).to.eql(null));"],
    },
    {
      name: 'Read the invitation email (mail catcher)',
      outside: { url: '{{mailUrl}}/api/messages?to={{memberEmail}}&subject=invited&wait=10', description: 'The development stack\'s mail catcher, not the API.' },
      tests: [status(200), ...linkSaved('invitationToken', 'accept', 'Postman User invited you')],
    },
    {
      name: 'Look up the invitation (no sign-in)',
      operationId: 'lookupInvitation',
      anonymous: true,
      body: { token: '{{invitationToken}}' },
      tests: [status(200), "pm.test('names the workspace and the role', () => { const b = pm.response.json(); pm.expect(b.workspace.slug).to.eql(pm.collectionVariables.get('workspaceSlug')); pm.expect(b.role).to.eql('editor'); });"],
    },
    {
      name: 'Log in as the member',
      operationId: 'login',
      anonymous: true,
      body: { email: '{{memberEmail}}', password: '{{password}}' },
      tests: [status(200), save('memberToken', 'pm.response.json().accessToken'), save('memberId', 'pm.response.json().user.id')],
    },
    {
      name: 'Accept the invitation (as the member)',
      operationId: 'acceptInvitation',
      anonymous: true,
      headers: asMember,
      body: { token: '{{invitationToken}}' },
      tests: [status(200), "pm.test('an editor now', () => { const b = pm.response.json(); pm.expect(b.role).to.eql('editor'); pm.expect(b.memberCount).to.eql(2); });"],
    },
    { name: 'Accept the same link again (404)', operationId: 'acceptInvitation', anonymous: true, headers: asMember, body: { token: '{{invitationToken}}' }, tests: problem(404, 'invitation_invalid') },
    {
      name: "The member reads the workspace's draft",
      operationId: 'getWorkspaceProduct',
      anonymous: true,
      headers: asMember,
      pathVars: PRODUCT,
      tests: [status(200), save('workspaceEtag', "pm.response.headers.get('ETag')")],
    },
    {
      name: 'The member edits it (If-Match)',
      operationId: 'updateWorkspaceProduct',
      anonymous: true,
      headers: { ...asMember, 'If-Match': '{{workspaceEtag}}' },
      pathVars: PRODUCT,
      body: { stock: 36, status: 'active' },
      tests: [status(200), "pm.test('changed, by a member who did not create it', () => { const b = pm.response.json(); pm.expect(b.stock).to.eql(36); pm.expect(b.ownerId).not.to.eql(pm.collectionVariables.get('memberId')); });"],
    },
    {
      name: 'List the members',
      operationId: 'listMembers',
      pathVars: WORKSPACE,
      tests: [status(200), "pm.test('the owner, then the editor', () => pm.expect(pm.response.json().data.map((m) => m.role)).to.eql(['owner', 'editor']));"],
    },
    {
      name: 'Make the member a viewer',
      operationId: 'changeMemberRole',
      pathVars: { slug: '{{workspaceSlug}}', userId: '{{memberId}}' },
      body: { role: 'viewer' },
      tests: [status(200), "pm.test('a viewer now', () => pm.expect(pm.response.json().role).to.eql('viewer'));"],
    },
    {
      name: 'The viewer tries to edit (403)',
      operationId: 'updateWorkspaceProduct',
      anonymous: true,
      headers: asMember,
      pathVars: PRODUCT,
      body: { stock: 1 },
      tests: problem(403, 'insufficient_workspace_role'),
    },
    { name: 'The last owner tries to leave (409)', operationId: 'leaveWorkspace', pathVars: WORKSPACE, tests: problem(409, 'last_owner') },
    { name: 'Delete without confirming (400)', operationId: 'deleteWorkspace', pathVars: WORKSPACE, tests: problem(400, 'confirmation_required') },
    { name: 'Delete the workspace, repeating its slug', operationId: 'deleteWorkspace', pathVars: WORKSPACE, query: { confirm: '{{workspaceSlug}}' }, tests: [status(204)] },
    { name: 'Its product went with it (404)', operationId: 'getProduct', pathVars: { id: '{{workspaceProductId}}' }, tests: problem(404, 'product_not_found') },
  ],
};

export const workspaceVariables: Record<string, string> = {
  workspaceSlug: '',
  workspaceProductId: '',
  workspaceEtag: '',
  memberEmail: '',
  memberVerifyToken: '',
  invitationToken: '',
  memberToken: '',
  memberId: '',
};
