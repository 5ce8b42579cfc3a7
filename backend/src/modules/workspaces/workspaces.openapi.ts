import type { JsonSchema, ModuleApiDoc, OperationSpec } from '../../lib/openapi/index.js';
import { WORKSPACE_ACTIONS, WORKSPACE_ROLES } from './policy.js';
import { SLUG_PATTERN } from './slug.js';
import {
  changeRoleBody,
  createInvitationBody,
  createWorkspaceBody,
  deleteWorkspaceQuery,
  invitationParams,
  invitationTokenBody,
  memberParams,
  transferBody,
  updateWorkspaceBody,
  workspaceParams,
} from './workspaces.schemas.js';

// What workspaces.routes.ts serves: /api/v1/workspaces (a session only: the builder adds 403
// session_required for an API key) and /api/v1/invitations. The workspace's products are described
// by the products module (products.openapi.ts). Every refusal by the policy is 403
// insufficient_workspace_role; a workspace the caller may not see is 404 workspace_not_found.

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
const time: JsonSchema = { type: 'string', format: 'date-time' };
const uuid: JsonSchema = { type: 'string', format: 'uuid' };
const role: JsonSchema = { type: 'string', enum: [...WORKSPACE_ROLES] };
const invitedRole: JsonSchema = { type: 'string', enum: WORKSPACE_ROLES.filter((r) => r !== 'owner') };
const slug: JsonSchema = { type: 'string', pattern: SLUG_PATTERN.source, examples: ['acme-tea'] };
const object = (properties: Record<string, JsonSchema>, description?: string): JsonSchema => ({
  type: 'object',
  required: Object.keys(properties),
  properties,
  additionalProperties: false,
  ...(description ? { description } : {}),
});
const list = (item: string) => object({ data: { type: 'array', items: ref(item) } });

const schemas: Record<string, JsonSchema> = {
  Workspace: object(
    {
      id: uuid,
      slug,
      name: { type: 'string', minLength: 1, maxLength: 100 },
      personal: { type: 'boolean', description: 'The workspace every user gets with their account: never shared, left or deleted.' },
      role: { type: ['string', 'null'], enum: [...WORKSPACE_ROLES, null], description: "The caller's role here; null for a platform admin who is not a member." },
      allowed: {
        type: 'array',
        uniqueItems: true,
        items: { type: 'string', enum: [...WORKSPACE_ACTIONS] },
        description: "The actions the caller may take here: the server's policy (see the README's role matrix), so that clients show only what will be accepted.",
      },
      memberCount: { type: 'integer', minimum: 0 },
      createdAt: time,
    },
    'A workspace as the caller sees it.',
  ),
  WorkspaceList: list('Workspace'),
  Member: object({ userId: uuid, name: { type: 'string' }, email: { type: 'string', format: 'email' }, role, joinedAt: time }),
  MemberList: list('Member'),
  Invitation: object({
    id: uuid,
    email: { type: ['string', 'null'], format: 'email', description: 'The address it was mailed to; null for a copyable link.' },
    role: invitedRole,
    createdAt: time,
    expiresAt: time,
    invitedBy: object({ id: uuid, name: { type: 'string' } }),
  }),
  InvitationList: list('Invitation'),
  CreatedInvitation: object({
    invitation: ref('Invitation'),
    url: {
      type: ['string', 'null'],
      format: 'uri',
      description: 'For an invitation without `email`: the link to hand over (PUBLIC_URL/invitations/accept?token=…), in this answer only (only its SHA-256 is stored). Null when the link was mailed.',
    },
  }),
  InvitationPreview: object(
    {
      workspace: object({ name: { type: 'string' }, slug }),
      role: invitedRole,
      email: { type: ['string', 'null'], format: 'email', description: 'Only this address may accept it; null: whoever holds the link.' },
      invitedBy: object({ name: { type: 'string' } }),
      expiresAt: time,
    },
    'What a pending invitation offers, for whoever holds its token.',
  ),
};

const op = (spec: Omit<OperationSpec, 'tags' | 'rateLimited' | 'security'> & Partial<Pick<OperationSpec, 'security'>>): OperationSpec => ({
  security: ['bearerAuth'],
  ...spec,
  tags: ['workspaces'],
  rateLimited: true,
});
const WORKSPACE = '/api/v1/workspaces/:slug';
const view = (description: string) => ({ description, schema: ref('Workspace') });
// Routes that validate their path (a slug over 64 characters, a member or invitation id that is no UUID).
const PATH_CHECKED = { 400: ['validation_failed'] };
const notFound = (...more: string[]) => ({ 404: ['workspace_not_found', ...more] });
const refused = { 403: ['insufficient_workspace_role'] };

const workspaceOperations: OperationSpec[] = [
  op({
    operationId: 'listWorkspaces', method: 'get', path: '/api/v1/workspaces',
    summary: 'List your workspaces',
    description: 'The workspaces you are a member of, each with your role and what it allows: your personal workspace first, then by name.',
    responses: { 200: { description: 'Your workspaces.', schema: ref('WorkspaceList') } },
    problems: {},
  }),
  op({
    operationId: 'createWorkspace', method: 'post', path: '/api/v1/workspaces',
    summary: 'Create a workspace',
    description: 'You become its owner. Without `slug`, one is made from the name (with a short suffix when taken). A user owns at most WORKSPACES_PER_USER_MAX workspaces besides the personal one.',
    body: createWorkspaceBody,
    responses: { 201: { ...view('The new workspace.'), headers: ['Location'] } },
    problems: { 409: ['slug_taken', 'workspace_limit_reached'] },
  }),
  op({
    operationId: 'getWorkspace', method: 'get', path: WORKSPACE,
    summary: 'Get a workspace',
    description: 'A workspace of yours (any platform admin may read any). Others answer 404, like a slug that does not exist.',
    params: workspaceParams,
    responses: { 200: view('The workspace.') },
    problems: { ...PATH_CHECKED, ...notFound() },
  }),
  op({
    operationId: 'updateWorkspace', method: 'patch', path: WORKSPACE,
    summary: 'Rename a workspace',
    description: 'Owners and admins: a new name, a new slug, or both. The old slug stops working at once.',
    params: workspaceParams, body: updateWorkspaceBody,
    responses: { 200: view('The renamed workspace.') },
    problems: { ...refused, ...notFound(), 409: ['slug_taken'] },
  }),
  op({
    operationId: 'deleteWorkspace', method: 'delete', path: WORKSPACE,
    summary: 'Delete a workspace and its products',
    description: 'Owners only. Its products, memberships and invitations go with it, so `confirm` must repeat the slug (400 `confirmation_required` otherwise). A personal workspace cannot be deleted.',
    params: workspaceParams, query: deleteWorkspaceQuery,
    notes: { query: { confirm: { description: "The workspace's slug again, to confirm." } } },
    responses: { 204: { description: 'Deleted, with its products.' } },
    problems: { 400: ['confirmation_required', 'validation_failed'], ...refused, ...notFound(), 409: ['personal_workspace'] },
  }),
  op({
    operationId: 'leaveWorkspace', method: 'post', path: `${WORKSPACE}/leave`,
    summary: 'Leave a workspace',
    description: 'Any member may leave, except the last owner (make another member an owner first) and no one their personal workspace.',
    params: workspaceParams,
    responses: { 204: { description: 'You are no longer a member.' } },
    problems: { ...PATH_CHECKED, ...refused, ...notFound(), 409: ['last_owner', 'personal_workspace'] },
  }),
  op({
    operationId: 'transferOwnership', method: 'post', path: `${WORKSPACE}/transfer-ownership`,
    summary: 'Hand the workspace over to another member',
    description: 'Owners only: the member named becomes an owner, you become an admin.',
    params: workspaceParams, body: transferBody,
    responses: { 200: view('The workspace, with your new role.') },
    problems: { 400: ['transfer_to_self'], ...refused, ...notFound('member_not_found') },
  }),
];

const MEMBER = `${WORKSPACE}/members/:userId`;
const memberOperations: OperationSpec[] = [
  op({
    operationId: 'listMembers', method: 'get', path: `${WORKSPACE}/members`,
    summary: 'List the members',
    description: 'Every member sees them: owners first, then admins, editors and viewers, by name within each.',
    params: workspaceParams,
    responses: { 200: { description: 'The members.', schema: ref('MemberList') } },
    problems: { ...PATH_CHECKED, ...notFound() },
  }),
  op({
    operationId: 'changeMemberRole', method: 'patch', path: MEMBER,
    summary: "Change a member's role",
    description: 'Owners and admins; only an owner changes an owner or makes someone one. The last owner cannot be demoted (409 `last_owner`).',
    params: memberParams, body: changeRoleBody,
    responses: { 200: { description: 'The member, with the new role.', schema: ref('Member') } },
    problems: { ...refused, ...notFound('member_not_found'), 409: ['last_owner'] },
  }),
  op({
    operationId: 'removeMember', method: 'delete', path: MEMBER,
    summary: 'Remove a member',
    description: 'Owners and admins; only an owner removes an owner, and never the last one. Removing yourself is leaving (any role may).',
    params: memberParams,
    responses: { 204: { description: 'Removed.' } },
    problems: { ...PATH_CHECKED, ...refused, ...notFound('member_not_found'), 409: ['last_owner', 'personal_workspace'] },
  }),
];

const invitationOperations: OperationSpec[] = [
  op({
    operationId: 'listInvitations', method: 'get', path: `${WORKSPACE}/invitations`,
    summary: 'List pending invitations',
    description: 'Owners and admins. Pending only (not accepted, revoked or expired), newest first; never a token.',
    params: workspaceParams,
    responses: { 200: { description: 'The pending invitations.', schema: ref('InvitationList') } },
    problems: { ...PATH_CHECKED, ...refused, ...notFound() },
  }),
  op({
    operationId: 'createInvitation', method: 'post', path: `${WORKSPACE}/invitations`,
    summary: 'Invite someone',
    description: [
      'Owners and admins. With `email`, the link is mailed there (and replaces an earlier invitation to that address) and only that address may accept it;',
      'without, the answer holds a copyable link, shown once. Either is single-use and expires after INVITATION_TTL_SECONDS.',
      'Needs a confirmed email address (unless UNVERIFIED_USERS_MAY_WRITE). Nobody is invited as an owner. Members and pending invitations together stay within WORKSPACE_MEMBERS_MAX; a workspace sends at most INVITATIONS_PER_HOUR.',
    ].join(' '),
    params: workspaceParams, body: createInvitationBody,
    responses: { 201: { description: 'The invitation, and its link when it was not mailed.', schema: ref('CreatedInvitation') } },
    problems: { ...refused, 403: [...refused[403], 'email_not_verified'], ...notFound(), 409: ['already_member', 'member_limit_reached', 'personal_workspace'], 429: ['invitation_rate_limited'] },
  }),
  op({
    operationId: 'revokeInvitation', method: 'delete', path: `${WORKSPACE}/invitations/:id`,
    summary: 'Revoke an invitation',
    description: 'Owners and admins. Its link stops working at once.',
    params: invitationParams,
    responses: { 204: { description: 'Revoked.' } },
    problems: { ...PATH_CHECKED, ...refused, ...notFound('invitation_not_found') },
  }),
  op({
    operationId: 'lookupInvitation', method: 'post', path: '/api/v1/invitations/lookup',
    summary: 'See what an invitation offers',
    description: 'No sign-in needed: whoever holds the token (from the link) learns the workspace, the role and who invited them, to decide whether to sign in or register and accept.',
    security: [], body: invitationTokenBody,
    responses: { 200: { description: 'The invitation.', schema: ref('InvitationPreview') } },
    problems: { 404: ['invitation_invalid'] },
  }),
  op({
    operationId: 'acceptInvitation', method: 'post', path: '/api/v1/invitations/accept',
    summary: 'Accept an invitation',
    description: 'Joins the workspace with the invitation\'s role and spends the invitation. An invitation mailed to an address is accepted only by the account with that address. Unknown, used, revoked and expired tokens are all 404 `invitation_invalid`.',
    body: invitationTokenBody,
    responses: { 200: view('The workspace joined.') },
    problems: { 403: ['invitation_for_another_address'], 404: ['invitation_invalid'], 409: ['already_member', 'member_limit_reached'] },
  }),
];

export const workspacesApiDoc: ModuleApiDoc = {
  tags: [{
    name: 'workspaces',
    description: 'Workspaces share a catalogue among their members, each with a role (owner, admin, editor, viewer); every user also has a personal one. Managed with a session only. Their products: the products tag, under /api/v1/workspaces/{slug}/products.',
  }],
  schemas,
  operations: [...workspaceOperations, ...memberOperations, ...invitationOperations],
};
