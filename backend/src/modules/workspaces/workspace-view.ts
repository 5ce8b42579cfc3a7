import type { WorkspaceAccess } from './memberships.js';
import { allowedActions, type Actor, type WorkspaceAction, type WorkspaceRole } from './policy.js';

export interface WorkspaceView {
  id: string;
  slug: string;
  name: string;
  personal: boolean;
  role: WorkspaceRole | null;
  /** What the caller may do here: the policy's answer, so clients need not copy it. */
  allowed: WorkspaceAction[];
  memberCount: number;
  createdAt: string;
}

export function toWorkspaceView(workspace: WorkspaceAccess, actor: Actor, memberCount: number): WorkspaceView {
  return {
    id: workspace.id,
    slug: workspace.slug,
    name: workspace.name,
    personal: workspace.personal,
    role: actor.role,
    allowed: allowedActions(actor),
    memberCount,
    createdAt: workspace.createdAt,
  };
}

export interface MemberView {
  userId: string;
  name: string;
  email: string;
  role: WorkspaceRole;
  joinedAt: string;
}
