import { inDbContext } from '../../lib/db-context.js';
import type { Principal } from '../../lib/http/authenticate.js';
import { actorOf, recordAudit } from '../audit/index.js';
import type { WorkspacesDeps } from './deps.js';
import { contextOf, forgetMemberships, resolveWorkspace } from './memberships.js';
import { assertAllowed, type WorkspaceRole } from './policy.js';
import type { MemberView } from './workspace-view.js';
import { assertAnotherOwner, leaveWorkspace, lockMembers, memberNotFound } from './workspaces.service.js';

const memberSelect = { userId: true, role: true, createdAt: true, user: { select: { name: true, email: true } } } as const;

type MemberRow = { userId: string; role: WorkspaceRole; createdAt: Date; user: { name: string; email: string } };
const toMemberView = (row: MemberRow): MemberView => ({ userId: row.userId, name: row.user.name, email: row.user.email, role: row.role, joinedAt: row.createdAt.toISOString() });

/** Owners first, then admins, editors, viewers; by name within each. */
export async function listMembers(deps: WorkspacesDeps, principal: Principal, slug: string): Promise<MemberView[]> {
  const { workspace, actor } = await resolveWorkspace(deps, principal, slug);
  assertAllowed(actor, 'member.list');
  const rows = await inDbContext(deps.prisma, contextOf(principal, workspace.id), (tx) =>
    tx.membership.findMany({ where: { workspaceId: workspace.id }, select: memberSelect, orderBy: [{ role: 'asc' }, { user: { name: 'asc' } }] }),
  );
  return rows.map(toMemberView);
}

export async function changeMemberRole(deps: WorkspacesDeps, principal: Principal, slug: string, userId: string, role: WorkspaceRole): Promise<MemberView> {
  const { workspace, actor } = await resolveWorkspace(deps, principal, slug);
  assertAllowed(actor, 'member.change_role');
  const row = await inDbContext(deps.prisma, contextOf(principal, workspace.id), async (tx) => {
    await lockMembers(tx, workspace.id);
    const current = await tx.membership.findUnique({ where: { workspaceId_userId: { workspaceId: workspace.id, userId } }, select: { role: true } });
    if (!current) throw memberNotFound();
    assertAllowed(actor, 'member.change_role', { role: current.role, newRole: role });
    if (current.role === 'owner' && role !== 'owner') await assertAnotherOwner(tx, workspace.id, userId);
    const updated = await tx.membership.update({ where: { workspaceId_userId: { workspaceId: workspace.id, userId } }, data: { role }, select: memberSelect });
    if (current.role !== role) {
      await recordAudit(tx, { action: 'member_role_changed', actor: actorOf(principal), target: { type: 'user', id: userId }, workspaceId: workspace.id, detail: { from: current.role, to: role } });
    }
    return updated;
  });
  await forgetMemberships(deps, [userId]);
  deps.logger.info({ event: 'member_role_changed', workspaceId: workspace.id, userId, role, by: principal.userId }, 'member role changed');
  return toMemberView(row);
}

/** Removes a member; removing yourself is leaving (any role may leave). */
export async function removeMember(deps: WorkspacesDeps, principal: Principal, slug: string, userId: string): Promise<void> {
  if (userId === principal.userId) return leaveWorkspace(deps, principal, slug);
  const { workspace, actor } = await resolveWorkspace(deps, principal, slug);
  assertAllowed(actor, 'member.remove');
  await inDbContext(deps.prisma, contextOf(principal, workspace.id), async (tx) => {
    await lockMembers(tx, workspace.id);
    const current = await tx.membership.findUnique({ where: { workspaceId_userId: { workspaceId: workspace.id, userId } }, select: { role: true } });
    if (!current) throw memberNotFound();
    assertAllowed(actor, 'member.remove', { role: current.role });
    if (current.role === 'owner') await assertAnotherOwner(tx, workspace.id, userId);
    await tx.membership.delete({ where: { workspaceId_userId: { workspaceId: workspace.id, userId } } });
    await recordAudit(tx, { action: 'member_removed', actor: actorOf(principal), target: { type: 'user', id: userId }, workspaceId: workspace.id, detail: { role: current.role } });
  });
  await forgetMemberships(deps, [userId]);
  deps.logger.info({ event: 'member_removed', workspaceId: workspace.id, userId, by: principal.userId }, 'member removed');
}
