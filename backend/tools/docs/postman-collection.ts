import type { OpenApiDocument } from '../../src/lib/openapi/index.js';

// Builds the Postman collection (v2.1) from the OpenAPI document and a scripted session: each step
// names an operationId, and its method and path are read from the document, so a request cannot
// point at a route that does not exist. Written to postman/ by write-postman.ts.

export interface PostmanStep {
  name: string;
  /** The API operation this step calls; or else `outside`, a request to something beside the API. */
  operationId?: string;
  /** E.g. the development stack's mail catcher, where the emailed links are read: GET only. */
  outside?: { url: string; description: string };
  /** Values for the path's {parameters}, usually Postman variables: { id: '{{productId}}' }. */
  pathVars?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  /**
   * A body sent as written, with its Content-Type (a multipart upload spelled out, so that the
   * collection carries its file and needs none on disk); instead of `body`.
   */
  raw?: { contentType: string; text: string };
  headers?: Record<string, string>;
  /** Sent without the collection's bearer token. */
  anonymous?: boolean;
  prerequest?: string[];
  tests: string[];
}

export interface PostmanFolder {
  name: string;
  description: string;
  steps: PostmanStep[];
}

type Collection = Record<string, unknown>;

function findOperation(document: OpenApiDocument, operationId: string): { method: string; path: string } {
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, op] of Object.entries(item)) if (op.operationId === operationId) return { method, path };
  }
  throw new Error(`Postman: no operation ${operationId} in the OpenAPI document`);
}

function request(document: OpenApiDocument, step: PostmanStep): Collection {
  if (step.outside) {
    return {
      name: step.name,
      event: [{ listen: 'test', script: { type: 'text/javascript', exec: step.tests } }],
      request: { method: 'GET', header: [], auth: { type: 'noauth' }, url: step.outside.url, description: step.outside.description },
    };
  }
  if (!step.operationId) throw new Error(`Postman: step "${step.name}" names neither an operation nor an outside URL`);
  const { method, path } = findOperation(document, step.operationId);
  const resolved = path.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const value = step.pathVars?.[name];
    if (!value) throw new Error(`Postman: step "${step.name}" gives no value for {${name}}`);
    return value;
  });
  const query = Object.entries(step.query ?? {}).map(([key, value]) => `${key}=${value}`).join('&');
  const headers = Object.entries(step.headers ?? {}).map(([key, value]) => ({ key, value }));
  if (step.body !== undefined) headers.unshift({ key: 'Content-Type', value: 'application/json' });
  if (step.raw !== undefined) headers.unshift({ key: 'Content-Type', value: step.raw.contentType });
  const event = [
    ...(step.prerequest ? [{ listen: 'prerequest', script: { type: 'text/javascript', exec: step.prerequest } }] : []),
    { listen: 'test', script: { type: 'text/javascript', exec: step.tests } },
  ];
  return {
    name: step.name,
    event,
    request: {
      method: method.toUpperCase(),
      header: headers,
      ...(step.anonymous ? { auth: { type: 'noauth' } } : {}),
      ...(step.body !== undefined ? { body: { mode: 'raw', raw: JSON.stringify(step.body, null, 2) } } : {}),
      ...(step.raw !== undefined ? { body: { mode: 'raw', raw: step.raw.text } } : {}),
      url: `{{baseUrl}}${resolved}${query ? `?${query}` : ''}`,
      description: `operationId: \`${step.operationId}\``,
    },
  };
}

// Checked after every request: each answer names its request id, each error is a problem document.
// (Of the API's answers: a step that reads the mail catcher is not one.)
const EVERY_RESPONSE = [
  "if (pm.request.url.toString().startsWith(pm.variables.replaceIn('{{baseUrl}}'))) {",
  "  pm.test('has an X-Request-Id', () => pm.response.to.have.header('X-Request-Id'));",
  '  if (pm.response.code >= 400) {',
  "    pm.test('errors are problem+json', () => pm.expect(pm.response.headers.get('Content-Type')).to.match(/^application\\/problem\\+json/));",
  '  }',
  '}',
];

export function buildPostmanCollection(document: OpenApiDocument, folders: PostmanFolder[], variables: Record<string, string>): Collection {
  return {
    info: {
      name: `${document.info.title}: a session`,
      description: 'Generated from the OpenAPI document (npm run postman -w backend); run with newman by npm test.',
      schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json',
    },
    auth: { type: 'bearer', bearer: [{ key: 'token', value: '{{accessToken}}', type: 'string' }] },
    event: [{ listen: 'test', script: { type: 'text/javascript', exec: EVERY_RESPONSE } }],
    variable: Object.entries(variables).map(([key, value]) => ({ key, value, type: 'string' })),
    item: folders.map((folder) => ({
      name: folder.name,
      description: folder.description,
      item: folder.steps.map((step) => request(document, step)),
    })),
  };
}

/** An environment for a server on the given base URL, whose mail is caught at `mailUrl`. */
export function buildPostmanEnvironment(name: string, baseUrl: string, mailUrl: string): Collection {
  return {
    name,
    values: [
      { key: 'baseUrl', value: baseUrl, type: 'default', enabled: true },
      { key: 'mailUrl', value: mailUrl, type: 'default', enabled: true },
    ],
    _postman_variable_scope: 'environment',
  };
}
