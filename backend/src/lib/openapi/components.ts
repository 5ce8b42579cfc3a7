import type { HeaderName, JsonSchema, RequestHeaderName } from './types.js';

// The parts of the document every module shares: the problem+json body, the headers, the
// security schemes. They describe lib/http (problem.ts, request-id.ts, rate-limit.ts).

export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

const fieldError: JsonSchema = {
  type: 'object',
  required: ['in', 'field', 'message', 'code'],
  properties: {
    in: { type: 'string', enum: ['body', 'query', 'params', 'headers'] },
    field: { type: 'string', description: 'Dotted path of the field, e.g. `price` or `tags.0`.' },
    message: { type: 'string' },
    code: { type: 'string', description: 'Joi rule that failed, e.g. `number.min` or `any.required`.' },
  },
  additionalProperties: false,
};

/** RFC 9457 with the members sendProblem() writes; extensions are allowed (checks, retryAfterSeconds, ...). */
const problemSchema: JsonSchema = {
  type: 'object',
  required: ['type', 'title', 'status', 'detail', 'code', 'requestId'],
  properties: {
    type: { type: 'string', pattern: '^urn:shelfwise:problem:[a-z_]+$', examples: ['urn:shelfwise:problem:validation_failed'] },
    title: { type: 'string', description: 'The reason phrase of the status.' },
    status: { type: 'integer', minimum: 400, maximum: 599 },
    detail: { type: 'string', description: 'Safe to show to a person; never a stack or an internal message.' },
    code: { type: 'string', pattern: '^[a-z_]+$', description: 'Stable: branch on it.' },
    requestId: { type: 'string', description: 'Equals the X-Request-Id response header and the server log line.' },
    errors: { type: 'array', items: { $ref: '#/components/schemas/FieldError' }, description: 'One entry per invalid field.' },
    retryAfterSeconds: { type: 'integer', minimum: 0 },
    // The auth module's RevokeReason (modules/auth/session-end.ts; a test keeps the two lists equal).
    reason: {
      type: 'string',
      enum: ['logout', 'logout_all', 'password_changed', 'password_reset', 'account_deactivated', 'refresh_token_reuse'],
      description:
        'On 401 `invalid_refresh_token` and `session_revoked`, when the token presented belongs to a session that was ended on purpose: why. Absent for an unknown token and for a session that only expired.',
    },
  },
  additionalProperties: true,
};

export const sharedSchemas: Record<string, JsonSchema> = { Problem: problemSchema, FieldError: fieldError };

const TOKEN = '^[A-Za-z0-9._:-]{1,128}$';

// A structured-field list of named quota items: `"api"; r=599; t=60, "auth-ip"; r=29; t=60`.
const quotaList = (keys: string) => {
  const item = `"[^"]+"(; ?(${keys})=[^;,]+)+`;
  return `^${item}(, ?${item})*$`;
};

export const headers: Record<HeaderName, JsonSchema> = {
  'X-Request-Id': {
    description: 'The id of this request in the server logs; the one the client sent when it was sane, else a new UUID.',
    schema: { type: 'string', pattern: TOKEN },
  },
  RateLimit: {
    description: 'Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies.',
    schema: { type: 'string', pattern: quotaList('r|t') },
  },
  'RateLimit-Policy': {
    description: 'The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key).',
    schema: { type: 'string', pattern: quotaList('q|w|pk') },
  },
  'Retry-After': { description: 'Seconds to wait before trying again.', schema: { type: 'string', pattern: '^\\d+$' } },
  ETag: {
    description: 'Version of the representation; send it back in If-Match to update or delete safely.',
    schema: { type: 'string', pattern: '^(W/)?"[^"]*"$' },
  },
  Location: { description: 'URL of the created resource.', schema: { type: 'string' } },
  'Set-Cookie': {
    description: 'The refresh-token cookie `shelfwise_refresh` (HttpOnly, SameSite=Strict, Path=/api/v1/auth; cleared on logout), and on sign-in also the device cookie `shelfwise_device` (same attributes, 1 year).',
    schema: { type: 'string', pattern: '^shelfwise_(refresh|device)=' },
  },
  'Cache-Control': { description: 'Caching policy of the answer.', schema: { type: 'string' } },
  'WWW-Authenticate': { description: 'The scheme to authenticate with (RFC 6750).', schema: { type: 'string', pattern: '^Bearer' } },
  'X-Cache': {
    description: 'Whether the answer came from the cache: `HIT` or `MISS`; `STALE` when the database is unavailable and this is the last cached copy, past its freshness (by at most the server\'s `STALE_IF_ERROR_SECONDS`).',
    schema: { type: 'string', enum: ['HIT', 'MISS', 'STALE'] },
  },
  'Idempotent-Replayed': {
    description: '`true` when this is the stored answer to an earlier request with the same Idempotency-Key.',
    schema: { type: 'string', enum: ['true'] },
  },
  'Content-Disposition': {
    description: 'A download: `attachment` with the file name to save it as.',
    schema: { type: 'string', pattern: '^attachment; filename="[^"]+"$' },
  },
  'X-Total-Count': {
    description: 'How many rows the streamed answer holds: exact, or `10000+` past the count\'s cap (for a progress bar).',
    schema: { type: 'string', pattern: '^\\d+\\+?$' },
  },
};

export const requestHeaders: Record<RequestHeaderName, JsonSchema> = {
  'If-Match': {
    name: 'If-Match', in: 'header',
    description: 'The ETag last read; the change is refused with 412 when the resource changed since.',
    schema: { type: 'string' },
  },
  'If-None-Match': {
    name: 'If-None-Match', in: 'header',
    description: 'An ETag already held; the answer is 304 without a body when it is still current.',
    schema: { type: 'string' },
  },
  'Idempotency-Key': {
    name: 'Idempotency-Key', in: 'header',
    description: 'A unique key per intended creation (e.g. a UUID): a retry with the same key and body gets the first answer back instead of a second resource.',
    schema: { type: 'string', minLength: 1, maxLength: 255 },
  },
  'X-Request-Id': {
    name: 'X-Request-Id', in: 'header',
    description: 'Optional correlation id, echoed in the response header and the logs.',
    schema: { type: 'string', pattern: TOKEN },
  },
  'Last-Event-ID': {
    name: 'Last-Event-ID', in: 'header',
    description: 'The `id:` of the last event received (EventSource sends it when it reconnects): the stream resumes right after it.',
    schema: { type: 'string', pattern: '^\\d{1,15}$' },
  },
};

export const securitySchemes: Record<string, JsonSchema> = {
  bearerAuth: {
    type: 'http', scheme: 'bearer', bearerFormat: 'JWT',
    description: 'The access token from register, login or refresh (15 minutes by default).',
  },
  apiKey: {
    type: 'http', scheme: 'bearer', bearerFormat: 'sw_<prefix>_<secret>',
    description: 'A personal API key (POST /api/v1/auth/api-keys), sent as `Authorization: Bearer sw_…`. Accepted by the product routes and the events stream only, within its scopes: `products:write` for changes, `products:read` (or `products:write`) to see the drafts of its owner\'s workspaces and to follow the events stream; every other route needs a session (403 `session_required`). Limited per key by API_KEY_RATE_LIMIT_MAX.',
  },
  refreshCookie: {
    type: 'apiKey', in: 'cookie', name: 'shelfwise_refresh',
    description: 'The HttpOnly refresh-token cookie set by register, login and refresh; only sent to /api/v1/auth.',
  },
  metricsToken: {
    type: 'http', scheme: 'bearer',
    description: 'METRICS_TOKEN, when the server has one; without one /metrics is open outside production and absent in it.',
  },
};
