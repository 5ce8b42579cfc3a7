// `npm run bench [-- --quick] [-- --save] [-- --profile] [-- --compare]`: starts private servers on loopback,
// measures, prints one markdown table, stops everything. See benchmarks/README.md.
import { rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import pg from 'pg';
import { ensureBuilt } from './lib/build.js';
import { createBench } from './lib/context.js';
import { renderReport } from './lib/report.js';
import { saveResults } from './lib/save.js';
import { startStack, type Stack } from './lib/servers.js';
import { authScenario } from './scenarios/auth.js';
import { BULK_PARTS, bulkScenario } from './scenarios/bulk.js';
import { catalogueScenario } from './scenarios/catalogue.js';
import { eventsScenario } from './scenarios/events.js';
import { healthScenario } from './scenarios/health.js';
import { imagesScenario } from './scenarios/images.js';
import { passwordResetScenario } from './scenarios/password-reset.js';
import { productsScenario } from './scenarios/products.js';

const args = new Set(process.argv.slice(2));
// --only=health,auth runs a subset (while working on one path); the full table needs all of them.
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
const wanted = (name: string) => !only || only.includes(name);
// Parts of the products scenario: --only=detail,list,... runs those after seeding the catalogue.
const PRODUCT_PARTS = ['detail', 'signed-in', 'list', 'uncached', 'search', 'create'];
// --compare (issue 20) adds the typical production stack beside the cached detail, so it runs that part.
const compare = process.argv.includes('--compare');
const wantedPart = (part: string) => !only || only.includes('products') || only.includes(part) || (compare && part === 'detail');
// The bulk work of issue 18 (scenarios/bulk.ts): --only=bulk for all of it, or --only=export,...
const wantedBulkPart = (part: string) => !only || only.includes('bulk') || only.includes(part);
const quick = args.has('--quick');
// The table sizes the list latency is measured at; --quick uses small ones (a smoke test of the harness).
const SIZES = quick ? [1_000, 5_000, 20_000] : [10_000, 100_000, 1_000_000];
const started = new Date();
const loadBefore = loadavg()[0]!.toFixed(2);
const workDir = join(tmpdir(), `shelfwise-bench-${process.pid}`);
const log = (msg: string) => console.error(`[bench ${((Date.now() - started.getTime()) / 1000).toFixed(0).padStart(3)} s] ${msg}`);

async function versions(stack: Stack): Promise<{ postgres: string; redis: string }> {
  const client = new pg.Client({ connectionString: stack.databaseUrl });
  await client.connect();
  const postgres = String(
    (await client.query<{ v: string }>("SELECT current_setting('server_version') || ', shared_buffers ' || current_setting('shared_buffers') AS v")).rows[0]?.v ?? '?',
  );
  await client.end();
  const redis = new Redis(stack.redisUrl, { lazyConnect: true });
  await redis.connect();
  const info = await redis.info('server');
  redis.disconnect();
  return { postgres: `PostgreSQL ${postgres}`, redis: /redis_version:(\S+)/.exec(info)?.[1] ?? '?' };
}

async function main(): Promise<void> {
  const buildWarning = await ensureBuilt(log);
  log(`starting PostgreSQL, Redis, the API and the baseline under ${workDir}`);
  const stack = await startStack(workDir, log, { profile: args.has('--profile') });
  try {
    await stack.setDurable(true);
    // --seconds=N: longer measured runs (e.g. to profile one scenario in --quick mode).
    const seconds = Number(process.argv.find((a) => a.startsWith('--seconds='))?.slice('--seconds='.length)) || undefined;
    const bench = createBench(stack, quick, log, seconds);
    if (buildWarning) bench.notes.push(buildWarning);
    if (wanted('health')) await healthScenario(bench);
    if (wanted('auth')) await authScenario(bench);
    if (wanted('reset')) await passwordResetScenario(bench);
    if (wanted('images')) await imagesScenario(bench);
    // Issue 19's relay, SSE fan-out and webhooks, on the main database (scenarios/events.ts).
    if (wanted('events')) await eventsScenario(bench);
    const parts = PRODUCT_PARTS.filter(wantedPart);
    const bulkParts = BULK_PARTS.filter(wantedBulkPart);
    if (wanted('catalogue') || parts.length || bulkParts.length) {
      // The bulk parts alone need the largest catalogue only (the smaller ones are steps to it otherwise).
      const sizes = wanted('catalogue') || wanted('products') || parts.length ? SIZES : SIZES.slice(-1);
      const largest = await catalogueScenario(bench, sizes, wanted('catalogue') || wanted('products'));
      if (parts.length) {
        // The throughput scenarios run on the largest catalogue.
        await stack.restartApi({ DATABASE_URL: largest });
        await productsScenario(bench, largest, wantedPart, { compare });
      }
      // Last, on the same catalogue: they change it.
      if (bulkParts.length) await bulkScenario(bench, largest, wantedBulkPart);
    }
    bench.redis.disconnect();

    const report = renderReport([...(bench.hasBaseline() ? [bench.baselineRow()] : []), ...bench.rows], {
      mode: quick ? 'quick' : 'full',
      startedAt: started,
      seconds: (Date.now() - started.getTime()) / 1000,
      ...(await versions(stack)),
      loadBefore,
      notes: bench.notes,
    });
    console.log(report);
    if (args.has('--save')) await saveResults(report, log);
  } finally {
    await stack.stop();
    // --keep leaves the API log (and the stopped database) for a look afterwards.
    if (!args.has('--keep')) await rm(workDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
