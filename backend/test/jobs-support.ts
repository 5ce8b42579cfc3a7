// Helpers for the jobs and bulk edit tests (jobs*.test.ts, products-bulk*.test.ts).
import type { Express } from 'express';
import request from 'supertest';
import { expect } from 'vitest';
import type { Principal } from '../src/lib/http/authenticate.js';
import type { JobView } from '../src/modules/jobs/index.js';
import { bearer, type Session } from './products-support.js';

export type { JobView };

/** The principal a request of this session would carry: for creating jobs of a test's own kinds. */
export const principalOf = (session: Session, role: 'USER' | 'ADMIN' = 'USER'): Principal => ({
  userId: session.userId,
  role,
  emailVerified: true,
  credential: { kind: 'session', sessionId: session.sessionId, tokenId: 'test' },
});

export const getJob = (app: Express, token: string, id: string) => request(app).get(`/api/v1/jobs/${id}`).set(bearer(token));

/** Polls GET /jobs/:id until the job is in one of `states` (by default: finished), and returns it. */
export async function waitForJob(app: Express, token: string, id: string, states: string[] = ['succeeded', 'failed', 'cancelled'], timeout = 20_000): Promise<JobView> {
  let job: JobView | undefined;
  await expect.poll(async () => {
    const res = await getJob(app, token, id);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    job = res.body as JobView;
    return job.state;
  }, { timeout, interval: 100 }).toSatisfy((state: string) => states.includes(state));
  return job!;
}

/** POST /workspaces/:slug/products/bulk, expecting 202 with the job. */
export async function startBulk(app: Express, token: string, slug: string, body: object): Promise<JobView> {
  const res = await request(app).post(`/api/v1/workspaces/${slug}/products/bulk`).set(bearer(token)).send(body);
  expect(res.status, JSON.stringify(res.body)).toBe(202);
  expect(res.headers.location).toBe(`/api/v1/jobs/${res.body.job.id as string}`);
  return res.body.job as JobView;
}

/** A bulk edit run to its end: started, then waited for. */
export async function runBulk(app: Express, token: string, slug: string, body: object): Promise<JobView> {
  const job = await startBulk(app, token, slug, body);
  return waitForJob(app, token, job.id);
}

/** Every row of a job, in input order (all pages). */
export async function allRows(app: Express, token: string, id: string, query: Record<string, string> = {}): Promise<Array<Record<string, unknown>>> {
  const rows: Array<Record<string, unknown>> = [];
  let cursor: string | null = null;
  do {
    const res = await request(app).get(`/api/v1/jobs/${id}/rows`).query({ ...query, limit: '1000', ...(cursor ? { cursor } : {}) }).set(bearer(token));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    rows.push(...(res.body.data as Array<Record<string, unknown>>));
    cursor = res.body.nextCursor as string | null;
  } while (cursor);
  return rows;
}
