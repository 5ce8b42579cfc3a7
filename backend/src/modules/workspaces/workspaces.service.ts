import { isUniqueViolation } from '../../lib/db-errors.js';
import { applyDbContext, inDbContext, type Transaction } from '../../lib/db-context.js';
import { AppError, badRequest, conflict, notFound } from '../../lib/errors.js';
import type { Principal } from '../../lib/http/authenticate.js';
import { actorOf, recordAudit } from '../audit/index.js';
import type { WorkspacesDeps } from './deps.js';
import { contextOf, forgetMemberships, isPlatformAdmin, membershipsOf, resolveWorkspace, type WorkspaceAccess } from './memberships.js';
import { assertAllowed, type Actor } from './policy.js';
import { slugFromName, suffixedSlug } from './slug.js';
import { toWorkspaceView, type WorkspaceView } from './workspace-view.js';

export const personalWorkspace = (what: string) =>
  conflict('personal_workspace', `Your personal workspace cannot ${what}; create a workspace to share a catalogue`);

/** The caller's workspaces, personal first. */
export async function listWorkspaces(deps: WorkspacesDeps, principal: Principal): Promise<WorkspaceView[]> {
  const memberships = await membershipsOf(deps, principal.userId);
  const counts = await memberCounts(deps, principal, memberships.map((m) => m.id));
  return memberships.map((m) => toWorkspaceView(m, { role: m.role, platformAdmin: isPlatformAdmin(principal) }, counts.get(m.id) ?? 0));
}

export async function getWorkspace(deps: WorkspacesDeps, principal: Principal, slug: string): Promise<WorkspaceView> {
  const { workspace, actor } = await resolveWorkspace(deps, principal, slug);
  assertAllowed(actor, 'workspace.read');
  return viewOf(deps, principal, workspace, actor);
}

/** A new workspace with the caller as its owner. Without a slug, one is made from the name. */
export async function createWorkspace(deps: WorkspacesDeps, principal: Principal, input: { name: string; slug?: string }): Promise<WorkspaceView> {
  const owned = (await membershipsOf(deps, principal.userId)).filter((m) => m.role === 'owner' && !m.personal).length;
  if (owned >= deps.limits.perUserMax) {
    throw conflict('workspace_limit_reached', `You already own ${owned} workspaces, the most one user may (WORKSPACES_PER_USER_MAX); delete one or hand it over first`);
  }
  const slugs = input.slug ? [input.slug] : [slugFromName(input.name), ...Array.from({ length: 3 }, () => suffixedSlug(slugFromName(input.name)))];
  for (const slug of slugs) {
    try {
      const workspace = await deps.prisma.$transaction(async (tx) => {
        const created = await tx.workspace.create({ data: { name: input.name, slug }, select: { id: true, slug: true, name: true, createdAt: true } });
        await applyDbContext(tx, { userId: principal.userId, workspaceId: created.id });
        await tx.membership.create({ data: { workspaceId: created.id, userId: principal.userId, role: 'owner' } });
        await recordAudit(tx, { action: 'workspace_created', actor: actorOf(principal), target: { type: 'workspace', id: created.id }, workspaceId: created.id, detail: { name: created.name, slug: created.slug } });
        return created;
      });
      await forgetMemberships(deps, [principal.userId]);
      deps.logger.info({ event: 'workspace_created', workspaceId: workspace.id, userId: principal.userId }, 'workspace created');
      const access: WorkspaceAccess = { ...workspace, personal: false, role: 'owner', createdAt: workspace.createdAt.toISOString() };
      return toWorkspaceView(access, { role: 'owner', platformAdmin: isPlatformAdmin(principal) }, 1);
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
    }
  }
  throw slugTaken();
}

const slugTaken = () => conflict('slug_taken', 'Another workspace has this slug; choose another');

export async function renameWorkspace(
  deps: WorkspacesDeps,
  principal: Principal,
  slug: string,
  input: { name?: string; slug?: string },
): Promise<WorkspaceView> {
  const { workspace, actor } = await resolveWorkspace(deps, principal, slug);
  assertAllowed(actor, 'workspace.rename');
  let updated;
  try {
    updated = await deps.prisma.$transaction(async (tx) => {
      const after = await tx.workspace.update({ where: { id: workspace.id }, data: input, select: { slug: true, name: true } });
      const detail = { from: { name: workspace.name, slug: workspace.slug }, to: after };
      await recordAudit(tx, { action: 'workspace_renamed', actor: actorOf(principal), target: { type: 'workspace', id: workspace.id }, workspaceId: workspace.id, detail });
      return after;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw slugTaken();
    throw err;
  }
  await forgetMemberships(deps, await memberIds(deps, principal, workspace.id));
  return viewOf(deps, principal, { ...workspace, ...updated }, actor);
}

/** Deletes the workspace with its products, memberships and invitations; `confirm` must repeat the slug. */
export async function deleteWorkspace(deps: WorkspacesDeps, principal: Principal, slug: string, confirm: string | undefined): Promise<void> {
  const { workspace, actor } = await resolveWorkspace(deps, principal, slug);
  assertAllowed(actor, 'workspace.delete');
  if (workspace.personal) throw personalWorkspace('be deleted');
  if (confirm?.toLowerCase() !== workspace.slug.toLowerCase()) {
    throw badRequest('confirmation_required', `Deleting a workspace deletes its products too; repeat its slug to confirm (?confirm=${workspace.slug})`, [
      { in: 'query', field: 'confirm', message: `"confirm" must be the workspace's slug, ${workspace.slug}`, code: 'confirm.mismatch' },
    ]);
  }
  const members = await memberIds(deps, principal, workspace.id);
  const removed = await inDbContext(deps.prisma, contextOf(principal, workspace.id), async (tx) => {
    const products = await tx.product.findMany({ where: { workspaceId: workspace.id }, select: { id: true } });
    await tx.product.deleteMany({ where: { workspaceId: workspace.id } });
    // Memberships and invitations go with it (foreign keys ON DELETE CASCADE).
    await tx.workspace.delete({ where: { id: workspace.id } });
    // The entry outlives the workspace (the log has no foreign keys): platform admins still read it.
    await recordAudit(tx, {
      action: 'workspace_deleted', actor: actorOf(principal), target: { type: 'workspace', id: workspace.id }, workspaceId: workspace.id,
      detail: { name: workspace.name, slug: workspace.slug, products: products.length },
    });
    return products.map((p) => p.id);
  });
  await forgetMemberships(deps, members);
  await deps.productsRemoved(removed);
  deps.logger.info({ event: 'workspace_deleted', workspaceId: workspace.id, userId: principal.userId, products: removed.length }, 'workspace deleted');
}

export async function leaveWorkspace(deps: WorkspacesDeps, principal: Principal, slug: string): Promise<void> {
  const { workspace, actor } = await resolveWorkspace(deps, principal, slug);
  if (workspace.personal) throw personalWorkspace('be left');
  assertAllowed(actor, 'workspace.leave');
  await inDbContext(deps.prisma, contextOf(principal, workspace.id), async (tx) => {
    await lockMembers(tx, workspace.id);
    if (actor.role === 'owner') await assertAnotherOwner(tx, workspace.id, principal.userId);
    await tx.membership.delete({ where: { workspaceId_userId: { workspaceId: workspace.id, userId: principal.userId } } });
    await recordAudit(tx, { action: 'member_left', actor: actorOf(principal), target: { type: 'user', id: principal.userId }, workspaceId: workspace.id, detail: { role: actor.role } });
  });
  await forgetMemberships(deps, [principal.userId]);
}

/** Makes another member an owner and the caller an admin. */
export async function transferOwnership(deps: WorkspacesDeps, principal: Principal, slug: string, toUserId: string): Promise<WorkspaceView> {
  const { workspace, actor } = await resolveWorkspace(deps, principal, slug);
  assertAllowed(actor, 'ownership.transfer');
  if (toUserId === principal.userId) throw badRequest('transfer_to_self', 'You already own this workspace; name another member');
  await inDbContext(deps.prisma, contextOf(principal, workspace.id), async (tx) => {
    await lockMembers(tx, workspace.id);
    const { count } = await tx.membership.updateMany({ where: { workspaceId: workspace.id, userId: toUserId }, data: { role: 'owner' } });
    if (count === 0) throw memberNotFound();
    await tx.membership.update({ where: { workspaceId_userId: { workspaceId: workspace.id, userId: principal.userId } }, data: { role: 'admin' } });
    await recordAudit(tx, { action: 'ownership_transferred', actor: actorOf(principal), target: { type: 'user', id: toUserId }, workspaceId: workspace.id, detail: { from: principal.userId } });
  });
  await forgetMemberships(deps, [principal.userId, toUserId]);
  return viewOf(deps, principal, workspace, { ...actor, role: 'admin' });
}

export const memberNotFound = () => notFound('member_not_found', 'No member of this workspace has this id');


/**
 * Serialises membership changes of one workspace (row lock on the workspace), so that two owners
 * leaving at once cannot both pass the last-owner check.
 */
export async function lockMembers(tx: Transaction, workspaceId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "Workspace" WHERE "id" = ${workspaceId}::uuid FOR UPDATE`;
}

/** Refuses (409 last_owner) when `userId` is the workspace's only owner. */
export async function assertAnotherOwner(tx: Transaction, workspaceId: string, userId: string): Promise<void> {
  const others = await tx.membership.count({ where: { workspaceId, role: 'owner', userId: { not: userId } } });
  if (others === 0) throw new AppError(409, 'last_owner', 'A workspace needs an owner: make another member an owner first (or delete the workspace)');
}

async function memberIds(deps: WorkspacesDeps, principal: Principal, workspaceId: string): Promise<string[]> {
  const rows = await inDbContext(deps.prisma, contextOf(principal, workspaceId), (tx) => tx.membership.findMany({ where: { workspaceId }, select: { userId: true } }));
  return rows.map((r) => r.userId);
}

async function memberCounts(deps: WorkspacesDeps, principal: Principal, workspaceIds: string[]): Promise<Map<string, number>> {
  if (workspaceIds.length === 0) return new Map();
  const rows = await inDbContext(deps.prisma, contextOf(principal), (tx) =>
    tx.membership.groupBy({ by: ['workspaceId'], where: { workspaceId: { in: workspaceIds } }, _count: { _all: true } }),
  );
  return new Map(rows.map((r) => [r.workspaceId, r._count._all]));
}

async function viewOf(deps: WorkspacesDeps, principal: Principal, workspace: WorkspaceAccess, actor: Actor): Promise<WorkspaceView> {
  const counts = await memberCounts(deps, principal, [workspace.id]);
  return toWorkspaceView(workspace, actor, counts.get(workspace.id) ?? 0);
}
