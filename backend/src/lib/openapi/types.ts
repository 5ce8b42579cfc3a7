import type Joi from 'joi';

/** A JSON Schema (2020-12, the dialect of OpenAPI 3.1), written by hand or derived from Joi. */
export type JsonSchema = { [keyword: string]: unknown };

type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** Names of components.securitySchemes (see components.ts). */
type SecurityScheme = 'bearerAuth' | 'apiKey' | 'refreshCookie' | 'metricsToken';

/** Names of the reusable response headers in components.headers (see components.ts). */
export type HeaderName =
  | 'X-Request-Id'
  | 'RateLimit'
  | 'RateLimit-Policy'
  | 'Retry-After'
  | 'ETag'
  | 'Location'
  | 'Set-Cookie'
  | 'Cache-Control'
  | 'WWW-Authenticate'
  | 'X-Cache'
  | 'Idempotent-Replayed'
  | 'Content-Disposition'
  | 'X-Total-Count';

/** Names of the reusable request-header parameters in components.parameters. */
export type RequestHeaderName = 'If-Match' | 'If-None-Match' | 'Idempotency-Key' | 'X-Request-Id' | 'Last-Event-ID';

interface SuccessResponse {
  description: string;
  /** Absent for bodiless answers (204, 304). */
  schema?: JsonSchema;
  contentType?: string;
  /** The same answer in other media types the client may ask for (Accept), e.g. text/csv. */
  alternatives?: Array<{ contentType: string; schema: JsonSchema }>;
  /** Headers this answer always carries, beyond the ones every answer of the operation has. */
  headers?: HeaderName[];
  /** Headers it may carry. */
  optionalHeaders?: HeaderName[];
}

/**
 * One operation, described beside the route that serves it. The Joi schemas are the very objects
 * the route passes to validate(), so the document cannot describe other input than the code takes.
 */
export interface OperationSpec {
  operationId: string;
  method: HttpMethod;
  /** The full Express path, e.g. /api/v1/users/:id. */
  path: string;
  summary: string;
  description?: string;
  tags: string[];
  /** Credentials the route accepts, any one of them; empty for a public operation. */
  security: SecurityScheme[];
  /** The credentials are optional (the route also serves anonymous callers). */
  anonymous?: boolean;
  /** Behind the /api/v1 rate limiter: every answer carries RateLimit headers and 429 is possible. */
  rateLimited: boolean;
  params?: Joi.ObjectSchema;
  query?: Joi.ObjectSchema;
  body?: Joi.ObjectSchema;
  /** A body that is not JSON (a file upload): its media type and a hand-written schema. */
  upload?: { contentType: string; schema: JsonSchema };
  /**
   * Hand-written schema merged into derived fields, for what Joi cannot export: a .custom() rule
   * (the password policy, a decimal price) is opaque to joi-to-json.
   */
  notes?: { body?: Record<string, JsonSchema>; query?: Record<string, JsonSchema> };
  requestHeaders?: Array<{ name: RequestHeaderName; required: boolean }>;
  responses: Record<number, SuccessResponse>;
  /** Error statuses this operation answers, each with the stable `code`s a client may see. */
  problems: Record<number, string[]>;
  /** Headers every successful answer of this operation carries (e.g. Cache-Control: no-store). */
  headers?: HeaderName[];
}

/** What a module contributes to the document: its tag, its named schemas and its operations. */
export interface ModuleApiDoc {
  tags: Array<{ name: string; description: string }>;
  schemas: Record<string, JsonSchema>;
  operations: OperationSpec[];
}
