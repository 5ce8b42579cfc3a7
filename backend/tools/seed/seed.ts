// Development and benchmark data: `npm run seed -- --products 1000000 [--owners 8]`.
// Creates the seed users (seed-users.ts) plus vendor accounts, then products generated inside
// PostgreSQL (INSERT ... SELECT generate_series): nothing travels over the wire per row, so a
// million rows take a couple of minutes, most of it index maintenance.
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import type pg from 'pg';
import { loadConfig } from '../../src/config.js';
import { forgetCachedProductLists } from '../../src/modules/products/index.js';
import { startCliInfrastructure } from '../../src/cli/cli-infrastructure.js';
import { seedUsers } from './seed-users.js';

const USAGE = 'usage: npm run seed -- [--products <count, default 1000>] [--owners <2-50, default 8>]';
const BATCH = 100_000;

// Word lists for names and descriptions: enough combinations for variety, few enough that names
// repeat (ties on sort=name) and some words are common (a search hitting ~1 row in 3) while
// others are rare.
const ADJECTIVES = ['Classic', 'Compact', 'Deluxe', 'Eco', 'Ergonomic', 'Essential', 'Everyday', 'Foldable', 'Heavy-duty', 'Lightweight', 'Modern', 'Nordic', 'Portable', 'Premium', 'Rustic', 'Smart', 'Soft', 'Sturdy', 'Vintage', 'Wireless'];
const MATERIALS = ['Bamboo', 'Ceramic', 'Copper', 'Cotton', 'Enamel', 'Glass', 'Leather', 'Linen', 'Marble', 'Oak', 'Recycled', 'Steel', 'Walnut', 'Wool'];
const NOUNS = ['Backpack', 'Blanket', 'Bottle', 'Bowl', 'Cutting Board', 'Desk Lamp', 'Headphones', 'Jacket', 'Kettle', 'Knife Set', 'Lantern', 'Mug', 'Notebook', 'Pan', 'Pillow', 'Planter', 'Scarf', 'Speaker', 'Teapot', 'Tote Bag', 'Towel', 'Vase', 'Wallet', 'Watch'];
const SENTENCES = [
  'Built to last for years of daily use.', 'Handmade in small batches.', 'Dishwasher safe.', 'Ships in plastic-free packaging.',
  'Backed by a two-year warranty.', 'A thoughtful gift for any occasion.', 'Designed in Copenhagen.', 'Easy to clean and store.',
  'Each piece is slightly unique.', 'Water-resistant finish.', 'Available while stocks last.', 'Pairs well with the rest of the collection.',
];

interface Options {
  products: number;
  owners: number;
}

function parseOptions(): Options {
  const { values } = parseArgs({ options: { products: { type: 'string' }, owners: { type: 'string' } }, strict: true });
  const products = Number(values.products ?? 1_000);
  const owners = Number(values.owners ?? 8);
  if (!Number.isSafeInteger(products) || products < 0 || !Number.isSafeInteger(owners) || owners < 2 || owners > 50) throw new Error(USAGE);
  return { products, owners };
}

const sqlArray = (words: string[]) => `ARRAY[${words.map((w) => `'${w.replace(/'/g, "''")}'`).join(',')}]`;
const pick = (words: string[]) => `(${sqlArray(words)})[1 + floor(random() * ${words.length})::int]`;

/**
 * Rows $1..$2 of $3, spread over the last two years in row order (so, as in a real table, the
 * physical order follows createdAt), with UUIDv7 ids made from createdAt like the app's own.
 */
const INSERT_BATCH = `
  INSERT INTO "Product" ("id", "workspaceId", "ownerId", "name", "description", "sku", "price", "currency", "stock", "status", "version", "createdAt", "updatedAt")
  SELECT
    encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid())
      PLACING substring(int8send((extract(epoch FROM g.created) * 1000)::bigint) FROM 3) FROM 1 FOR 6), 52, 1), 53, 1), 'hex')::uuid,
    ($7::uuid[])[1 + (g.i % cardinality($4::uuid[]))],
    ($4::uuid[])[1 + (g.i % cardinality($4::uuid[]))],
    ${pick(ADJECTIVES)} || ' ' || ${pick(MATERIALS)} || ' ' || ${pick(NOUNS)},
    ${pick(SENTENCES)} || ' ' || ${pick(SENTENCES)}
      || CASE WHEN random() < 0.3 THEN ' Made from ' || lower(${pick(MATERIALS)}) || ' sourced in ' || ${pick(['Portugal', 'Japan', 'Kenya', 'Peru', 'Vietnam', 'Canada'])} || '.' ELSE '' END
      || CASE WHEN random() < 0.0001 THEN ' Limited edition signed by Zephyrine Okonkwo.' ELSE '' END,
    $5 || '-' || lpad(g.i::text, 8, '0'),
    CASE WHEN random() < 0.3 THEN floor(exp(random() * ln(500)))::numeric + 0.99 ELSE round(exp(random() * ln(2000))::numeric, 2) END,
    CASE WHEN random() < 0.85 THEN $6 ELSE ${pick(['EUR', 'GBP', 'JPY', 'CHF'])} END,
    CASE WHEN random() < 0.1 THEN 0 ELSE floor(random() * 500)::int END,
    (CASE WHEN random() < 0.8 THEN 'active' WHEN random() < 0.75 THEN 'draft' ELSE 'archived' END)::"ProductStatus",
    1 + floor(random() * 3)::int,
    g.created,
    g.created + random() * interval '30 days'
  FROM (
    SELECT i, now() - interval '730 days' * (1 - i::float8 / $3) + random() * interval '1 minute' AS created
    FROM generate_series($1::int, $2::int) AS i
  ) AS g`;

/**
 * Runs a bulk insert with the product history trigger (migration 20261205090000_product_history)
 * off: one version row per seeded product would make a million-row seed about 40% slower (78 µs a
 * row measured), for a history nobody made. A seeded product's history starts at its first real
 * change, compared with the row as seeded. The outbox trigger (migration 20261207090000_outbox) is
 * off too: an event per seeded product would be relayed to nobody. In one transaction with the
 * insert: other sessions never see the triggers off (the catalog change is theirs only once
 * committed, re-enabled by then), and the lock it takes holds back other writers of "Product" (not
 * readers) for the batch only.
 */
async function withoutHistory<T>(client: pg.PoolClient, insert: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    await client.query('ALTER TABLE "Product" DISABLE TRIGGER "Product_history", DISABLE TRIGGER "Product_outbox"');
    const result = await insert();
    await client.query('ALTER TABLE "Product" ENABLE TRIGGER "Product_history", ENABLE TRIGGER "Product_outbox"');
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK');
    throw err;
  }
}

/** Each owner's products go to their personal workspace ($7 holds them in the order of $4). */
async function insertProducts(client: pg.PoolClient, options: Options, ownerIds: string[], currency: string): Promise<void> {
  const { rows } = await client.query<{ id: string; owner: string }>('SELECT "id", "personalOwnerId" AS "owner" FROM "Workspace" WHERE "personalOwnerId" = ANY($1::uuid[])', [ownerIds]);
  const workspaceOf = new Map(rows.map((row) => [row.owner, row.id]));
  const workspaceIds = ownerIds.map((id) => workspaceOf.get(id)!);
  // SKUs are unique per owner: a run prefix lets the seed run again on the same database.
  const run = randomBytes(3).toString('hex').toUpperCase();
  for (let from = 1; from <= options.products; from += BATCH) {
    const to = Math.min(from + BATCH - 1, options.products);
    const started = performance.now();
    await withoutHistory(client, () => client.query(INSERT_BATCH, [from, to, options.products, ownerIds, `SEED${run}`, currency, workspaceIds]));
    console.log(`  products ${to.toLocaleString('en')} / ${options.products.toLocaleString('en')} (${Math.round(performance.now() - started)} ms)`);
  }
}

async function main(): Promise<void> {
  const options = parseOptions();
  const loaded = loadConfig();
  // As the tables' owner (devstack run passes DATABASE_OWNER_URL): row-level security lets the API's
  // role write only inside one workspace per transaction, and VACUUM needs the owner.
  const config = { ...loaded, database: { ...loaded.database, url: loaded.database.ownerUrl ?? loaded.database.url } };
  const infrastructure = await startCliInfrastructure(config);
  const started = performance.now();
  try {
    const { prisma, pool } = infrastructure.db;
    const { admin, demo } = await seedUsers(prisma, config);
    // Vendors sign in with the demo user's (development-only) password, so any of them can be tried.
    const { passwordHash } = await prisma.user.findUniqueOrThrow({ where: { id: demo.id }, select: { passwordHash: true } });
    const vendors = await Promise.all(
      Array.from({ length: options.owners - 2 }, (_, i) =>
        prisma.user.upsert({
          where: { email: `vendor${i + 1}@example.com` },
          create: { email: `vendor${i + 1}@example.com`, name: `Vendor ${i + 1}`, passwordHash, emailVerifiedAt: new Date() },
          update: {},
          select: { id: true },
        }),
      ),
    );
    const ownerIds = [demo.id, admin.id, ...vendors.map((v) => v.id)];

    const client = await pool.connect();
    try {
      // One long statement per batch: the API's statement timeout does not apply to a seed.
      await client.query('SET statement_timeout = 0');
      await insertProducts(client, options, ownerIds, config.products.defaultCurrency);
      // Fresh statistics for the planner (search selectivity) and a visibility map for index-only scans.
      const vacuumStarted = performance.now();
      await client.query('VACUUM (ANALYZE) "Product"');
      console.log(`  vacuum + analyze (${Math.round(performance.now() - vacuumStarted)} ms)`);
    } finally {
      client.release();
    }
    await forgetCachedProductLists(infrastructure.cache);
    // Without a shared Redis, a running server's list cache is in its own process or private Redis,
    // out of our reach (infrastructure.ts): say so rather than let the new products seem missing.
    if (!config.redis.url) console.log('  no REDIS_URL: a running server shows the new products in its lists once its cached pages expire (minutes), or after a restart');

    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Seeded ${options.products.toLocaleString('en')} products over ${ownerIds.length} owners in ${seconds} s.`);
    console.log('Sign in (development only):');
    for (const user of [admin, demo]) console.log(`  ${user.role.padEnd(5)}  ${user.email}  ${user.password}`);
    if (vendors.length) console.log(`  USER   vendor1..${vendors.length}@example.com  ${demo.password}`);
  } finally {
    await infrastructure.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error && err.message === USAGE ? USAGE : err);
  process.exit(1);
});
