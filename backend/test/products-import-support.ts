// Helpers for the CSV import tests (products-import*.test.ts).
import { readFileSync } from 'node:fs';
import type { Express } from 'express';
import request from 'supertest';
import { expect } from 'vitest';
import type { JobView } from '../src/modules/jobs/index.js';
import { bearer } from './products-support.js';

/** A file of test/fixtures/csv, as bytes. */
export const fixture = (name: string) => readFileSync(new URL(`./fixtures/csv/${name}`, import.meta.url));

export const importsPath = (slug: string) => `/api/v1/workspaces/${slug}/imports`;

/** POST a file as a browser's FormData would. */
export const upload = (app: Express, token: string, slug: string, bytes: Buffer | string, filename = 'products.csv', contentType = 'text/csv') =>
  request(app).post(importsPath(slug)).set(bearer(token)).attach('file', Buffer.from(bytes), { filename, contentType });

export interface UploadBody {
  id: string;
  filename: string;
  size: number;
  delimiter: string;
  rows: number;
  headers: string[];
  mapping: Record<string, string | null>;
  preview: Array<{ row: number; cells: Record<string, string>; errors: Array<{ field: string | null; column: string | null; code: string; message: string }> }>;
  createdAt: string;
  expiresAt: string;
}

/** Uploads, expecting 201. */
export async function uploaded(app: Express, token: string, slug: string, bytes: Buffer | string, filename?: string): Promise<UploadBody> {
  const res = await upload(app, token, slug, bytes, filename);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.upload as UploadBody;
}

export const start = (app: Express, token: string, slug: string, id: string, mapping: Record<string, string | null>) =>
  request(app).post(`${importsPath(slug)}/${id}/start`).set(bearer(token)).send({ mapping });

/** Polls the job until it is finished (succeeded, failed or cancelled). */
export async function finishedJob(app: Express, token: string, id: string, timeoutMs = 30_000): Promise<JobView> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const res = await request(app).get(`/api/v1/jobs/${id}`).set(bearer(token));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const job = res.body as JobView;
    if (['succeeded', 'failed', 'cancelled'].includes(job.state)) return job;
    if (Date.now() > until) throw new Error(`job ${id} still ${job.state} after ${timeoutMs} ms: ${JSON.stringify(job)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Uploads, starts with the proposed mapping (or `mapping`), and waits for the job to finish. */
export async function imported(app: Express, token: string, slug: string, bytes: Buffer | string, mapping?: Record<string, string | null>): Promise<JobView> {
  const file = await uploaded(app, token, slug, bytes);
  const res = await start(app, token, slug, file.id, mapping ?? file.mapping);
  expect(res.status, JSON.stringify(res.body)).toBe(202);
  return finishedJob(app, token, (res.body.job as JobView).id);
}

/** GET the failed rows of a job as CSV text. */
export const failedRowsCsv = (app: Express, token: string, jobId: string) =>
  request(app).get(`/api/v1/jobs/${jobId}/failed-rows.csv`).set(bearer(token)).buffer(true).parse((res, done) => {
    let text = '';
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => (text += chunk)).on('end', () => done(null, text));
  });

/** A CSV of `rows` products, SKUs prefixed by `tag`. */
export function generatedCsv(rows: number, tag = 'GEN', from = 1): string {
  const lines = ['sku,name,price,stock'];
  for (let i = from; i < from + rows; i++) lines.push(`${tag}-${i},Generated ${i},${(i % 100) + 1}.50,${i % 50}`);
  return `${lines.join('\n')}\n`;
}
