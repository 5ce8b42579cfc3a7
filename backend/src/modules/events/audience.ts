import type { DomainEvent } from './outbox.js';

/** Who a stream is for, and what they may see at this point of it. */
export interface Audience {
  userId: string;
  /** A platform admin sees every workspace's events. */
  platformAdmin: boolean;
  /** The workspaces they are a member of, as of the last event the stream has passed. */
  workspaces: Set<string>;
}

/**
 * What the REST API would let the member read: a workspace's events for its members (any role:
 * every member reads its products, members and history), everything for a platform admin, and the
 * events about one's own memberships (so a removed member is told they were).
 */
export function admits(audience: Audience, event: DomainEvent): boolean {
  if (audience.platformAdmin || audience.workspaces.has(event.workspaceId)) return true;
  return event.type.startsWith('membership.') && event.subjectId === audience.userId;
}

/**
 * Follows the membership changes in the stream, in its order: from the event that adds the user
 * to a workspace on, its events are theirs; after the one that removes them (or deletes the
 * workspace), none is. Returns whether the audience changed.
 */
export function follow(audience: Audience, event: DomainEvent): boolean {
  if (event.type === 'workspace.deleted') return audience.workspaces.delete(event.workspaceId);
  if (event.subjectId !== audience.userId) return false;
  if (event.type === 'membership.created' && !audience.workspaces.has(event.workspaceId)) {
    audience.workspaces.add(event.workspaceId);
    return true;
  }
  if (event.type === 'membership.deleted') return audience.workspaces.delete(event.workspaceId);
  return false;
}
