import { createHash, randomBytes } from 'node:crypto';
import { applyDbContext, inDbContext, type Transaction } from '../../lib/db-context.js';
import { AppError, conflict, forbidden, notFound } from '../../lib/errors.js';
import type { Principal } from '../../lib/http/authenticate.js';
import { actorOf, recordAudit } from '../audit/index.js';
import { queueEmail } from '../../lib/mail/index.js';
import type { WorkspacesDeps } from './deps.js';
import { invitationEmail } from './invitation-emails.js';
import { contextOf, forgetMemberships, isPlatformAdmin, resolveWorkspace, type WorkspaceAccess } from './memberships.js';
import { assertAllowed, type WorkspaceRole } from './policy.js';
import { toWorkspaceView, type WorkspaceView } from './workspace-view.js';
import { lockMembers, personalWorkspace } from './workspaces.service.js';

/**
 * Invitations: mailed to an address, or a link the inviter hands over. The token is 32 random bytes
 * and only its SHA-256 is stored (like the account links), so a database leak opens no workspace.
 */

export interface InvitationView {
  id: string;
  email: string | null;
  role: WorkspaceRole;
  createdAt: string;
  expiresAt: string;
  invitedBy: { id: string; name: string };
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
const invitationLink = (deps: WorkspacesDeps, token: string) => `${deps.publicUrl}/invitations/accept?token=${encodeURIComponent(token)}`;
const pending = () => ({ acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } });
const invitationSelect = { id: true, email: true, role: true, createdAt: true, expiresAt: true, invitedBy: { select: { id: true, name: true } } } as const;
type InvitationRow = { id: string; email: string | null; role: WorkspaceRole; createdAt: Date; expiresAt: Date; invitedBy: { id: string; name: string } };
const toInvitationView = (row: InvitationRow): InvitationView => ({ ...row, createdAt: row.createdAt.toISOString(), expiresAt: row.expiresAt.toISOString() });

/** Members and pending invitations: the places WORKSPACE_MEMBERS_MAX bounds (visible to members only). */
async function placesTaken(tx: Transaction, workspaceId: string): Promise<{ members: number; total: number }> {
  const [members, invited] = await Promise.all([
    tx.membership.count({ where: { workspaceId } }),
    tx.invitation.count({ where: { workspaceId, ...pending() } }),
  ]);
  return { members, total: members + invited };
}

const invitationInvalid = () => notFound('invitation_invalid', 'This invitation is not valid any more: it was used, revoked or has expired. Ask for a new one.');
const memberLimit = (max: number) => conflict('member_limit_reached', `This workspace has reached its ${max} members (counting pending invitations; WORKSPACE_MEMBERS_MAX)`);

export async function createInvitation(
  deps: WorkspacesDeps,
  principal: Principal,
  slug: string,
  input: { email?: string; role: Exclude<WorkspaceRole, 'owner'> },
): Promise<{ invitation: InvitationView; url: string | null }> {
  const { workspace, actor } = await resolveWorkspace(deps, principal, slug);
  assertAllowed(actor, 'member.invite');
  if (workspace.personal) throw personalWorkspace('be shared');
  const token = randomBytes(32).toString('base64url');
  const link = invitationLink(deps, token);
  const ttlSeconds = deps.limits.invitationTtlSeconds;
  const row = await inDbContext(deps.prisma, contextOf(principal, workspace.id), async (tx) => {
    await lockMembers(tx, workspace.id);
    const since = new Date(Date.now() - 3_600_000);
    const lastHour = await tx.invitation.count({ where: { workspaceId: workspace.id, createdAt: { gt: since } } });
    if (lastHour >= deps.limits.invitationsPerHour) {
      throw new AppError(429, 'invitation_rate_limited', `This workspace sent ${lastHour} invitations in the last hour, the most it may (INVITATIONS_PER_HOUR); try again later`, {
        headers: { 'Retry-After': '3600' },
      });
    }
    let replaced = 0;
    if (input.email) {
      const member = await tx.membership.findFirst({ where: { workspaceId: workspace.id, user: { email: input.email } }, select: { userId: true } });
      if (member) throw conflict('already_member', 'Someone with this address is already a member of this workspace');
      // A new invitation to the same address replaces the old one: only the latest link works.
      ({ count: replaced } = await tx.invitation.updateMany({ where: { workspaceId: workspace.id, email: input.email, ...pending() }, data: { revokedAt: new Date() } }));
    }
    if ((await placesTaken(tx, workspace.id)).total >= deps.limits.membersMax) throw memberLimit(deps.limits.membersMax);
    const created = await tx.invitation.create({
      data: {
        workspaceId: workspace.id,
        email: input.email ?? null,
        role: input.role,
        tokenHash: hashToken(token),
        invitedById: principal.userId,
        expiresAt: new Date(Date.now() + ttlSeconds * 1000),
      },
      select: invitationSelect,
    });
    await recordAudit(tx, {
      action: 'invitation_created',
      actor: actorOf(principal),
      target: { type: 'invitation', id: created.id },
      workspaceId: workspace.id,
      detail: { email: input.email ?? null, role: input.role, replaced },
    });
    if (input.email) {
      const message = invitationEmail(input.email, { workspaceName: workspace.name, inviterName: created.invitedBy.name, role: input.role, link, ttlSeconds });
      await queueEmail(deps.jobs, message, tx);
    }
    return created;
  });
  deps.logger.info({ event: 'invitation_created', workspaceId: workspace.id, invitationId: row.id, byEmail: Boolean(input.email), by: principal.userId }, 'invitation created');
  return { invitation: toInvitationView(row), url: input.email ? null : link };
}

/** Pending invitations (not accepted, revoked or expired), newest first. */
export async function listInvitations(deps: WorkspacesDeps, principal: Principal, slug: string): Promise<InvitationView[]> {
  const { workspace, actor } = await resolveWorkspace(deps, principal, slug);
  assertAllowed(actor, 'invitation.list');
  const rows = await inDbContext(deps.prisma, contextOf(principal, workspace.id), (tx) =>
    tx.invitation.findMany({ where: { workspaceId: workspace.id, ...pending() }, select: invitationSelect, orderBy: { createdAt: 'desc' } }),
  );
  return rows.map(toInvitationView);
}

export async function revokeInvitation(deps: WorkspacesDeps, principal: Principal, slug: string, id: string): Promise<void> {
  const { workspace, actor } = await resolveWorkspace(deps, principal, slug);
  assertAllowed(actor, 'invitation.revoke');
  const { count } = await inDbContext(deps.prisma, contextOf(principal, workspace.id), async (tx) => {
    const revoked = await tx.invitation.updateMany({ where: { id, workspaceId: workspace.id, ...pending() }, data: { revokedAt: new Date() } });
    if (revoked.count > 0) await recordAudit(tx, { action: 'invitation_revoked', actor: actorOf(principal), target: { type: 'invitation', id }, workspaceId: workspace.id });
    return revoked;
  });
  if (count === 0) throw notFound('invitation_not_found', 'No pending invitation of this workspace has this id');
}

export interface InvitationPreview {
  workspace: { name: string; slug: string };
  role: WorkspaceRole;
  email: string | null;
  invitedBy: { name: string };
  expiresAt: string;
}

/** What an invitation offers, for whoever holds its token (signed in or not). */
export async function lookupInvitation(deps: WorkspacesDeps, token: string): Promise<InvitationPreview> {
  const tokenHash = hashToken(token);
  const row = await inDbContext(deps.prisma, { invitationTokenHash: tokenHash }, (tx) =>
    tx.invitation.findFirst({
      where: { tokenHash, ...pending() },
      select: { role: true, email: true, expiresAt: true, invitedBy: { select: { name: true } }, workspace: { select: { name: true, slug: true } } },
    }),
  );
  if (!row) throw invitationInvalid();
  return { workspace: row.workspace, role: row.role, email: row.email, invitedBy: row.invitedBy, expiresAt: row.expiresAt.toISOString() };
}

/** Joins the workspace with the invitation's role; the invitation is spent. */
export async function acceptInvitation(deps: WorkspacesDeps, principal: Principal, token: string): Promise<WorkspaceView> {
  const tokenHash = hashToken(token);
  const joined = await inDbContext(deps.prisma, { userId: principal.userId, invitationTokenHash: tokenHash }, async (tx) => {
    const invitation = await tx.invitation.findFirst({
      where: { tokenHash, ...pending() },
      select: { id: true, email: true, role: true, workspace: { select: { id: true, slug: true, name: true, createdAt: true } } },
    });
    if (!invitation) throw invitationInvalid();
    const { workspace } = invitation;
    await applyDbContext(tx, { workspaceId: workspace.id });
    await lockMembers(tx, workspace.id);
    // Spent by whoever gets here first: a second accept of the same link finds it used.
    const { count } = await tx.invitation.updateMany({ where: { id: invitation.id, ...pending() }, data: { acceptedAt: new Date(), acceptedById: principal.userId } });
    if (count === 0) throw invitationInvalid();
    if (invitation.email) {
      const me = await tx.user.findUniqueOrThrow({ where: { id: principal.userId }, select: { email: true } });
      if (me.email.toLowerCase() !== invitation.email.toLowerCase()) {
        throw forbidden(`This invitation was sent to ${invitation.email}; sign in with that address to accept it`, 'invitation_for_another_address');
      }
    }
    const already = await tx.membership.findUnique({ where: { workspaceId_userId: { workspaceId: workspace.id, userId: principal.userId } }, select: { role: true } });
    if (already) throw conflict('already_member', 'You are already a member of this workspace');
    await tx.membership.create({ data: { workspaceId: workspace.id, userId: principal.userId, role: invitation.role } });
    await recordAudit(tx, { action: 'invitation_accepted', actor: actorOf(principal), target: { type: 'invitation', id: invitation.id }, workspaceId: workspace.id, detail: { role: invitation.role } });
    // Counted once a member (row-level security shows a workspace's memberships to its members
    // only). The accepted invitation held its place while pending; over the limit, all of it rolls back.
    const { members, total } = await placesTaken(tx, workspace.id);
    if (total > deps.limits.membersMax) throw memberLimit(deps.limits.membersMax);
    const access: WorkspaceAccess = { ...workspace, personal: false, role: invitation.role, createdAt: workspace.createdAt.toISOString() };
    return { access, memberCount: members };
  });
  await forgetMemberships(deps, [principal.userId]);
  deps.logger.info({ event: 'invitation_accepted', workspaceId: joined.access.id, userId: principal.userId }, 'invitation accepted');
  return toWorkspaceView(joined.access, { role: joined.access.role, platformAdmin: isPlatformAdmin(principal) }, joined.memberCount);
}
