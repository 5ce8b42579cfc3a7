import { Router } from 'express';
import { requireVerifiedEmail, type AuthMiddleware } from '../../lib/http/authenticate.js';
import { validate } from '../../lib/http/validate.js';
import type { WorkspacesDeps } from './deps.js';
import { workspacesController } from './workspaces.controller.js';
import {
  changeRoleBody,
  createInvitationBody,
  createWorkspaceBody,
  deleteWorkspaceQuery,
  invitationParams,
  invitationTokenBody,
  memberParams,
  transferBody,
  updateWorkspaceBody,
  workspaceParams,
} from './workspaces.schemas.js';

/**
 * /api/v1/workspaces: workspaces, members and invitations. A session only (`authenticate.required`
 * takes no API key): who belongs to a catalogue is decided by people, not scripts. The workspace's
 * products are the products module's (/api/v1/workspaces/:slug/products, mounted before this).
 */
export function workspacesRouter(deps: WorkspacesDeps, authenticate: AuthMiddleware, { unverifiedUsersMayWrite }: { unverifiedUsersMayWrite: boolean }): Router {
  const c = workspacesController(deps);
  const router = Router();
  router.use(authenticate.required);
  const params = validate({ params: workspaceParams });
  router.get('/', c.list);
  router.post('/', validate({ body: createWorkspaceBody }), c.create);
  router.get('/:slug', params, c.get);
  router.patch('/:slug', validate({ params: workspaceParams, body: updateWorkspaceBody }), c.update);
  router.delete('/:slug', validate({ params: workspaceParams, query: deleteWorkspaceQuery }), c.remove);
  router.post('/:slug/leave', params, c.leave);
  router.post('/:slug/transfer-ownership', validate({ params: workspaceParams, body: transferBody }), c.transfer);
  router.get('/:slug/members', params, c.members);
  router.patch('/:slug/members/:userId', validate({ params: memberParams, body: changeRoleBody }), c.changeRole);
  router.delete('/:slug/members/:userId', validate({ params: memberParams }), c.removeMember);
  router.get('/:slug/invitations', params, c.invitations);
  // An invitation mails someone else: like product writes, it needs a confirmed address (unless
  // UNVERIFIED_USERS_MAY_WRITE), so an account made with any address cannot send mail in our name.
  const verified = unverifiedUsersMayWrite ? [] : [requireVerifiedEmail];
  router.post('/:slug/invitations', ...verified, validate({ params: workspaceParams, body: createInvitationBody }), c.invite);
  router.delete('/:slug/invitations/:id', validate({ params: invitationParams }), c.revokeInvitation);
  return router;
}

/** /api/v1/invitations: look one up with its token (anyone), accept it (signed in). */
export function invitationsRouter(deps: WorkspacesDeps, authenticate: AuthMiddleware): Router {
  const c = workspacesController(deps);
  const router = Router();
  router.post('/lookup', validate({ body: invitationTokenBody }), c.lookup);
  router.post('/accept', authenticate.required, validate({ body: invitationTokenBody }), c.accept);
  return router;
}
