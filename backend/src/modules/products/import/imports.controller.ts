import type { Request, Response } from 'express';
import { signedIn } from '../../../lib/http/authenticate.js';
import { inputOf } from '../../../lib/http/validate.js';
import type { ImportDeps } from './deps.js';
import { previewImport, startImport, uploadImport, type ImportTarget } from './imports.service.js';
import type { ImportField } from './mapping.js';

/** The workspace an imports route resolved (imports.routes.ts). */
const targetOf = (res: Response) => res.locals.importTarget as ImportTarget;
const idOf = (req: Request) => String(req.params.id).toLowerCase();
const mappingOf = (res: Response) => inputOf<{ mapping: Record<string, ImportField | null> }>(res, 'body').mapping;

export function importsController(deps: ImportDeps) {
  return {
    upload: async (req: Request, res: Response) => {
      const upload = await uploadImport(deps, signedIn(res), targetOf(res), req);
      res.status(201).set({ 'Cache-Control': 'no-store', Location: `${req.baseUrl}/${upload.id}` }).json({ upload });
    },
    get: async (req: Request, res: Response) => {
      res.set('Cache-Control', 'no-store').json({ upload: await previewImport(deps, signedIn(res), targetOf(res), idOf(req)) });
    },
    preview: async (req: Request, res: Response) => {
      res.set('Cache-Control', 'no-store').json({ upload: await previewImport(deps, signedIn(res), targetOf(res), idOf(req), mappingOf(res)) });
    },
    start: async (req: Request, res: Response) => {
      const job = await startImport(deps, signedIn(res), targetOf(res), idOf(req), mappingOf(res));
      res.status(202).set({ 'Cache-Control': 'no-store', Location: `/api/v1/jobs/${job.id}` }).json({ job });
    },
  };
}
