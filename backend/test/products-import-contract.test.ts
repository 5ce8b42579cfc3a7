import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectDocumented, unexercised } from './images-support.js';
import { finishedJob, fixture, importsPath, start, upload } from './products-import-support.js';
import { bearer, registerUser, type Session } from './products-support.js';
import { createTestApp, type TestApp } from './support/app.js';
import { createWorkspace } from './workspaces-support.js';

// The import operations, each answer checked against the OpenAPI document (status, headers, body);
// then every one of them must have been seen answering 2xx.

let t: TestApp;
let owner: Session;
let slug: string;
beforeAll(async () => {
  t = await createTestApp({ workJobs: true, env: { IMPORT_MAX_BYTES: '4096' } });
  owner = await registerUser(t.app);
  slug = (await createWorkspace(t.app, owner)).slug;
});
afterAll(() => t.close());

const documented = async (req: request.Test | Promise<request.Response>) => {
  const res = await req;
  expectDocumented(res);
  return res;
};

describe('imports', () => {
  it('when a file is uploaded, read, previewed, started and its failed rows fetched, then each answer matches the document', async () => {
    const created = await documented(upload(t.app, owner.accessToken, slug, fixture('duplicates.csv')));
    expect(created.status).toBe(201);
    expect(created.headers.location).toBe(`${importsPath(slug)}/${created.body.upload.id}`);
    const id = created.body.upload.id as string;
    expect((await documented(request(t.app).get(`${importsPath(slug)}/${id}`).set(bearer(owner.accessToken)))).status).toBe(200);
    const mapping = created.body.upload.mapping as Record<string, string | null>;
    expect((await documented(request(t.app).post(`${importsPath(slug)}/${id}/preview`).set(bearer(owner.accessToken)).send({ mapping: { ...mapping, name: null } }))).status).toBe(200);
    const started = await documented(start(t.app, owner.accessToken, slug, id, mapping));
    expect(started.status).toBe(202);
    const job = await finishedJob(t.app, owner.accessToken, started.body.job.id as string);
    expect(job.failed).toBe(2);
    const failed = await documented(request(t.app).get(`/api/v1/jobs/${job.id}/failed-rows.csv`).set(bearer(owner.accessToken)));
    expect(failed.text.split('\r\n')[0]).toBe('sku,name,price,reason');
    expect(failed.status).toBe(200);
  });

  it('when imports are refused, then each problem matches the document', async () => {
    expect((await documented(upload(t.app, owner.accessToken, slug, fixture('pixel.png'), 'pixel.png', 'image/png'))).body.code).toBe('not_csv');
    expect((await documented(upload(t.app, owner.accessToken, slug, fixture('windows-1252.csv')))).body.code).toBe('invalid_encoding');
    expect((await documented(upload(t.app, owner.accessToken, slug, fixture('unclosed-quote.csv')))).body.code).toBe('malformed_csv');
    expect((await documented(upload(t.app, owner.accessToken, slug, 'sku,name\n'.repeat(1_000)))).body.code).toBe('import_too_large');
    expect((await documented(request(t.app).post(importsPath(slug)).set(bearer(owner.accessToken)).field('x', 'y'))).body.code).toBe('import_file_required');
    expect((await documented(request(t.app).post(importsPath('no-such-workspace')).set(bearer(owner.accessToken)).attach('file', fixture('tab.tsv'), 'a.csv'))).body.code).toBe('workspace_not_found');
    const file = await documented(upload(t.app, owner.accessToken, slug, fixture('no-sku.csv')));
    const id = file.body.upload.id as string;
    expect((await documented(start(t.app, owner.accessToken, slug, id, file.body.upload.mapping as Record<string, string | null>))).body.code).toBe('sku_column_missing');
    expect((await documented(start(t.app, owner.accessToken, slug, id, { Nope: 'sku' }))).body.code).toBe('unknown_column');
    expect((await documented(request(t.app).post(`${importsPath(slug)}/${id}/preview`).set(bearer(owner.accessToken)).send({ mapping: { Name: 'sku', Price: 'sku' } }))).body.code).toBe('duplicate_mapping');
    expect((await documented(request(t.app).get(`${importsPath(slug)}/00000000-0000-4000-8000-000000000000`).set(bearer(owner.accessToken)))).body.code).toBe('import_not_found');
    expect((await documented(request(t.app).get('/api/v1/jobs/00000000-0000-4000-8000-000000000000/failed-rows.csv').set(bearer(owner.accessToken)))).body.code).toBe('job_not_found');
    expect((await documented(request(t.app).get(`${importsPath(slug)}/${id}`))).status).toBe(401);
  });
});

describe('coverage', () => {
  it('when the file has run, then every imports operation was seen answering 2xx', () => {
    expect(unexercised('imports')).toEqual([]);
  });
});
