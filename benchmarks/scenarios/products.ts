import { namespaceVersionKey, uniqueToken } from '@shelfwise/backend/cache';
import { SATURATING_CONNECTIONS, type Bench } from '../lib/context.js';
import { rssMb, watchRss } from '../lib/rss.js';
import { withClient } from '../lib/seed.js';
import { registerUser } from './auth.js';
import { searchQueries } from './catalogue.js';
import { typicalStackRow } from './compare.js';
import { sameSizeBaselineRow } from '../lib/same-size.js';

/**
 * Issue 20: one API instance's peak RSS under the cached-detail load. The API idles at ~170 MiB
 * with the Dockerfile's heap flags (old space capped at 256 MiB); a cached read allocates only
 * short-lived objects, so the peak should stay within the young generation's churn above idle.
 */
const DETAIL_RSS_TARGET_MIB = 256;

const LIST_NAMESPACE = 'products-list';

async function expectCache(url: string, expected: 'HIT' | 'MISS', headers: Record<string, string> = {}): Promise<void> {
  await fetch(url, { headers }).then((r) => r.text());
  const res = await fetch(url, { headers });
  await res.text();
  if (res.status !== 200 || res.headers.get('x-cache') !== expected) {
    throw new Error(`${url}: expected 200 with X-Cache ${expected}, got ${res.status} ${res.headers.get('x-cache')}`);
  }
}

async function activeIds(databaseUrl: string, n: number): Promise<string[]> {
  return withClient(databaseUrl, async (client) =>
    (await client.query<{ id: string }>(`SELECT id FROM "Product" WHERE status = 'active' ORDER BY md5(id::text) LIMIT $1`, [n])).rows.map((r) => r.id),
  );
}

/**
 * Throughput of the product endpoints against bare node:http, on the full catalogue. `wanted` picks
 * parts by name (detail, signed-in, list, uncached, search, create), e.g. to profile one of them.
 */
export async function productsScenario(
  bench: Bench,
  databaseUrl: string,
  wanted: (part: string) => boolean = () => true,
  options: { compare?: boolean } = {},
): Promise<void> {
  const { apiUrl } = bench.stack;
  const c = SATURATING_CONNECTIONS;
  const ids = await activeIds(databaseUrl, bench.quick ? 10_000 : 150_000);

  if (wanted('detail')) {
    const detailUrl = `${apiUrl}/api/v1/products/${ids[0]}`;
    await expectCache(detailUrl, 'HIT');
    bench.log('GET /api/v1/products/:id (cached)');
    const pid = bench.stack.apiPid();
    const idle = await rssMb(pid);
    const watch = await watchRss(pid);
    await bench.againstBaseline('`GET /products/:id`, cached', { url: detailUrl, connections: c }, 0.5);
    const apiRow = bench.rows.at(-1)!;
    const peak = await watch.stop();
    bench.log(`  API peak RSS ${peak.toFixed(0)} MiB (${idle.toFixed(0)} MiB before)`);
    bench.rows.push({
      scenario: `API peak RSS under the cached-detail load (one instance, ${c} connections, warm-up and measured run)`,
      ratio: `${peak.toFixed(0)} MiB (${idle.toFixed(0)} MiB before)`,
      target: `≤ ${DETAIL_RSS_TARGET_MIB} MiB`,
      met: peak <= DETAIL_RSS_TARGET_MIB,
    });
    await sameSizeBaselineRow(bench, detailUrl, 'the product');
    if (options.compare) await typicalStackRow(bench, detailUrl, ids[0]!, apiRow);
  }
  if (wanted('signed-in')) await signedInDetail(bench, databaseUrl, `${apiUrl}/api/v1/products/${ids[0]}`);
  if (wanted('list')) {
    await expectCache(`${apiUrl}/api/v1/products`, 'HIT');
    bench.log('GET /api/v1/products (cached first page)');
    await bench.againstBaseline('`GET /products`, cached first page', { url: `${apiUrl}/api/v1/products`, connections: c }, 0.45);
    await sameSizeBaselineRow(bench, `${apiUrl}/api/v1/products`, 'the first page');
  }
  if (wanted('uncached')) await uncachedDetail(bench, ids);
  if (wanted('search')) await search(bench);
  if (wanted('create')) await create(bench, databaseUrl);
}

/** A personal API key with products:read, made as a user would: signed in, through the API. */
async function createApiKey(apiUrl: string, accessToken: string): Promise<string> {
  const res = await fetch(`${apiUrl}/api/v1/auth/api-keys`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
    body: JSON.stringify({ name: 'bench reader', scopes: ['products:read'] }),
  });
  if (res.status !== 201) throw new Error(`creating an API key failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { key: string }).key;
}

/**
 * The same cached product as the anonymous row, read with a session's access token (JWT signature,
 * then the session's state from Redis) and with an API key (the key's state from Redis, a SHA-256,
 * its own rate-limit counter in Redis; lastUsedAt written at most once a minute): the ratios'
 * differences are what each credential check costs on a read.
 */
async function signedInDetail(bench: Bench, databaseUrl: string, detailUrl: string): Promise<void> {
  const { apiUrl } = bench.stack;
  const user = await registerUser(apiUrl, databaseUrl, 'reader');
  const apiKey = await createApiKey(apiUrl, user.accessToken);
  for (const [scenario, token] of [
    ['`GET /products/:id`, cached, with a JWT access token', user.accessToken],
    ['`GET /products/:id`, cached, with an API key (`products:read`)', apiKey],
  ] as const) {
    const headers = { authorization: `Bearer ${token}` };
    await expectCache(detailUrl, 'HIT', headers);
    bench.log(scenario);
    await bench.againstBaseline(scenario, { url: detailUrl, connections: SATURATING_CONNECTIONS, headers });
  }
}

async function uncachedDetail(bench: Bench, ids: string[]): Promise<void> {
  const { apiUrl } = bench.stack;
  // Ids never read before: every request is a cache miss, a primary-key lookup and a cache write.
  let nextId = 1;
  bench.log('GET /api/v1/products/:id (uncached)');
  await bench.againstBaseline('`GET /products/:id`, uncached (distinct ids)', {
    url: `${apiUrl}/api/v1/products`,
    connections: SATURATING_CONNECTIONS,
    nextPath: () => `/api/v1/products/${ids[nextId++ % ids.length]}`,
  });
}

async function search(bench: Bench): Promise<void> {
  const { apiUrl } = bench.stack;
  // Distinct queries, and the list namespace retired every 20 ms: searches answered by PostgreSQL.
  const queries = searchQueries();
  let nextQuery = 0;
  const bump = setInterval(() => void bench.redis.set(namespaceVersionKey(LIST_NAMESPACE), uniqueToken()).catch(() => {}), 20);
  bench.log('GET /api/v1/products?q= (uncached)');
  try {
    await bench.againstBaseline('`GET /products?q=`, search (cache retired)', {
      url: `${apiUrl}/api/v1/products`,
      connections: SATURATING_CONNECTIONS,
      nextPath: () => `/api/v1/products?q=${encodeURIComponent(queries[nextQuery++ % queries.length]!)}`,
    });
  } finally {
    clearInterval(bump);
  }
}

async function create(bench: Bench, databaseUrl: string): Promise<void> {
  const { apiUrl } = bench.stack;
  const user = await registerUser(apiUrl, databaseUrl, 'creator');
  let sku = 0;
  bench.log('POST /api/v1/products');
  await bench.againstBaseline('`POST /products`, authenticated create', {
    url: `${apiUrl}/api/v1/products`,
    method: 'POST',
    connections: SATURATING_CONNECTIONS,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${user.accessToken}` },
    nextBody: () => JSON.stringify({ name: 'Bench kettle', sku: `BENCH-${process.pid}-${sku++}`, price: '19.90', status: 'active', stock: 5 }),
  });
}
