import type { Request, Response } from 'express';
import { signedIn } from '../../../lib/http/authenticate.js';
import { inputOf } from '../../../lib/http/validate.js';
import { jobPath, type JobView } from '../../jobs/index.js';
import type { BulkBody } from './bulk.schemas.js';
import { startBulkEdit, startBulkUndo } from './bulk.service.js';
import type { BulkDeps } from './kinds.js';

// 202 with the job: the work is done by the job, whose progress the client polls (Location).
function started(res: Response, job: JobView): void {
  res.status(202).set({ 'Cache-Control': 'no-store', Location: jobPath(job.id) }).json({ job });
}

export function bulkController(deps: BulkDeps) {
  return {
    edit: async (req: Request, res: Response) => {
      const principal = signedIn(res);
      const { workspace, actor } = await deps.workspaces.resolve(principal, String(req.params.slug));
      started(res, await startBulkEdit(deps, principal, { id: workspace.id, actor }, inputOf<BulkBody>(res, 'body')));
    },
    undo: async (req: Request, res: Response) => {
      started(res, await startBulkUndo(deps, signedIn(res), String(req.params.id).toLowerCase()));
    },
  };
}
