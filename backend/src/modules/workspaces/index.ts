import type { Router } from 'express';
import type { AuthMiddleware, Principal } from '../../lib/http/authenticate.js';
import type { WorkspacesDeps, WorkspacesModuleNeeds } from './deps.js';
export { contextOf as dbContextOf } from './memberships.js';
import { actorIn, forgetMemberships, membershipsOf, personalWorkspaceOf, resolveWorkspace, type WorkspaceAccess } from './memberships.js';
import { assertAllowed, type Actor, type WorkspaceAction } from './policy.js';
import { invitationsRouter, workspacesRouter } from './workspaces.routes.js';

export { assertAllowed, isAllowed, WORKSPACE_ACTIONS, WORKSPACE_ROLES, type Actor, type WorkspaceAction } from './policy.js';
export { workspacesApiDoc } from './workspaces.openapi.js';
export type { WorkspacesModuleNeeds } from './deps.js';

/** What other modules ask about workspaces: which one a request means, and the caller's standing there. */
export interface Workspaces {
  /** The workspace `slug` names, if the caller may see it (else 404 workspace_not_found). */
  resolve(principal: Principal, slug: string): Promise<{ workspace: WorkspaceAccess; actor: Actor }>;
  /** The caller's personal workspace, where /api/v1/products acts by default. */
  personal(principal: Principal): Promise<WorkspaceAccess>;
  actorIn(principal: Principal | undefined, workspaceId: string): Promise<Actor>;
  /** Drops the cached memberships of this user: the next question reads them afresh. */
  forget(userId: string): Promise<void>;
  /** The workspaces the user is a member of (the events stream shows theirs). */
  membershipsOf(userId: string): Promise<WorkspaceAccess[]>;
}

export interface WorkspacesModule {
  /** Mount at /api/v1/workspaces (after the workspace products router). */
  router: Router;
  /** Mount at /api/v1/invitations. */
  invitationsRouter: Router;
  workspaces: Workspaces;
  /** The workspace `slug` names, and 403 insufficient_workspace_role unless the caller may take `action` there. */
  authorize(principal: Principal, slug: string, action: WorkspaceAction): Promise<WorkspaceAccess>;
}

export function workspacesModule(
  app: WorkspacesModuleNeeds,
  authenticate: AuthMiddleware,
  productsRemoved: WorkspacesDeps['productsRemoved'],
): WorkspacesModule {
  const deps: WorkspacesDeps = {
    prisma: app.db.prisma,
    cache: app.cache,
    logger: app.logger,
    jobs: app.jobs,
    limits: app.config.workspaces,
    publicUrl: app.config.accounts.publicUrl,
    productsRemoved,
  };
  return {
    router: workspacesRouter(deps, authenticate, { unverifiedUsersMayWrite: app.config.accounts.unverifiedUsersMayWrite }),
    invitationsRouter: invitationsRouter(deps, authenticate),
    workspaces: {
      resolve: (principal, slug) => resolveWorkspace(deps, principal, slug),
      personal: (principal) => personalWorkspaceOf(deps, principal),
      actorIn: (principal, workspaceId) => actorIn(deps, principal, workspaceId),
      forget: (userId) => forgetMemberships(deps, [userId]),
      membershipsOf: (userId) => membershipsOf(deps, userId),
    },
    authorize: async (principal, slug, action) => {
      const { workspace, actor } = await resolveWorkspace(deps, principal, slug);
      assertAllowed(actor, action);
      return workspace;
    },
  };
}
