import { dirname } from 'node:path';
import { createRequire } from 'node:module';
import express, { type NextFunction, type Request, type Response, Router } from 'express';
import { OPENAPI_PATH, openApiDocument } from './openapi-document.js';

/** GET /openapi.json, mounted inside /api/v1 (so it shares the API's rate limit). */
export function openApiRouter(): Router {
  const body = JSON.stringify(openApiDocument());
  return Router().get('/openapi.json', (_req, res) => {
    res.type('application/json').send(body);
  });
}

const UI_ASSETS = /^\/(swagger-ui-bundle\.js|swagger-ui\.css|favicon-(16x16|32x32)\.png)$/;
const swaggerUiDir = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));

const INDEX_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>Shelfwise API</title>
    <link rel="stylesheet" href="/api/docs/swagger-ui.css">
    <link rel="icon" type="image/png" href="/api/docs/favicon-32x32.png">
  </head>
  <body>
    <div id="swagger-ui"></div>
    <script src="/api/docs/swagger-ui-bundle.js"></script>
    <script src="/api/docs/init.js"></script>
  </body>
</html>
`;

// A file, not an inline script, so the page runs under a CSP without 'unsafe-inline' scripts.
const INIT_JS = `window.ui = SwaggerUIBundle({
  url: ${JSON.stringify(OPENAPI_PATH)},
  dom_id: '#swagger-ui',
  deepLinking: true,
  validatorUrl: null,
  withCredentials: true,
  persistAuthorization: false,
});
`;

// Helmet's default policy, plus what Swagger UI needs: inline styles and data: images (its icons).
// Only these pages get it; every other answer keeps helmet's default.
const DOCS_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

function docsPolicy(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('Content-Security-Policy', DOCS_CSP);
  next();
}

/** /api/docs: Swagger UI from node_modules (no CDN), reading /api/v1/openapi.json. */
export function apiDocsRouter(): Router {
  const router = Router();
  router.use(docsPolicy);
  router.get('/', (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(INDEX_HTML);
  });
  router.get('/init.js', (_req, res) => {
    res.type('application/javascript').send(INIT_JS);
  });
  // Only the UI's own assets, not the rest of the package folder.
  const assets = express.static(swaggerUiDir, { index: false, maxAge: '1d' });
  router.use((req, res, next) => (UI_ASSETS.test(req.path) ? assets(req, res, next) : next()));
  return router;
}
