import type { Router } from 'express';
import type { AuthMiddleware } from '../../lib/http/authenticate.js';
import { auditRouter, workspaceAuditRouter } from './audit.routes.js';
import type { AuditDeps, AuditModuleNeeds, WorkspaceAuditAccess } from './deps.js';
import { pruneAuditQueue } from './retention.js';

// The one place that writes the audit log: auth and workspaces record through these.
export { actorOf, recordAudit, recordExport, SYSTEM } from './record.js';
export { AUDIT_ACTIONS } from './actions.js';
export { auditApiDoc } from './audit.openapi.js';
export { pruneAudit } from './retention.js';
export type { AuditModuleNeeds, WorkspaceAuditAccess } from './deps.js';

export interface AuditModule {
  /** Mount at /api/v1/audit. */
  router: Router;
  /** Mount at /api/v1/workspaces/:slug/audit (before the workspaces router). */
  workspaceRouter: Router;
}

export function auditModule(app: AuditModuleNeeds, authenticate: AuthMiddleware, workspaceAccess: WorkspaceAuditAccess): AuditModule {
  const deps: AuditDeps = { prisma: app.db.prisma, logger: app.logger, retentionDays: app.config.audit.retentionDays };
  app.jobs.define(pruneAuditQueue(deps));
  return {
    router: auditRouter(deps, authenticate, workspaceAccess),
    workspaceRouter: workspaceAuditRouter(deps, authenticate, workspaceAccess),
  };
}
