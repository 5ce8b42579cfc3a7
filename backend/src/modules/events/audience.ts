import { maySeeJob } from '../jobs/index.js';
import type { Actor } from '../workspaces/index.js';
import type { DomainEvent } from './outbox.js';

/** Who a stream is for, and what they may see at this point of it. */
export interface Audience {
  userId: string;
  /** A platform admin sees every workspace's events. */
  platformAdmin: boolean;
  /** The workspaces they are a member of and their role there, as of the last event the stream has passed. */
  workspaces: Map<string, Actor['role']>;
}

/**
 * What the REST API would let the member read: a workspace's events for its members (any role:
 * every member reads its products, members and history), everything for a platform admin, and the
 * events about one's own memberships (so a removed member is told they were). A job's events go to
 * whom the jobs API shows the job (modules/jobs/access.ts): its owner, the workspace's owners and
 * admins, platform admins.
 */
export function admits(audience: Audience, event: DomainEvent): boolean {
  if (event.type.startsWith('job.')) {
    const actor: Actor = { platformAdmin: audience.platformAdmin, role: audience.workspaces.get(event.workspaceId) ?? null };
    return maySeeJob(audience.userId, actor, { ownerId: typeof event.payload.ownerId === 'string' ? event.payload.ownerId : null });
  }
  if (audience.platformAdmin || audience.workspaces.has(event.workspaceId)) return true;
  return event.type.startsWith('membership.') && event.subjectId === audience.userId;
}

/**
 * Follows the membership changes in the stream, in its order: from the event that adds the user
 * to a workspace on, its events are theirs; after the one that removes them (or deletes the
 * workspace), none is; a role changed changes which jobs they see. Returns whether the audience changed.
 */
export function follow(audience: Audience, event: DomainEvent): boolean {
  if (event.type === 'workspace.deleted') return audience.workspaces.delete(event.workspaceId);
  if (event.subjectId !== audience.userId) return false;
  if (event.type === 'membership.created' || event.type === 'membership.updated') {
    const role = roleIn(event);
    // A membership's role is never null, so an absent workspace (undefined) always differs.
    if (audience.workspaces.get(event.workspaceId) === role) return false;
    audience.workspaces.set(event.workspaceId, role);
    return true;
  }
  if (event.type === 'membership.deleted') return audience.workspaces.delete(event.workspaceId);
  return false;
}

const roleIn = (event: DomainEvent): Actor['role'] => (event.payload.role ?? null) as Actor['role'];
