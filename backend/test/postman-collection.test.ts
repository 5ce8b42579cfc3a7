import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import newman, { type NewmanRunSummary } from 'newman';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../src/lib/paths.js';
import { openApiDocument } from '../src/modules/docs/index.js';
import { postmanFiles } from '../tools/docs/postman-files.js';
import { createResponseValidator } from './support/response-validator.js';
import { startLiveServer, type LiveServer } from './openapi-support.js';

const committed = (name: string) => readFile(join(projectRoot, 'postman', name), 'utf8');

interface Item {
  name: string;
  item?: Item[];
  request?: { method: string; url: string };
}
const requestsOf = (items: Item[]): Item[] => items.flatMap((i) => (i.item ? requestsOf(i.item) : [i]));

function runNewman(options: newman.NewmanRunOptions): Promise<NewmanRunSummary> {
  return new Promise((resolve, reject) => newman.run(options, (err, summary) => (err ? reject(err) : resolve(summary))));
}

let server: LiveServer;
beforeAll(async () => {
  server = await startLiveServer();
});
afterAll(() => server?.close());

describe('the Postman collection', () => {
  it('when regenerated from the OpenAPI document, then it equals the committed files (run `npm run postman -w backend`)', async () => {
    for (const [name, content] of Object.entries(postmanFiles())) expect(await committed(name), name).toBe(content);
  });

  it('when read, then every request is a documented operation', async () => {
    const collection = JSON.parse(await committed('shelfwise.postman_collection.json')) as { item: Item[] };
    const validator = createResponseValidator(openApiDocument());
    const requests = requestsOf(collection.item);
    expect(requests.length).toBeGreaterThan(5);
    for (const { name, request } of requests) {
      const path = request!.url.replace('{{baseUrl}}', '').replace(/\{\{\w+\}\}/g, 'x');
      expect(validator.findOperation(request!.method, path), `${name}: ${request!.method} ${path}`).toBeDefined();
    }
  });

  it('when newman runs the session against a live server, then every assertion passes', async () => {
    const summary = await runNewman({
      collection: JSON.parse(await committed('shelfwise.postman_collection.json')),
      environment: JSON.parse(await committed('local.postman_environment.json')),
      envVar: [{ key: 'baseUrl', value: server.url }],
      reporters: [],
      timeoutRequest: 10_000,
    });
    const failures = summary.run.failures.map((f) => `${f.source?.name ?? '?'}: ${f.error.name} ${f.error.message}`);
    expect(failures).toEqual([]);
    expect(summary.run.stats.requests.total).toBe(requestsOf(JSON.parse(await committed('shelfwise.postman_collection.json')).item).length);
    expect(summary.run.stats.assertions.failed).toBe(0);
    expect(summary.run.stats.assertions.total).toBeGreaterThan(20);
  }, 60_000);
});
