/*
 * The workspaces API (backend/src/modules/workspaces). Typed by hand from the contract until the
 * backend's OpenAPI document describes it; then these become aliases of lib/api/schema.d.ts like
 * features/products/types.ts.
 */

export type WorkspaceRole = 'owner' | 'admin' | 'editor' | 'viewer';

/** What the policy may allow the caller in one workspace (WorkspaceView.allowed). */
export type WorkspaceAction =
  | 'workspace.read'
  | 'workspace.rename'
  | 'workspace.delete'
  | 'workspace.leave'
  | 'member.list'
  | 'member.invite'
  | 'member.change_role'
  | 'member.remove'
  | 'ownership.transfer'
  | 'invitation.list'
  | 'invitation.revoke'
  | 'product.read_drafts'
  | 'product.create'
  | 'product.update'
  | 'product.delete';

export interface Workspace {
  id: string;
  slug: string;
  name: string;
  personal: boolean;
  /** Null for a platform admin looking at a workspace they are no member of. */
  role: WorkspaceRole | null;
  allowed: WorkspaceAction[];
  memberCount: number;
  createdAt: string;
}

export interface Member {
  userId: string;
  name: string;
  email: string;
  role: WorkspaceRole;
  joinedAt: string;
}

export interface Invitation {
  id: string;
  /** Null for a link invitation, which anyone holding the link may accept once. */
  email: string | null;
  role: Exclude<WorkspaceRole, 'owner'>;
  createdAt: string;
  expiresAt: string;
  invitedBy: { id: string; name: string };
}

export interface CreatedInvitation {
  invitation: Invitation;
  /** The link, for a link invitation only, and only in this answer. */
  url: string | null;
}

export interface InvitationLookup {
  workspace: { name: string; slug: string };
  role: Invitation['role'];
  email: string | null;
  invitedBy: { name: string };
  expiresAt: string;
}

export const ROLE_LABELS: Record<WorkspaceRole, string> = { owner: 'Owner', admin: 'Admin', editor: 'Editor', viewer: 'Viewer' };

/** The roles an invitation may give (never owner: ownership is transferred). */
export const INVITABLE_ROLES: ReadonlyArray<Invitation['role']> = ['admin', 'editor', 'viewer'];

// The API's rule for a slug (workspaces.schemas.ts): lowercase letters, digits, inner hyphens, at most 48.
export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$/;
export const NAME_MAX = 100;
