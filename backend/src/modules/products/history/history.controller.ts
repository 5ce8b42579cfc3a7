import type { Request, Response } from 'express';
import { signedIn } from '../../../lib/http/authenticate.js';
import { inputOf } from '../../../lib/http/validate.js';
import type { ProductsDeps } from '../deps.js';
import type { HistoryQuery } from './history.schemas.js';
import { getVersion, listHistory, revertProduct, versionNotFound } from './history.service.js';

const idOf = (req: Request) => String(req.params.id).toLowerCase();
const withinOf = (res: Response) => (res.locals.workspace as { id: string } | undefined)?.id;

// Like an id that is not a UUID, a version that is not a version names nothing: 404, not 400.
function versionOf(req: Request): number {
  const text = String(req.params.version);
  const version = /^[1-9]\d{0,9}$/.test(text) ? Number(text) : NaN;
  if (!(version <= 2_147_483_647)) throw versionNotFound();
  return version;
}

/** The history routes of both product routers (products.routes.ts); res.locals.workspace as there. */
export function historyController(deps: ProductsDeps) {
  return {
    history: async (req: Request, res: Response) => {
      const page = await listHistory(deps, signedIn(res), idOf(req), inputOf<HistoryQuery>(res, 'query'), withinOf(res));
      // It changes with every write; a client asks again rather than keep it.
      res.set('Cache-Control', 'private, no-cache');
      res.json(page);
    },

    version: async (req: Request, res: Response) => {
      const found = await getVersion(deps, signedIn(res), idOf(req), versionOf(req), withinOf(res));
      res.set('Cache-Control', 'private, no-cache');
      res.json(found);
    },

    revert: async (req: Request, res: Response) => {
      const { version } = inputOf<{ version: number }>(res, 'body');
      const reverted = await revertProduct(deps, signedIn(res), idOf(req), version, req.get('If-Match'), withinOf(res));
      res.set({ 'Cache-Control': 'no-store', ETag: reverted.etag });
      res.status(200).type('application/json').send(reverted.body);
    },
  };
}
