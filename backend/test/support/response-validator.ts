// Checks a real response against the OpenAPI document the server serves: the API tests' contract
// check (ajv is a devDependency; the server never validates its own responses).
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsPlugin from 'ajv-formats';
import { toOpenApiPath, type OpenApiDocument } from '../../src/lib/openapi/index.js';
import type { JsonSchema } from '../../src/lib/openapi/index.js';

// ajv-formats is CommonJS whose default export TypeScript sees one level too deep under NodeNext.
const addFormats = addFormatsPlugin as unknown as (ajv: Ajv2020) => void;

export interface ObservedResponse {
  method: string;
  /** The request path, with or without a query string. */
  url: string;
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  /** The raw body, to tell "no body" from "empty JSON". */
  text?: string;
}

interface HeaderSpec {
  required?: boolean;
  schema: JsonSchema;
}

interface ResponseSpec {
  headers?: Record<string, HeaderSpec>;
  content?: Record<string, { schema: JsonSchema }>;
}

const COMPONENTS_ID = 'https://shelfwise.invalid/components';

// The document's refs point at "#/components/schemas/X"; ajv gets the schemas as one separate
// resource, so every ref is re-pointed at it.
const repoint = (schema: unknown, prefix: string): JsonSchema =>
  JSON.parse(JSON.stringify(schema).replaceAll('"#/components/schemas/', `"${prefix}#/$defs/`)) as JsonSchema;

export function createResponseValidator(document: OpenApiDocument) {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false });
  addFormats(ajv);
  ajv.addSchema({ $id: COMPONENTS_ID, $defs: repoint(document.components.schemas, '') });
  const compiled = new Map<{ schema: JsonSchema }, ValidateFunction>();
  const routes = Object.keys(document.paths)
    .map((template) => ({
      template,
      params: (template.match(/\{/g) ?? []).length,
      regex: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
    }))
    // A literal segment wins over a parameter (/products/search before /products/{id}).
    .sort((a, b) => a.params - b.params);

  /** The operation serving method + path, as the document says; undefined when it says nothing. */
  function findOperation(method: string, url: string): { template: string; operation: JsonSchema } | undefined {
    const path = url.split('?')[0] ?? url;
    const verb = method.toLowerCase() === 'head' ? 'get' : method.toLowerCase();
    for (const route of routes) {
      const operation = document.paths[route.template]?.[verb];
      if (route.regex.test(path) && operation) return { template: route.template, operation };
    }
    return undefined;
  }

  /** Every way the response departs from the document; empty when it conforms. */
  function problemsWith(res: ObservedResponse): string[] {
    const found = findOperation(res.method, res.url);
    const where = `${res.method.toUpperCase()} ${res.url} → ${res.status}`;
    if (!found) return [`${where}: no operation in the document`];
    const responses = found.operation.responses as Record<string, ResponseSpec>;
    const spec = responses[String(res.status)] ?? responses.default;
    if (!spec) return [`${where}: status not documented for ${found.operation.operationId as string} (documented: ${Object.keys(responses).join(', ')})`];

    const problems: string[] = [];
    for (const [name, header] of Object.entries(spec.headers ?? {})) {
      const value = res.headers[name.toLowerCase()];
      if (value === undefined) {
        if (header.required) problems.push(`${where}: missing header ${name}`);
        continue;
      }
      const check = ajv.compile(header.schema);
      for (const item of Array.isArray(value) ? value : [value]) {
        if (!check(item)) problems.push(`${where}: header ${name}: ${JSON.stringify(item)} ${ajv.errorsText(check.errors)}`);
      }
    }
    const isHead = res.method.toLowerCase() === 'head';
    const media = Object.keys(spec.content ?? {});
    const contentType = String(res.headers['content-type'] ?? '').split(';')[0]?.trim() ?? '';
    if (media.length === 0) {
      if (res.text) problems.push(`${where}: a body was sent where the document says none`);
      return problems;
    }
    if (isHead) return problems;
    if (!media.includes(contentType)) problems.push(`${where}: content-type ${contentType || '(none)'}, documented ${media.join(', ')}`);
    // The schema of the media type sent (an answer may come as JSON or CSV), else the first one.
    const media0 = media.includes(contentType) ? contentType : media[0]!;
    const content = spec.content![media0]!;
    let validate = compiled.get(content);
    if (!validate) {
      validate = ajv.compile(repoint(content.schema, COMPONENTS_ID));
      compiled.set(content, validate);
    }
    // JSON bodies are checked parsed; any other media type (text/plain metrics) as its text.
    const data = /[/+]json$/.test(contentType) ? res.body : res.text;
    if (!validate(data)) {
      problems.push(`${where}: ${ajv.errorsText(validate.errors, { dataVar: 'body' })}\n${JSON.stringify(data).slice(0, 500)}`);
    }
    return problems;
  }

  /** Every way `data` departs from the named schema of components/schemas; empty when it conforms. */
  function schemaProblems(name: string, data: unknown): string[] {
    const validate = ajv.getSchema(`${COMPONENTS_ID}#/$defs/${name}`);
    if (!validate) return [`no schema ${name} in the document`];
    return validate(data) ? [] : [`${name}: ${ajv.errorsText(validate.errors, { dataVar: 'data' })}`];
  }

  return { findOperation, problemsWith, schemaProblems, toOpenApiPath };
}
