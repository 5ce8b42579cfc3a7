// A job whose server process is killed mid-job (SIGKILL: no graceful stop, no failed attempt, its
// heartbeats just stop) is taken over by another instance and continues after its last committed
// chunk: every row is applied once, whether the process died just after a commit or inside a chunk.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRows, principalOf, waitForJob } from './jobs-support.js';
import { bearer, registerUser, type ProductBody, type Session } from './products-support.js';
import { STOCK_KIND, stockKind } from './support/job-kinds.js';
import { createTestApp, type TestApp } from './support/app.js';
import { createWorkspace, productBody } from './workspaces-support.js';

const workerEntry = fileURLToPath(new URL('./support/job-crash-worker.ts', import.meta.url));

// The instance the requests go to works no jobs: only the crashing worker, then the survivor, do.
let t: TestApp;
let owner: Session;
beforeAll(async () => {
  t = await createTestApp();
  t.userJobs.defineJobKind(STOCK_KIND, stockKind());
  owner = await registerUser(t.app);
});
afterAll(() => t.close());

/** Runs the worker until it kills itself; resolves with the signal it died of. */
function crashingWorker(crash: 'after-commit' | 'in-chunk'): Promise<NodeJS.Signals | null> {
  const child = spawn(process.execPath, ['--import', 'tsx', workerEntry], {
    env: { PATH: process.env.PATH ?? '', DATABASE_URL: t.databaseUrl, CRASH: crash },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return new Promise((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
}

describe.each(['after-commit', 'in-chunk'] as const)('when the worker is killed %s', (crash) => {
  it('then another instance finishes the job, and no product is changed twice', async () => {
    const { id: workspaceId, slug } = await createWorkspace(t.app, owner);
    const products: ProductBody[] = [];
    for (let i = 0; i < 12; i++) {
      products.push((await request(t.app).post(`/api/v1/workspaces/${slug}/products`).set(bearer(owner.accessToken)).send(productBody({ stock: 0 }))).body as ProductBody);
    }
    const ids = products.map((p) => p.id);
    const job = await t.userJobs.createJob(principalOf(owner), { kind: STOCK_KIND, workspaceId, input: { ids }, total: ids.length });

    expect(await crashingWorker(crash)).toBe('SIGKILL');
    const committed = crash === 'after-commit' ? 5 : 0;
    expect(await t.owner.prisma.jobRow.count({ where: { jobId: job.id } })).toBe(committed);
    expect(await t.owner.prisma.job.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({ state: 'running', done: committed });
    const stocks = await t.owner.prisma.product.findMany({ where: { id: { in: ids } }, select: { stock: true } });
    expect(stocks.filter((p) => p.stock === 1)).toHaveLength(committed);

    // The survivor runs maintenance, as a server does: the dead worker's job is handed back once its heartbeat lapses.
    const survivor = await createTestApp({ shareWith: t, workJobs: true, jobMaintenance: true });
    survivor.userJobs.defineJobKind(STOCK_KIND, stockKind());
    try {
      const done = await waitForJob(t.app, owner.accessToken, job.id, ['succeeded', 'failed', 'cancelled'], 90_000);
      expect(done).toMatchObject({ state: 'succeeded', total: 12, done: 12, failed: 0, result: { outcomes: { applied: 12 } } });
    } finally {
      await survivor.close();
    }
    const rows = await allRows(t.app, owner.accessToken, job.id);
    expect(rows.map((r) => [r.row, r.productId, r.version])).toEqual(ids.map((id, i) => [i + 1, id, 2]));
    const after = await t.owner.prisma.product.findMany({ where: { id: { in: ids } }, select: { stock: true, version: true } });
    expect(after.every((p) => p.stock === 1 && p.version === 2)).toBe(true);
    const versions = await t.owner.prisma.productVersion.findMany({ where: { productId: { in: ids } }, select: { version: true, jobId: true } });
    expect(versions.filter((v) => v.version === 2).map((v) => v.jobId)).toEqual(ids.map(() => job.id));
    expect(versions).toHaveLength(24);
  }, 120_000);
});
