import type { AuditAction, AuditTargetType } from './actions.js';

/** One entry as the API answers it. */
export interface AuditEntry {
  id: string;
  at: string;
  action: AuditAction;
  actor: { type: 'user' | 'apiKey' | 'system'; id: string | null; userId: string | null; name: string | null };
  target: { type: AuditTargetType; id: string | null };
  workspaceId: string | null;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
  detail: Record<string, unknown>;
}

export interface AuditRow {
  id: string;
  at: Date;
  action: string;
  actorUserId: string | null;
  actorApiKeyId: string | null;
  targetType: string;
  targetId: string | null;
  workspaceId: string | null;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
  detail: unknown;
}

/** Names of the users and keys that acted, by id (a user's name, or their email when it is empty). */
export interface ActorNames {
  users: Map<string, string>;
  apiKeys: Map<string, string>;
}

export function toAuditEntry(row: AuditRow, names: ActorNames): AuditEntry {
  const actor: AuditEntry['actor'] = row.actorApiKeyId
    ? { type: 'apiKey', id: row.actorApiKeyId, userId: row.actorUserId, name: names.apiKeys.get(row.actorApiKeyId) ?? null }
    : row.actorUserId
      ? { type: 'user', id: row.actorUserId, userId: row.actorUserId, name: names.users.get(row.actorUserId) ?? null }
      : { type: 'system', id: null, userId: null, name: null };
  return {
    id: row.id,
    at: row.at.toISOString(),
    action: row.action as AuditAction,
    actor,
    target: { type: row.targetType as AuditTargetType, id: row.targetId },
    workspaceId: row.workspaceId,
    ip: row.ip,
    userAgent: row.userAgent,
    requestId: row.requestId,
    detail: (row.detail ?? {}) as Record<string, unknown>,
  };
}

export const CSV_HEADER = ['at', 'action', 'actor_type', 'actor_id', 'actor_user_id', 'actor_name', 'target_type', 'target_id', 'workspace_id', 'ip', 'user_agent', 'request_id', 'detail'];

export function csvCells(entry: AuditEntry): Array<string | null> {
  return [
    entry.at, entry.action, entry.actor.type, entry.actor.id, entry.actor.userId, entry.actor.name,
    entry.target.type, entry.target.id, entry.workspaceId, entry.ip, entry.userAgent, entry.requestId,
    JSON.stringify(entry.detail),
  ];
}
