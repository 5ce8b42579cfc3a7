export { apiDocsRouter, openApiRouter } from './docs.routes.js';
export { OPENAPI_PATH, openApiDocument } from './openapi-document.js';
