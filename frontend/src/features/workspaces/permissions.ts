import type { Workspace, WorkspaceAction } from './types';

/*
 * The API decides (its one policy function); the SPA only hides what the answer in `allowed` says
 * would be refused, and still shows the refusal when the role changed meanwhile.
 */

export function can(workspace: Pick<Workspace, 'allowed'> | undefined, action: WorkspaceAction): boolean {
  return workspace?.allowed.includes(action) ?? false;
}

// A platform admin moderates workspaces they are no member of (the contract's last row of the matrix).
const MODERATOR_ACTIONS: readonly WorkspaceAction[] = ['workspace.read', 'member.list', 'product.read_drafts', 'product.update', 'product.delete'];

/** What the user may do in the workspace with this id: their membership's `allowed`, or a moderator's. */
export function allowedIn(workspaces: readonly Workspace[], workspaceId: string, isPlatformAdmin: boolean): readonly WorkspaceAction[] {
  const membership = workspaces.find((w) => w.id === workspaceId);
  if (membership) return membership.allowed;
  return isPlatformAdmin ? MODERATOR_ACTIONS : [];
}

