import { conflict, notFound } from '../../lib/errors.js';
import type { Principal } from '../../lib/http/authenticate.js';
import { revokeApiKeys } from './api-keys.service.js';
import { actorOf, recordAudit } from '../audit/index.js';
import type { AuthDeps } from './deps.js';
import { revokeSessions } from './sessions.js';
import { publicUserSelect, toPublicUser, type PublicUser } from './user-view.js';

const userNotFound = () => notFound('user_not_found', 'No user has this id');

/**
 * Deactivates an account: it can no longer sign in (403 account_deactivated), and every session and
 * API key it has ends at once on every instance (the database first, then the shared cache).
 * The admin rows are locked first, as for role changes, so two admins deactivating each other at
 * the same moment cannot leave the system without an active admin. Deactivating a deactivated
 * user changes nothing but still ends anything left active (a retry after a failure does finish).
 */
export async function deactivateUser(deps: AuthDeps, actor: Principal, userId: string): Promise<PublicUser> {
  if (userId === actor.userId) throw conflict('cannot_deactivate_self', 'You cannot deactivate your own account; ask another admin');
  const { user, changed } = await deps.prisma.$transaction(async (tx) => {
    const activeAdmins = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "User" WHERE role = 'ADMIN' AND "deactivatedAt" IS NULL FOR UPDATE`;
    const target = await tx.user.findUnique({ where: { id: userId }, select: { role: true, deactivatedAt: true } });
    if (!target) throw userNotFound();
    if (target.deactivatedAt) return { user: await tx.user.findUniqueOrThrow({ where: { id: userId }, select: publicUserSelect }), changed: false };
    if (target.role === 'ADMIN' && activeAdmins.filter((a) => a.id !== userId).length === 0) {
      throw conflict('last_admin', 'The last active admin cannot be deactivated');
    }
    const updated = await tx.user.update({ where: { id: userId }, data: { deactivatedAt: new Date() }, select: publicUserSelect });
    await recordAudit(tx, { action: 'user_deactivated', actor: actorOf(actor), target: { type: 'user', id: userId } });
    return { user: updated, changed: true };
  });
  const sessions = await revokeSessions(deps, { userId }, 'account_deactivated');
  const keys = await revokeApiKeys(deps, userId, 'account_deactivated');
  // An admin's revocation of the account's sessions and keys: its own entry, with what ended.
  if (sessions.length + keys > 0) {
    await recordAudit(deps.prisma, { action: 'sessions_revoked', actor: actorOf(actor), target: { type: 'user', id: userId }, detail: { reason: 'account_deactivated', sessions: sessions.length, apiKeys: keys } });
  }
  if (changed) {
    deps.logger.info({ event: 'user_deactivated', userId, by: actor.userId, sessions: sessions.length, apiKeys: keys }, 'user deactivated');
  }
  return toPublicUser(user);
}

/** Lets the account sign in again. Its old sessions and keys stay revoked: it starts afresh. */
export async function reactivateUser(deps: AuthDeps, actor: Principal, userId: string): Promise<PublicUser> {
  const user = await deps.prisma.$transaction(async (tx) => {
    const target = await tx.user.findUnique({ where: { id: userId }, select: { deactivatedAt: true } });
    if (!target) throw userNotFound();
    if (!target.deactivatedAt) return tx.user.findUniqueOrThrow({ where: { id: userId }, select: publicUserSelect });
    const updated = await tx.user.update({ where: { id: userId }, data: { deactivatedAt: null }, select: publicUserSelect });
    await recordAudit(tx, { action: 'user_reactivated', actor: actorOf(actor), target: { type: 'user', id: userId } });
    deps.logger.info({ event: 'user_reactivated', userId, by: actor.userId }, 'user reactivated');
    return updated;
  });
  return toPublicUser(user);
}
