import { STATUS_CODES } from 'node:http';
import { headers, PROBLEM_MEDIA_TYPE, requestHeaders, securitySchemes, sharedSchemas } from './components.js';
import { joiToJsonSchema, joiToParameters } from './joi.js';
import type { HeaderName, JsonSchema, ModuleApiDoc, OperationSpec } from './types.js';

export interface DocumentInfo {
  title: string;
  version: string;
  description: string;
}

export type OpenApiDocument = JsonSchema & {
  openapi: '3.1.0';
  info: DocumentInfo & JsonSchema;
  paths: Record<string, Record<string, JsonSchema>>;
  components: { schemas: Record<string, JsonSchema> } & JsonSchema;
};

const RATE_LIMIT_HEADERS: HeaderName[] = ['RateLimit', 'RateLimit-Policy'];

/** /api/v1/users/:id → /api/v1/users/{id} */
export const toOpenApiPath = (expressPath: string) => expressPath.replace(/:(\w+)/g, '{$1}');

const pascal = (id: string) => id.charAt(0).toUpperCase() + id.slice(1);

/** The OpenAPI 3.1 document of the given modules' operations; pure, so tests and the server share it. */
export function buildOpenApiDocument(info: DocumentInfo, modules: ModuleApiDoc[]): OpenApiDocument {
  const schemas: Record<string, JsonSchema> = { ...sharedSchemas };
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const module of modules) {
    for (const [name, schema] of Object.entries(module.schemas)) {
      if (schemas[name]) throw new Error(`OpenAPI: schema ${name} is defined twice`);
      schemas[name] = schema;
    }
    for (const op of module.operations) {
      const path = toOpenApiPath(op.path);
      const item = (paths[path] ??= {});
      if (item[op.method]) throw new Error(`OpenAPI: ${op.method.toUpperCase()} ${path} is described twice`);
      item[op.method] = operation(op, schemas);
    }
  }
  return {
    openapi: '3.1.0',
    info: { ...info, license: { name: 'MIT', identifier: 'MIT' } },
    // Relative: the document is right whichever host or port serves it.
    servers: [{ url: '/', description: 'The server that serves this document' }],
    tags: modules.flatMap((m) => m.tags),
    paths,
    components: { schemas, securitySchemes },
  };
}

function operation(op: OperationSpec, schemas: Record<string, JsonSchema>): JsonSchema {
  const parameters = [
    ...(op.params ? joiToParameters(op.params, 'path') : []),
    ...(op.query ? joiToParameters(op.query, 'query', op.notes?.query) : []),
    ...(op.requestHeaders ?? []).map(({ name, required }) => ({ ...requestHeaders[name], required })),
  ];
  // Alternatives, any one of which will do; `{}` among them means "or no credentials at all".
  const security = op.security.length === 0 ? [] : [...op.security.map((scheme) => ({ [scheme]: [] })), ...(op.anonymous ? [{}] : [])];
  const out: JsonSchema = {
    operationId: op.operationId,
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    tags: op.tags,
    security,
    ...(parameters.length ? { parameters } : {}),
  };
  if (op.body) {
    const name = `${pascal(op.operationId)}Request`;
    const schema = joiToJsonSchema(op.body) as JsonSchema & { properties?: Record<string, JsonSchema>; required?: string[] };
    for (const [field, note] of Object.entries(op.notes?.body ?? {})) {
      const derived: JsonSchema = { ...schema.properties?.[field] };
      // A note listing the accepted shapes (oneOf/anyOf) describes a Joi.any() with a custom rule,
      // whose derived `type` names every JSON type: generated clients would read "anything".
      if (note.oneOf || note.anyOf) delete derived.type;
      schema.properties = { ...schema.properties, [field]: { ...derived, ...note } };
    }
    schemas[name] = schema;
    out.requestBody = {
      required: (schema.required ?? []).length > 0,
      content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } },
    };
  }
  if (op.upload) out.requestBody = { required: true, content: { [op.upload.contentType]: { schema: op.upload.schema } } };
  const limits = op.rateLimited ? RATE_LIMIT_HEADERS : [];
  const responses: Record<string, JsonSchema> = {};
  for (const [status, response] of Object.entries(op.responses)) {
    responses[status] = {
      description: response.description,
      headers: headerObjects(['X-Request-Id', ...limits, ...(op.headers ?? []), ...(response.headers ?? [])], response.optionalHeaders ?? []),
      ...(response.schema
        ? {
            content: {
              [response.contentType ?? 'application/json']: { schema: response.schema },
              ...Object.fromEntries((response.alternatives ?? []).map((alt) => [alt.contentType, { schema: alt.schema }])),
            },
          }
        : {}),
    };
  }
  for (const [status, codes] of Object.entries(problemsOf(op))) {
    responses[status] = problemResponse(Number(status), codes, limits);
  }
  out.responses = responses;
  return out;
}

/** The operation's own problems plus those the shared middleware adds to every route of its kind. */
function problemsOf(op: OperationSpec): Record<number, string[]> {
  const problems: Record<number, Set<string>> = {};
  const add = (status: number, ...codes: string[]) => codes.forEach((c) => (problems[status] ??= new Set()).add(c));
  for (const [status, codes] of Object.entries(op.problems)) add(Number(status), ...codes);
  if (op.body) {
    add(400, 'validation_failed', 'malformed_json');
    add(413, 'payload_too_large');
    add(415, 'unsupported_charset', 'unsupported_encoding');
  }
  // Path parameters are left out: a module may check them itself (products answers 404 for a
  // malformed id); those that do validate them say so in `problems`.
  if (op.query) add(400, 'validation_failed');
  if (op.security.includes('bearerAuth')) add(401, 'unauthorized', 'invalid_token', 'token_expired', 'session_revoked');
  // An API key is refused by its shape where only a session will do (lib/http/authenticate.ts).
  if (op.security.includes('bearerAuth') && !op.security.includes('apiKey')) add(403, 'session_required');
  if (op.security.includes('apiKey')) add(401, 'invalid_api_key', 'api_key_revoked', 'api_key_expired');
  if (op.rateLimited) {
    add(429, 'rate_limited');
    add(500, 'internal_error');
    add(503, 'service_unavailable');
  }
  return Object.fromEntries(Object.entries(problems).map(([status, codes]) => [status, [...codes].sort()]));
}

// The body parser runs before the rate limiter, so its refusals (malformed JSON, too large,
// unsupported charset) carry no RateLimit headers.
const BODY_PARSER_STATUSES = new Set([400, 413, 415]);

function problemResponse(status: number, codes: string[], limits: HeaderName[]): JsonSchema {
  const required: HeaderName[] = ['X-Request-Id', ...(BODY_PARSER_STATUSES.has(status) ? [] : limits)];
  if (status === 401) required.push('WWW-Authenticate');
  const optional: HeaderName[] = [...(BODY_PARSER_STATUSES.has(status) ? limits : []), ...(status === 429 || status === 503 ? ['Retry-After' as const] : [])];
  return {
    description: `${STATUS_CODES[status] ?? 'Error'}: ${codes.map((c) => `\`${c}\``).join(', ')}`,
    headers: headerObjects(required, optional),
    content: {
      [PROBLEM_MEDIA_TYPE]: {
        schema: {
          allOf: [{ $ref: '#/components/schemas/Problem' }],
          properties: { status: { const: status }, code: { enum: codes } },
        },
      },
    },
  };
}

function headerObjects(required: HeaderName[], optional: HeaderName[]): Record<string, JsonSchema> {
  const out: Record<string, JsonSchema> = {};
  for (const name of optional) out[name] = { ...headers[name], required: false };
  for (const name of required) out[name] = { ...headers[name], required: true };
  return out;
}
