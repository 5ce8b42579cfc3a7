import { inDbContext, type DbContext } from '../../lib/db-context.js';
import { notFound } from '../../lib/errors.js';
import type { Principal } from '../../lib/http/authenticate.js';
import { sessionRevoked } from '../auth/index.js';
import type { WorkspacesDeps } from './deps.js';
import type { Actor, WorkspaceRole } from './policy.js';

/** A workspace as one user sees it: with their role there (null: a platform admin who is not a member). */
export interface WorkspaceAccess {
  id: string;
  slug: string;
  name: string;
  personal: boolean;
  role: WorkspaceRole | null;
  createdAt: string;
}

// Asked on every product write and every workspace route; changes only when a membership or a
// workspace changes, and those delete it (forgetMemberships). The database checks membership on its
// own for every product row (row-level security), so a copy a moment old can widen nothing there.
const MEMBERSHIPS_TTL_SECONDS = 60;
const membershipsKey = (userId: string) => `workspaces:of:${userId}`;

interface MembershipRow {
  id: string;
  slug: string;
  name: string;
  personalOwnerId: string | null;
  role: WorkspaceRole;
  createdAt: Date;
}

/** The workspaces a user belongs to: the personal one first, then by name. */
export async function membershipsOf(deps: WorkspacesDeps, userId: string): Promise<WorkspaceAccess[]> {
  const { value } = await deps.cache.getOrSet(membershipsKey(userId), MEMBERSHIPS_TTL_SECONDS, async () => {
    const rows = await inDbContext(deps.prisma, { userId }, (tx) =>
      tx.$queryRaw<MembershipRow[]>`
        SELECT w."id", w."slug"::text AS "slug", w."name", w."personalOwnerId", m."role"::text AS "role", w."createdAt"
        FROM "Membership" m JOIN "Workspace" w ON w."id" = m."workspaceId"
        WHERE m."userId" = ${userId}::uuid
        ORDER BY (w."personalOwnerId" = m."userId") IS TRUE DESC, lower(w."name"), w."id"`,
    );
    const list: WorkspaceAccess[] = rows.map((row) => ({
      id: row.id,
      slug: row.slug,
      name: row.name,
      personal: row.personalOwnerId === userId,
      role: row.role,
      createdAt: row.createdAt.toISOString(),
    }));
    return JSON.stringify(list);
  });
  return JSON.parse(value ?? '[]') as WorkspaceAccess[];
}

/** After a change to these users' memberships (or to a workspace they are in): the next request reloads them. */
export async function forgetMemberships(deps: WorkspacesDeps, userIds: Iterable<string>): Promise<void> {
  const keys = [...new Set(userIds)].map(membershipsKey);
  if (keys.length > 0) await deps.cache.del(...keys);
}

export const isPlatformAdmin = (principal: Principal | undefined) => principal?.role === 'ADMIN';

/** The transaction context (lib/db-context.ts) for this caller: to read as them, or to write in `workspaceId`. */
export const contextOf = (principal: Principal, workspaceId?: string): DbContext => ({
  userId: principal.userId,
  platformAdmin: isPlatformAdmin(principal),
  // Product history records which key made a change (migration 20261205090000_product_history).
  apiKeyId: principal.credential.kind === 'api_key' ? principal.credential.keyId : null,
  ...(workspaceId === undefined ? {} : { workspaceId }),
});

/** The caller's standing in a workspace, for the policy (policy.ts). */
export async function actorIn(deps: WorkspacesDeps, principal: Principal | undefined, workspaceId: string): Promise<Actor> {
  if (!principal) return { role: null, platformAdmin: false };
  const memberships = await membershipsOf(deps, principal.userId);
  return { role: memberships.find((m) => m.id === workspaceId)?.role ?? null, platformAdmin: isPlatformAdmin(principal) };
}

const workspaceNotFound = () => notFound('workspace_not_found', 'No workspace of yours has this slug');

/**
 * The workspace `slug` names, if the caller may see it: a member's, or any for a platform admin.
 * Anyone else is told it does not exist, like a slug that does not.
 */
export async function resolveWorkspace(deps: WorkspacesDeps, principal: Principal, slug: string): Promise<{ workspace: WorkspaceAccess; actor: Actor }> {
  const wanted = slug.toLowerCase();
  const membership = (await membershipsOf(deps, principal.userId)).find((m) => m.slug.toLowerCase() === wanted);
  const platformAdmin = isPlatformAdmin(principal);
  if (membership) return { workspace: membership, actor: { role: membership.role, platformAdmin } };
  if (!platformAdmin) throw workspaceNotFound();
  const row = await deps.prisma.workspace.findUnique({ where: { slug: wanted }, select: { id: true, slug: true, name: true, personalOwnerId: true, createdAt: true } });
  if (!row) throw workspaceNotFound();
  return {
    workspace: { id: row.id, slug: row.slug, name: row.name, personal: row.personalOwnerId !== null, role: null, createdAt: row.createdAt.toISOString() },
    actor: { role: null, platformAdmin },
  };
}

/** The user's personal workspace (every user has one: a trigger makes it with the account). */
export async function personalWorkspaceOf(deps: WorkspacesDeps, principal: Principal): Promise<WorkspaceAccess> {
  const personal = (await membershipsOf(deps, principal.userId)).find((m) => m.personal);
  // None means the user row is gone (deleted outside the API) while the session state cached for the
  // token still says active (modules/auth/session-state.ts): a dead session, as auth answers it.
  if (!personal) throw sessionRevoked();
  return personal;
}
