import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type NextFunction, type Request, type Response, Router } from 'express';
import { routeNotFound } from './not-found.js';

export interface SpaOptions {
  /** Whether *.map files are served; they hold the frontend's whole source (config SERVE_SOURCE_MAPS). */
  serveSourceMaps: boolean;
}

/**
 * Serves the built SPA. Paths that are not files get index.html when the client wants HTML, so
 * deep links and reloads work; the API's own 404s stay problem+json.
 */
export function spa(dir: string, options: SpaOptions): Router | null {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return null;
  const router = Router();
  // Refused before static serving and the index.html fallback, so a map is a plain 404 problem.
  if (!options.serveSourceMaps) {
    router.use((req: Request, res: Response, next: NextFunction) => (req.path.endsWith('.map') ? routeNotFound(req, res, next) : next()));
  }
  // Hashed bundles: a name that is not there is answered here, as any unknown path is, never with
  // index.html (a browser would parse the page as a script).
  router.use('/assets', express.static(join(dir, 'assets'), { immutable: true, maxAge: '1y' }), routeNotFound);
  router.use(express.static(dir, { index: false, maxAge: '1h' }));
  router.get(/.*/, (req: Request, res: Response, next: NextFunction) => {
    if (req.path.startsWith('/api/') || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
