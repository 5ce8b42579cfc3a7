import type { Request, Response } from 'express';
import { csvLine } from '../../lib/csv.js';
import { signedIn } from '../../lib/http/authenticate.js';
import { writeOrWait } from '../../lib/http/stream.js';
import { inputOf } from '../../lib/http/validate.js';
import type { Principal } from '../../lib/http/authenticate.js';
import { recordExport } from './record.js';
import type { AuditQuery } from './audit.schemas.js';
import { checkFilters, exportAudit, listAudit, type AuditScope } from './audit.service.js';
import { csvCells, CSV_HEADER } from './audit-view.js';
import type { AuditDeps, WorkspaceAuditAccess } from './deps.js';

// CSV when asked for by `format=csv` or by Accept (JSON wins a tie: `*/*` gets JSON).
const wantsCsv = (req: Request, query: AuditQuery) =>
  query.format === 'csv' || (query.format === undefined && req.accepts(['application/json', 'text/csv']) === 'text/csv');

export function auditController(deps: AuditDeps, workspaceAccess: WorkspaceAuditAccess) {
  async function answer(req: Request, res: Response, principal: Principal, scope: AuditScope, name: string): Promise<void> {
    const query = inputOf<AuditQuery>(res, 'query');
    if (!wantsCsv(req, query)) {
      res.json(await listAudit(deps, principal, scope, query));
      return;
    }
    checkFilters(query);
    const filters = { actor: query.actor, action: query.action, target: query.target, from: query.from, to: query.to };
    // Recorded before the first byte: an export that fails half-way was still an export.
    await recordExport(deps.prisma, principal, { what: 'audit', workspaceId: scope.workspaceId, filters });
    res.status(200);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${name}-${new Date().toISOString().slice(0, 10)}.csv"`);
    await writeOrWait(res, csvLine(CSV_HEADER));
    try {
      for await (const batch of exportAudit(deps, principal, scope, filters)) {
        if (!(await writeOrWait(res, batch.map((entry) => csvLine(csvCells(entry))).join('')))) return;
      }
      res.end();
    } catch (err) {
      // The status line is gone: the only honest end is a cut connection, not a truncated file.
      deps.logger.error({ err }, 'audit export failed while streaming');
      res.destroy(err instanceof Error ? err : undefined);
    }
  }

  return {
    listAll: async (req: Request, res: Response) => {
      await answer(req, res, signedIn(res), { workspaceId: null }, 'audit');
    },
    listWorkspace: async (req: Request, res: Response) => {
      const principal = signedIn(res);
      const workspace = await workspaceAccess(principal, inputOf<{ slug: string }>(res, 'params').slug);
      await answer(req, res, principal, { workspaceId: workspace.id }, `audit-${workspace.slug}`);
    },
  };
}
