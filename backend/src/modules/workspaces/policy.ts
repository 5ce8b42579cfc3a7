import { AppError } from '../../lib/errors.js';

// Who may do what in a workspace: the one place that decides it. Every service asks here before it
// acts (and the database's row-level security refuses product writes of anyone else anyway).

export const WORKSPACE_ROLES = ['owner', 'admin', 'editor', 'viewer'] as const;
export type WorkspaceRole = (typeof WORKSPACE_ROLES)[number];

export const WORKSPACE_ACTIONS = [
  'workspace.read',
  'workspace.rename',
  'workspace.delete',
  'workspace.leave',
  'member.list',
  'member.invite',
  'member.change_role',
  'member.remove',
  'ownership.transfer',
  'invitation.list',
  'invitation.revoke',
  'product.read_drafts',
  'product.create',
  'product.update',
  'product.delete',
  'audit.read',
  'webhook.manage',
] as const;
export type WorkspaceAction = (typeof WORKSPACE_ACTIONS)[number];

/** Who is acting: their role in this workspace (null: not a member) and whether they are a platform admin. */
export interface Actor {
  role: WorkspaceRole | null;
  platformAdmin: boolean;
}

/** For actions on a member: their role now and, for a role change, the role they would get. */
export interface MemberTarget {
  role: WorkspaceRole;
  newRole?: WorkspaceRole;
}

const everyone: readonly WorkspaceAction[] = ['workspace.read', 'workspace.leave', 'member.list', 'product.read_drafts'];
const editing: readonly WorkspaceAction[] = ['product.create', 'product.update', 'product.delete'];
const managing: readonly WorkspaceAction[] = [
  'workspace.rename', 'member.invite', 'member.change_role', 'member.remove', 'invitation.list', 'invitation.revoke',
  // Its webhooks send the workspace's changes elsewhere, signed with a secret only managers see.
  'webhook.manage',
];

const GRANTS: Record<WorkspaceRole, ReadonlySet<WorkspaceAction>> = {
  owner: new Set(WORKSPACE_ACTIONS),
  admin: new Set([...everyone, ...editing, ...managing]),
  editor: new Set([...everyone, ...editing]),
  viewer: new Set(everyone),
};

/** A platform admin who is not a member moderates: reads everything, corrects or removes products. */
const MODERATION: ReadonlySet<WorkspaceAction> = new Set([
  'workspace.read', 'member.list', 'product.read_drafts', 'product.update', 'product.delete', 'audit.read',
  // A webhook that leaks or floods is stopped by whoever runs the platform.
  'webhook.manage',
]);

/** Whether `actor` may take `action` (on `target`, for actions on a member). */
export function isAllowed(actor: Actor, action: WorkspaceAction, target?: MemberTarget): boolean {
  const granted = (actor.role !== null && GRANTS[actor.role].has(action)) || (actor.platformAdmin && MODERATION.has(action));
  if (!granted) return false;
  // Owners are changed and made by owners only: an admin runs the members, not the owners.
  if (target && (action === 'member.change_role' || action === 'member.remove')) {
    const touchesOwner = target.role === 'owner' || target.newRole === 'owner';
    if (touchesOwner && actor.role !== 'owner') return false;
  }
  return true;
}

/** Every action `actor` may take here (targets aside): what the SPA shows controls for. */
export function allowedActions(actor: Actor): WorkspaceAction[] {
  return WORKSPACE_ACTIONS.filter((action) => isAllowed(actor, action));
}

/** Throws 403 insufficient_workspace_role unless `actor` may take `action`. */
export function assertAllowed(actor: Actor, action: WorkspaceAction, target?: MemberTarget): void {
  if (isAllowed(actor, action, target)) return;
  const who = actor.role === null ? 'You are not a member of this workspace and' : `Your role in this workspace (${actor.role})`;
  const aboutOwner = actor.role !== null && (target?.role === 'owner' || target?.newRole === 'owner');
  const what = aboutOwner ? (target?.newRole === 'owner' ? 'make someone an owner' : `${action === 'member.remove' ? 'remove' : 'change the role of'} an owner`) : DESCRIPTIONS[action];
  throw new AppError(403, 'insufficient_workspace_role', `${who} cannot ${what}`, { extensions: { action, role: actor.role } });
}

const DESCRIPTIONS: Record<WorkspaceAction, string> = {
  'workspace.read': 'see this workspace',
  'workspace.rename': 'rename this workspace',
  'workspace.delete': 'delete this workspace',
  'workspace.leave': 'leave this workspace',
  'member.list': 'see the members',
  'member.invite': 'invite members',
  'member.change_role': "change members' roles",
  'member.remove': 'remove members',
  'ownership.transfer': 'transfer ownership',
  'invitation.list': 'see the invitations',
  'invitation.revoke': 'revoke invitations',
  'product.read_drafts': 'see unpublished products',
  'product.create': 'create products',
  'product.update': 'change products',
  'product.delete': 'delete products',
  'audit.read': "read the workspace's audit log",
  'webhook.manage': "manage the workspace's webhooks",
};
