import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startMailCatcher, type MailCatcher } from '@shelfwise/devstack';
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

// As `npm start` runs it: mail to a catcher, and writes only for a confirmed address.
let server: LiveServer;
let mail: MailCatcher;
beforeAll(async () => {
  mail = await startMailCatcher();
  server = await startLiveServer({ smtpUrl: mail.smtpUrl, env: { UNVERIFIED_USERS_MAY_WRITE: 'false' } });
});
afterAll(async () => {
  await server?.close();
  await mail?.close();
});

describe('the Postman collection', () => {
  it('when regenerated from the OpenAPI document, then it equals the committed files (run `npm run postman -w backend`)', async () => {
    for (const [name, content] of Object.entries(postmanFiles())) expect(await committed(name), name).toBe(content);
  });

  it('when read, then every request to the API is a documented operation, and the others only read the mail catcher', async () => {
    const collection = JSON.parse(await committed('shelfwise.postman_collection.json')) as { item: Item[] };
    const validator = createResponseValidator(openApiDocument());
    const all = requestsOf(collection.item);
    const requests = all.filter(({ request }) => request!.url.startsWith('{{baseUrl}}'));
    expect(requests.length).toBeGreaterThan(5);
    // The confirmation and reset emails of the first user; the second member's confirmation and invitation.
    expect(all.filter((r) => !requests.includes(r)).map(({ request }) => `${request!.method} ${request!.url.split('?')[0]}`)).toEqual(
      Array.from({ length: 4 }, () => 'GET {{mailUrl}}/api/messages'),
    );
    for (const { name, request } of requests) {
      const path = request!.url.replace('{{baseUrl}}', '').replace(/\{\{\w+\}\}/g, 'x');
      expect(validator.findOperation(request!.method, path), `${name}: ${request!.method} ${path}`).toBeDefined();
    }
  });

  it('when newman runs the session against a live server, then every assertion passes', async () => {
    const summary = await runNewman({
      collection: JSON.parse(await committed('shelfwise.postman_collection.json')),
      environment: JSON.parse(await committed('local.postman_environment.json')),
      envVar: [
        { key: 'baseUrl', value: server.url },
        { key: 'mailUrl', value: mail.webUrl.replace(/\/$/, '') },
      ],
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
