import { conflict, notFound } from '../../lib/errors.js';
import type { Principal, Role } from '../../lib/http/authenticate.js';
import { actorOf, recordAudit } from '../audit/index.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import type { AuthDeps } from './deps.js';
import { userSortSpec } from './user-sort.js';
import { forgetUserStates } from './user-states.js';
import { publicUserSelect, toPublicUser, type PublicUser, type PublicUserRow } from './user-view.js';
import { listUsersSql, userSortValue } from './users.query.js';
import type { ListUsersQuery } from './users.schemas.js';

export interface UserPage {
  data: PublicUser[];
  nextCursor: string | null;
}

/** Searched, filtered by ids and ordered as asked (newest first by default); keyset-paginated in every order. */
export async function listUsers(deps: AuthDeps, query: ListUsersQuery): Promise<UserPage> {
  const sort = userSortSpec(query.sort);
  const after = query.cursor ? decodeCursor(query.cursor, query.sort) : null;
  const rows = await deps.prisma.$queryRaw<PublicUserRow[]>(listUsersSql({ q: query.q, ids: query.ids }, sort, after, query.limit + 1));
  const data = rows.slice(0, query.limit).map(toPublicUser);
  const last = data.at(-1);
  const nextCursor = rows.length > query.limit && last ? encodeCursor({ sort: query.sort, value: userSortValue(last, sort.key), id: last.id }) : null;
  return { data, nextCursor };
}

/**
 * Changes a user's role. The admin rows are locked first, so two admins demoting themselves (or
 * each other) at the same moment cannot leave the system with none.
 */
export async function changeRole(deps: AuthDeps, actor: Principal, userId: string, role: Role): Promise<PublicUser> {
  const user = await deps.prisma.$transaction(async (tx) => {
    const admins = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "User" WHERE role = 'ADMIN' FOR UPDATE`;
    const target = await tx.user.findUnique({ where: { id: userId }, select: { role: true } });
    if (!target) throw notFound('user_not_found', 'No user has this id');
    if (target.role === 'ADMIN' && role !== 'ADMIN' && admins.length <= 1) {
      throw conflict('last_admin', 'The last admin cannot be demoted; promote another user first');
    }
    const updated = toPublicUser(await tx.user.update({ where: { id: userId }, data: { role }, select: publicUserSelect }));
    if (target.role !== role) {
      await recordAudit(tx, { action: 'user_role_changed', actor: actorOf(actor), target: { type: 'user', id: userId }, detail: { from: target.role, to: role } });
    }
    return updated;
  });
  // Roles are read from the cached session and key states: drop them so the change applies to the next request.
  await forgetUserStates(deps, userId);
  deps.logger.info({ event: 'role_changed', userId, role, by: actor.userId }, 'user role changed');
  return user;
}
