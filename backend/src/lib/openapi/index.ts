// Builds the OpenAPI 3.1 document from what the modules describe (their *.openapi.ts files).
// Generic: it never imports a module; modules/docs puts the pieces together.
export { buildOpenApiDocument, toOpenApiPath, type DocumentInfo, type OpenApiDocument } from './build.js';
export { joiToJsonSchema } from './joi.js';
export type { HeaderName, JsonSchema, ModuleApiDoc, OperationSpec, SuccessResponse } from './types.js';
