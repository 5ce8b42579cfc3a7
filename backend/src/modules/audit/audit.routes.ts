import { type NextFunction, type Request, type Response, Router } from 'express';
import { requireRole, type AuthMiddleware } from '../../lib/http/authenticate.js';
import { validate } from '../../lib/http/validate.js';
import { auditController } from './audit.controller.js';
import { auditQuery, workspaceAuditParams } from './audit.schemas.js';
import type { AuditDeps, WorkspaceAuditAccess } from './deps.js';

// Who did what from where: never kept by a shared or a browser cache.
function noStore(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('Cache-Control', 'no-store');
  next();
}

/** /api/v1/audit: the whole log, for platform admins. A session only: the log is read by people. */
export function auditRouter(deps: AuditDeps, authenticate: AuthMiddleware, workspaceAccess: WorkspaceAuditAccess): Router {
  const c = auditController(deps, workspaceAccess);
  const router = Router();
  router.get('/', authenticate.required, requireRole('ADMIN'), noStore, validate({ query: auditQuery }), c.listAll);
  return router;
}

/** /api/v1/workspaces/:slug/audit: one workspace's entries, for its owners (and platform admins). */
export function workspaceAuditRouter(deps: AuditDeps, authenticate: AuthMiddleware, workspaceAccess: WorkspaceAuditAccess): Router {
  const c = auditController(deps, workspaceAccess);
  const router = Router({ mergeParams: true });
  router.get('/', authenticate.required, noStore, validate({ params: workspaceAuditParams, query: auditQuery }), c.listWorkspace);
  return router;
}
