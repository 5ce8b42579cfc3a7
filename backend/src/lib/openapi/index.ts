// Builds the OpenAPI 3.1 document from what the modules describe (their *.openapi.ts files).
// Generic: it never imports a module; modules/docs puts the pieces together.
export { buildOpenApiDocument, toOpenApiPath, type OpenApiDocument } from './build.js';
export type { JsonSchema, ModuleApiDoc, OperationSpec } from './types.js';
