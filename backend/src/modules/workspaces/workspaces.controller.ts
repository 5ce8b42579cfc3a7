import type { Response } from 'express';
import { signedIn } from '../../lib/http/authenticate.js';
import { inputOf } from '../../lib/http/validate.js';
import type { WorkspacesDeps } from './deps.js';
import { acceptInvitation, createInvitation, listInvitations, lookupInvitation, revokeInvitation } from './invitations.service.js';
import { changeMemberRole, listMembers, removeMember } from './members.service.js';
import type { WorkspaceRole } from './policy.js';
import { createWorkspace, deleteWorkspace, getWorkspace, leaveWorkspace, listWorkspaces, renameWorkspace, transferOwnership } from './workspaces.service.js';

const slugOf = (res: Response) => inputOf<{ slug: string }>(res, 'params').slug;

export function workspacesController(deps: WorkspacesDeps) {
  // Arrow functions: the router is handed each handler on its own, detached from this object.
  return {
    list: async (_req: unknown, res: Response) => {
      res.json({ data: await listWorkspaces(deps, signedIn(res)) });
    },
    create: async (_req: unknown, res: Response) => {
      const created = await createWorkspace(deps, signedIn(res), inputOf(res, 'body'));
      res.status(201).location(`/api/v1/workspaces/${created.slug}`).json(created);
    },
    get: async (_req: unknown, res: Response) => {
      res.json(await getWorkspace(deps, signedIn(res), slugOf(res)));
    },
    update: async (_req: unknown, res: Response) => {
      res.json(await renameWorkspace(deps, signedIn(res), slugOf(res), inputOf(res, 'body')));
    },
    remove: async (_req: unknown, res: Response) => {
      await deleteWorkspace(deps, signedIn(res), slugOf(res), inputOf<{ confirm?: string }>(res, 'query').confirm);
      res.status(204).end();
    },
    leave: async (_req: unknown, res: Response) => {
      await leaveWorkspace(deps, signedIn(res), slugOf(res));
      res.status(204).end();
    },
    transfer: async (_req: unknown, res: Response) => {
      res.json(await transferOwnership(deps, signedIn(res), slugOf(res), inputOf<{ userId: string }>(res, 'body').userId));
    },
    members: async (_req: unknown, res: Response) => {
      res.json({ data: await listMembers(deps, signedIn(res), slugOf(res)) });
    },
    changeRole: async (_req: unknown, res: Response) => {
      const { slug, userId } = inputOf<{ slug: string; userId: string }>(res, 'params');
      res.json(await changeMemberRole(deps, signedIn(res), slug, userId, inputOf<{ role: WorkspaceRole }>(res, 'body').role));
    },
    removeMember: async (_req: unknown, res: Response) => {
      const { slug, userId } = inputOf<{ slug: string; userId: string }>(res, 'params');
      await removeMember(deps, signedIn(res), slug, userId);
      res.status(204).end();
    },
    invitations: async (_req: unknown, res: Response) => {
      res.json({ data: await listInvitations(deps, signedIn(res), slugOf(res)) });
    },
    invite: async (_req: unknown, res: Response) => {
      res.status(201).json(await createInvitation(deps, signedIn(res), slugOf(res), inputOf(res, 'body')));
    },
    revokeInvitation: async (_req: unknown, res: Response) => {
      const { slug, id } = inputOf<{ slug: string; id: string }>(res, 'params');
      await revokeInvitation(deps, signedIn(res), slug, id);
      res.status(204).end();
    },
    lookup: async (_req: unknown, res: Response) => {
      res.json(await lookupInvitation(deps, inputOf<{ token: string }>(res, 'body').token));
    },
    accept: async (_req: unknown, res: Response) => {
      res.json(await acceptInvitation(deps, signedIn(res), inputOf<{ token: string }>(res, 'body').token));
    },
  };
}
