// Row-level security and grants on "Job" and "JobRow" (migration 20261206090000_jobs), asked of the
// database itself as the API's role, without the services' checks: who reads a job and its rows,
// where one may be made, and that a job's rows are append-only.
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inDbContext } from '../src/lib/db-context.js';
import { startBulk } from './jobs-support.js';
import { registerUser, type Session } from './products-support.js';
import { createTestApp, type TestApp } from './support/app.js';
import { createWorkspace } from './workspaces-support.js';

let t: TestApp;
let owner: Session;
let stranger: Session;
let job: { id: string; workspaceId: string };
beforeAll(async () => {
  t = await createTestApp({ workJobs: true });
  owner = await registerUser(t.app);
  stranger = await registerUser(t.app);
  const { slug, id } = await createWorkspace(t.app, owner);
  const created = await request(t.app).post(`/api/v1/workspaces/${slug}/products`).set('Authorization', `Bearer ${owner.accessToken}`).send({ name: 'Jar', sku: 'RLS-1', price: '1.00' });
  const started = await startBulk(t.app, owner.accessToken, slug, { selection: { ids: [{ id: created.body.id as string, version: 1 }] }, action: { type: 'trash' } });
  job = { id: started.id, workspaceId: id };
  // Its one row written (expect.poll is for tests, not for their setup).
  for (let i = 0; i < 200 && (await t.owner.prisma.jobRow.count({ where: { jobId: job.id } })) === 0; i++) await new Promise((resolve) => setTimeout(resolve, 50));
});
afterAll(() => t.close());

type Work<T> = Parameters<typeof inDbContext<T>>[2];
const asUser = <T>(userId: string, work: Work<T>, workspaceId?: string) => inDbContext(t.db.prisma, { userId, ...(workspaceId ? { workspaceId } : {}) }, work);

describe('a job in the database', () => {
  it('when a stranger reads, then neither the job nor its rows exist for them; its owner sees both', async () => {
    expect(await asUser(stranger.userId, (tx) => tx.job.count({ where: { id: job.id } }))).toBe(0);
    expect(await asUser(stranger.userId, (tx) => tx.jobRow.count({ where: { jobId: job.id } }))).toBe(0);
    expect(await asUser(owner.userId, (tx) => tx.job.count({ where: { id: job.id } }))).toBe(1);
    expect(await asUser(owner.userId, (tx) => tx.jobRow.count({ where: { jobId: job.id } }))).toBe(1);
  });

  it('when rows are changed or deleted, or a job deleted, even in its workspace, then the database refuses', async () => {
    const denied = /permission denied/;
    await expect(asUser(owner.userId, (tx) => tx.$executeRaw`UPDATE "JobRow" SET "outcome" = 'applied' WHERE "jobId" = ${job.id}::uuid`, job.workspaceId)).rejects.toThrow(denied);
    await expect(asUser(owner.userId, (tx) => tx.$executeRaw`DELETE FROM "JobRow" WHERE "jobId" = ${job.id}::uuid`, job.workspaceId)).rejects.toThrow(denied);
    await expect(asUser(owner.userId, (tx) => tx.$executeRaw`DELETE FROM "Job" WHERE "id" = ${job.id}::uuid`, job.workspaceId)).rejects.toThrow(denied);
    expect(await t.owner.prisma.jobRow.count({ where: { jobId: job.id } })).toBe(1);
  });

  it('when a stranger makes a job or a row in a workspace not theirs, then the policies refuse it', async () => {
    const refused = /row-level security/;
    await expect(asUser(stranger.userId, (tx) => tx.$executeRaw`
      INSERT INTO "Job" ("id", "kind", "ownerId", "workspaceId", "input", "updatedAt") VALUES (gen_random_uuid(), 'bulk_edit', ${stranger.userId}::uuid, ${job.workspaceId}::uuid, '{}', now())`, job.workspaceId)).rejects.toThrow(refused);
    await expect(asUser(stranger.userId, (tx) => tx.$executeRaw`
      INSERT INTO "JobRow" ("jobId", "row", "outcome") VALUES (${job.id}::uuid, 99, 'applied')`, job.workspaceId)).rejects.toThrow(refused);
    // Not refused but unseen (outside a transaction that names its workspace): the update matches no row.
    await expect(asUser(stranger.userId, (tx) => tx.$executeRaw`UPDATE "Job" SET "cancelRequestedAt" = now() WHERE "id" = ${job.id}::uuid`)).resolves.toBe(0);
  });
});
