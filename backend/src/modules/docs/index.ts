export { apiDocsRouter, openApiRouter } from './docs.routes.js';
export { openApiDocument } from './openapi-document.js';
