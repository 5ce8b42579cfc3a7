// The catalogue's filters and forgiving search at the largest size (issue 16): a category with its
// descendants, tags (all and any), low stock, each as a first page (which carries the total count)
// and as the next page (which does not, so the pair shows what the count costs), and searches for
// plurals and for typos of the seed's words. One request at a time, the list cache retired before
// each, as in catalogue.ts.
import type { Redis } from 'ioredis';
import { fmtRatio, type Row } from '../lib/report.js';
import { benchCategories, VOCABULARY } from '../lib/seed.js';
import { sequentialMisses } from '../lib/sequential.js';

const LIST_NAMESPACE = 'products-list';
const SEARCH_P95_TARGET_MS = 50;

interface Api {
  url: string;
  redis: Redis;
}

/** Every noun in the plural ("teapots"), except those the seed already spells with an -s. */
function pluralQueries(): string[] {
  return VOCABULARY.nouns.filter((noun) => !noun.endsWith('s')).map((noun) => (/(x|ch|sh)$/.test(noun) ? `${noun}es` : `${noun}s`));
}

/** Every noun of 5 letters or more without its third letter ("teapot": "tepot", "kettle": "ketle"). */
function typoQueries(): string[] {
  return VOCABULARY.nouns.filter((noun) => noun.length >= 5).map((noun) => noun.slice(0, 2) + noun.slice(3));
}

async function getJson(api: Api, path: string): Promise<{ data: unknown[]; nextCursor: string | null }> {
  const res = await fetch(`${api.url}${path}`);
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${(await res.text()).slice(0, 300)}`);
  return (await res.json()) as { data: unknown[]; nextCursor: string | null };
}

export async function catalogueFilterRows(api: Api, size: string, samples: number, log: (msg: string) => void): Promise<Row[]> {
  const rows: Row[] = [];
  const time = async (paths: string[]) =>
    (await sequentialMisses([{ baseUrl: api.url, redis: api.redis, path: (i) => paths[i % paths.length]! }], LIST_NAMESPACE, samples))[0]!;

  log(`search latency at ${size} products: plurals and typos`);
  for (const [what, queries] of [['a plural ("teapots")', pluralQueries()], ['a typo ("tepot")', typoQueries()]] as const) {
    const paths = queries.map((q) => `/api/v1/products?q=${encodeURIComponent(q)}`);
    // Whether the forgiving search finds the word at all, asked once before the timing.
    let found = 0;
    for (const path of paths) if ((await getJson(api, path)).data.length > 0) found++;
    const latency = await time(paths);
    rows.push({
      scenario: `search \`q\` with ${what}, ${size} products (uncached, ${queries.length} queries, ${found} of them find products)`,
      p50: latency.p50,
      p95: latency.p95,
      p99: latency.p99,
      target: `p95 < ${SEARCH_P95_TARGET_MS} ms`,
      met: latency.p95 < SEARCH_P95_TARGET_MS && found === queries.length,
    });
  }

  const categories = benchCategories();
  const { tags } = VOCABULARY;
  const pairs = tags.map((tag, i) => [tag, tags[(i + 7) % tags.length]!].map(encodeURIComponent).join(','));
  const filters: Array<[string, string[]]> = [
    ['a root category with its descendants (about a third of the products)', categories.filter((c) => c.depth === 0).map((c) => `category=${c.slug}`)],
    ['a leaf category (about 3.5%)', categories.filter((c) => c.depth === 2).map((c) => `category=${c.slug}`)],
    ['two tags, all (about 0.5%)', pairs.map((pair) => `tags=${pair}&tagMatch=all`)],
    ['two tags, any (about 14%)', pairs.map((pair) => `tags=${pair}&tagMatch=any`)],
    ['stock=low (about 2.4%)', ['stock=low']],
  ];
  for (const [what, queries] of filters) {
    log(`list latency at ${size} products: ${what}`);
    const firstPaths = queries.map((query) => `/api/v1/products?${query}`);
    const nextPaths: string[] = [];
    for (const path of firstPaths) {
      const { nextCursor } = await getJson(api, path);
      if (nextCursor) nextPaths.push(`${path}&cursor=${encodeURIComponent(nextCursor)}`);
    }
    const first = await time(firstPaths);
    rows.push({ scenario: `list filtered by ${what}, ${size} products, first page with its total count (uncached)`, p50: first.p50, p95: first.p95, p99: first.p99 });
    if (nextPaths.length === 0) continue;
    const next = await time(nextPaths);
    rows.push({
      scenario: `same, the next page (no count)`,
      p50: next.p50,
      p95: next.p95,
      p99: next.p99,
      ratio: `first/next p95 ${fmtRatio(first.p95 / next.p95, '×')}`,
    });
  }
  return rows;
}
