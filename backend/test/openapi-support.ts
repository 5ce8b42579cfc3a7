// Shared by the openapi*, postman* and readme* tests: a live server on a free port, and a client
// whose every response is checked against the OpenAPI document.
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:http';
import type { Express } from 'express';
import request from 'supertest';
import { expect } from 'vitest';
import { openApiDocument } from '../src/modules/docs/index.js';
import { createResponseValidator, type ObservedResponse } from './support/response-validator.js';
import { createTestApp, type TestApp, type TestAppOptions } from './support/app.js';

export interface LiveServer {
  t: TestApp;
  /** http://127.0.0.1:<port>, no trailing slash. */
  url: string;
  close(): Promise<void>;
}

/** The real app (real PostgreSQL and Redis, see support/app.ts) listening on 127.0.0.1 and a free port. */
export async function startLiveServer(options: TestAppOptions = {}): Promise<LiveServer> {
  const t = await createTestApp(options);
  const server = createServer(t.app);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    t,
    url: `http://127.0.0.1:${port}`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await t.close();
    },
  };
}

type Method = 'get' | 'head' | 'post' | 'patch' | 'put' | 'delete';

export interface CallOptions {
  body?: unknown;
  /** Sent as is, e.g. malformed JSON. */
  rawBody?: string;
  token?: string;
  headers?: Record<string, string>;
}

/**
 * A supertest client that asserts each response against the document (status documented for the
 * operation, required headers present and well-formed, body valid) and records which operations
 * and statuses were exercised.
 */
export function contractClient(app: Express) {
  const validator = createResponseValidator(openApiDocument());
  const seen = new Set<string>();

  async function call(method: Method, url: string, options: CallOptions = {}) {
    let req = request(app)[method](url);
    if (options.token) req = req.set('Authorization', `Bearer ${options.token}`);
    for (const [name, value] of Object.entries(options.headers ?? {})) req = req.set(name, value);
    if (options.rawBody !== undefined) req = req.set('Content-Type', 'application/json').send(options.rawBody);
    else if (options.body !== undefined) req = req.send(options.body as object);
    const res = await req;
    const problems = validator.problemsWith({ method, url, status: res.status, headers: res.headers, body: res.body, text: res.text });
    expect(problems, problems.join('\n')).toEqual([]);
    const found = validator.findOperation(method, url);
    if (found) seen.add(`${found.operation.operationId as string} ${res.status}`);
    return res;
  }

  /**
   * A response read by other means (a streamed one, which supertest would wait to end): checked
   * against the document and recorded like the answers of `call`.
   */
  function observe(res: ObservedResponse): void {
    const problems = validator.problemsWith(res);
    expect(problems, problems.join('\n')).toEqual([]);
    const found = validator.findOperation(res.method, res.url);
    if (found) seen.add(`${found.operation.operationId as string} ${res.status}`);
  }

  return {
    call,
    observe,
    /** Problems of `data` against a named schema of the document (components/schemas). */
    schemaProblems: validator.schemaProblems,
    /** "operationId status" pairs seen so far. */
    seen: () => [...seen].sort(),
  };
}

export interface DocumentedOperation {
  operationId: string;
  method: string;
  path: string;
  tags: string[];
  statuses: string[];
}

/** Every operation of the document, with its documented statuses. */
export function documentedOperations(): DocumentedOperation[] {
  const doc = openApiDocument();
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({
      operationId: op.operationId as string,
      method,
      path,
      tags: op.tags as string[],
      statuses: Object.keys(op.responses as object),
    })),
  );
}

/** The operations (of the given tags, or all) that the client never saw answering 2xx. */
export function unexercised(client: ReturnType<typeof contractClient>, include: (op: DocumentedOperation) => boolean): string[] {
  const seen = client.seen();
  return documentedOperations()
    .filter(include)
    .filter((op) => !seen.some((s) => s.startsWith(`${op.operationId} 2`)))
    .map((op) => op.operationId);
}
