import type { components } from '../../lib/api/schema';

/** A workspace as the caller sees it; `allowed` is the API's policy answer for the caller. */
export type Workspace = components['schemas']['Workspace'];
export type WorkspaceRole = NonNullable<Workspace['role']>;
export type WorkspaceAction = Workspace['allowed'][number];
export type WorkspaceList = components['schemas']['WorkspaceList'];
export type CreateWorkspaceRequest = components['schemas']['CreateWorkspaceRequest'];
export type UpdateWorkspaceRequest = components['schemas']['UpdateWorkspaceRequest'];
export type Member = components['schemas']['Member'];
export type MemberList = components['schemas']['MemberList'];
/** `email` null: a link invitation, which anyone holding the link may accept once. */
export type Invitation = components['schemas']['Invitation'];
export type InvitationList = components['schemas']['InvitationList'];
/** `url` is the link of a link invitation, in this answer only. */
export type CreatedInvitation = components['schemas']['CreatedInvitation'];
export type InvitationLookup = components['schemas']['InvitationPreview'];

export const ROLE_LABELS: Record<WorkspaceRole, string> = { owner: 'Owner', admin: 'Admin', editor: 'Editor', viewer: 'Viewer' };

/** The roles an invitation may give (never owner: ownership is transferred). */
export const INVITABLE_ROLES: ReadonlyArray<Invitation['role']> = ['admin', 'editor', 'viewer'];

// The API's rule for a slug (workspaces.schemas.ts): lowercase letters, digits, inner hyphens, at most 48.
export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$/;
export const NAME_MAX = 100;
