import { Redis } from 'ioredis';
import { applyMigrations } from '@shelfwise/devstack';
import { cursorKeyFrom, encodeCursor } from '@shelfwise/backend/products';
import type { Bench } from '../lib/context.js';
import { catalogueFilterRows } from './catalogue-filters.js';
import { fmtRatio, type Row } from '../lib/report.js';
import { createDatabase, growCatalogue, VOCABULARY, withClient } from '../lib/seed.js';
import { sequentialMisses, type Latency, type Target } from '../lib/sequential.js';
import { PORTS } from '../lib/servers.js';

// The products module's cache namespace for list pages and searches (cache-keys.ts LIST_NAMESPACE).
const LIST_NAMESPACE = 'products-list';
const LIST_GROWTH_TARGET = 1.5;
const SEARCH_P95_TARGET_MS = 50;
// How far into the public list the deep page starts: 90% of the active products.
const DEEP = 0.9;

interface Catalogue {
  size: number;
  database: string;
  databaseUrl: string;
}

const label = (n: number) => (n >= 1e6 ? `${n / 1e6}M` : n >= 1e3 ? `${n / 1e3}k` : String(n));

/**
 * One database per size: the smallest is seeded, each larger one starts as a copy of the one before
 * and grows, so every size is a whole table. Seeding runs without fsync; the catalogue databases
 * are then left as they are.
 */
async function buildCatalogues(bench: Bench, sizes: number[]): Promise<Catalogue[]> {
  const catalogues: Catalogue[] = [];
  await bench.stack.setDurable(false);
  for (const [i, size] of sizes.entries()) {
    const database = `catalogue_${label(size).toLowerCase()}`;
    const databaseUrl = bench.stack.databaseUrlOf(database);
    const started = performance.now();
    const previous = catalogues[i - 1];
    await createDatabase(bench.stack.databaseUrl, database, previous?.database);
    if (!previous) await applyMigrations(databaseUrl, () => {});
    await growCatalogue(databaseUrl, previous?.size ?? 0, size);
    bench.log(`  ${label(size)} products seeded in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    catalogues.push({ size, database, databaseUrl });
  }
  await bench.stack.setDurable(true);
  return catalogues;
}

/** The cursor a client walking the public list (-createdAt) holds after `position` rows. */
async function deepCursor(bench: Bench, databaseUrl: string, position: number): Promise<string> {
  const row = await withClient(databaseUrl, async (client) =>
    (await client.query<{ id: string; createdAt: Date }>(
      `SELECT id, "createdAt" FROM "Product" WHERE status = 'active' ORDER BY "createdAt" DESC, id DESC OFFSET $1 LIMIT 1`,
      [position],
    )).rows[0],
  );
  if (!row) throw new Error(`no active product at position ${position}`);
  return encodeCursor(cursorKeyFrom(bench.stack.jwtSecret), { sort: '-createdAt', value: row.createdAt.toISOString(), id: row.id });
}

/**
 * At each table size, the public list's first page and the page that starts 90% of the way through
 * the cursor walk, answered by PostgreSQL (the cache retired before every request), one request at a
 * time. The sizes are served by one API process each and sampled in turn, so a busy moment of the
 * machine falls on all of them alike. Then search latency, the filters and the forgiving search
 * (catalogue-filters.ts) on the largest. Returns the largest
 * catalogue's database, on which the throughput scenarios run.
 */
export async function catalogueScenario(bench: Bench, sizes: number[], measure = true): Promise<string> {
  bench.log(`seeding catalogues of ${sizes.map(label).join(', ')} products`);
  const catalogues = await buildCatalogues(bench, sizes);
  const largest = catalogues.at(-1)!;
  if (!measure) return largest.databaseUrl;

  const samples = bench.quick ? 40 : 500;
  const apis: Array<{ url: string; redis: Redis; cursor: string; stop(): Promise<void> }> = [];
  try {
    for (const [i, catalogue] of catalogues.entries()) {
      const prefix = `${catalogue.database}:`;
      const api = await bench.stack.startExtraApi(PORTS.extraApis[i]!, catalogue.databaseUrl, prefix);
      const cursor = await deepCursor(bench, catalogue.databaseUrl, Math.floor(catalogue.size * 0.9 * DEEP));
      apis.push({ ...api, redis: new Redis(bench.stack.redisUrl, { keyPrefix: prefix }), cursor });
    }
    bench.log(`timing list pages, ${samples} of each, the sizes in turn`);
    const target = (path: (api: (typeof apis)[number]) => string) => apis.map((api): Target => ({ baseUrl: api.url, redis: api.redis, path: () => path(api) }));
    const first = await sequentialMisses(target(() => '/api/v1/products'), LIST_NAMESPACE, samples);
    const deep = await sequentialMisses(target((api) => `/api/v1/products?cursor=${encodeURIComponent(api.cursor)}`), LIST_NAMESPACE, samples);
    bench.rows.push(...listRows(catalogues.map((c, i) => ({ size: c.size, first: first[i]!, deep: deep[i]! }))));

    const biggest = apis.at(-1)!;
    const queries = searchQueries();
    bench.log(`search latency at ${label(largest.size)} products`);
    const [search] = await sequentialMisses(
      [{ baseUrl: biggest.url, redis: biggest.redis, path: (i) => `/api/v1/products?q=${encodeURIComponent(queries[i % queries.length]!)}` }],
      LIST_NAMESPACE,
      samples,
    );
    bench.rows.push({
      scenario: `search \`q\`, ${label(largest.size)} products (uncached, 1 at a time, ${queries.length} mixed queries)`,
      p50: search!.p50,
      p95: search!.p95,
      p99: search!.p99,
      target: `p95 < ${SEARCH_P95_TARGET_MS} ms`,
      met: search!.p95 < SEARCH_P95_TARGET_MS,
    });
    bench.rows.push(...(await catalogueFilterRows(biggest, label(largest.size), samples, (msg) => bench.log(msg))));
  } finally {
    for (const api of apis) {
      api.redis.disconnect();
      await api.stop();
    }
  }
  return largest.databaseUrl;
}

interface Point {
  size: number;
  first: Latency;
  deep: Latency;
}

function listRows(points: Point[]): Row[] {
  const rows: Row[] = [];
  for (const p of points) {
    rows.push(
      { scenario: `list, first page, ${label(p.size)} products (uncached, 1 at a time)`, p50: p.first.p50, p95: p.first.p95, p99: p.first.p99 },
      { scenario: `list, page at 90% of the cursor walk, ${label(p.size)} products (uncached)`, p50: p.deep.p50, p95: p.deep.p95, p99: p.deep.p99 },
    );
  }
  const small = points[0]!;
  const large = points.at(-1)!;
  for (const which of ['first', 'deep'] as const) {
    const growth = (q: 'p50' | 'p95' | 'p99') => large[which][q] / small[which][q];
    rows.push({
      scenario: `list ${which === 'first' ? 'first page' : 'deep page'}: ${label(large.size)} vs ${label(small.size)}`,
      ratio: `p50 ${fmtRatio(growth('p50'), '×')}, p95 ${fmtRatio(growth('p95'), '×')}, p99 ${fmtRatio(growth('p99'), '×')}`,
      target: `≤ ${LIST_GROWTH_TARGET}× (p50 and p99)`,
      met: growth('p50') <= LIST_GROWTH_TARGET && growth('p99') <= LIST_GROWTH_TARGET,
    });
  }
  return rows;
}

/** Queries a shopper would type: words of every frequency, pairs, and prefixes while typing. */
export function searchQueries(): string[] {
  const { adjectives, colours, materials, nouns } = VOCABULARY;
  const out: string[] = [];
  for (let i = 0; i < 100; i++) {
    const noun = nouns[i % nouns.length]!;
    out.push(
      noun,
      `${colours[i % colours.length]} ${noun}`,
      noun.slice(0, 4),
      `${adjectives[i % adjectives.length]} ${materials[(i * 7) % materials.length]}`,
      colours[(i * 3) % colours.length]!,
    );
  }
  return out;
}
