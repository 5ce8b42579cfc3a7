// The catalogue the product scenarios read, grown in steps (10k → 100k → 1M) so each size is the
// whole table, not a filter over a bigger one. Generated in SQL: rows as the API would store them
// (uuid v7 ids in creation order, searchable words, 90% active, filed in a category tree, tagged,
// half with a low-stock threshold), about 30 s per million.
import pg from 'pg';

const OWNERS = 100;
const ADJECTIVES = ['classic', 'compact', 'deluxe', 'durable', 'elegant', 'essential', 'foldable', 'handmade', 'heavy', 'insulated', 'large', 'light', 'modern', 'portable', 'premium', 'rustic', 'slim', 'smart', 'soft', 'sturdy', 'vintage', 'waterproof', 'wireless', 'ergonomic', 'stackable', 'adjustable', 'reusable', 'quiet', 'rechargeable', 'minimal', 'sleek', 'cozy', 'robust', 'refined', 'nordic', 'urban', 'outdoor', 'travel', 'kitchen', 'studio'];
const COLOURS = ['black', 'white', 'grey', 'red', 'blue', 'green', 'yellow', 'orange', 'purple', 'pink', 'brown', 'beige', 'navy', 'teal', 'olive', 'silver', 'gold', 'ivory', 'coral', 'mint'];
const MATERIALS = ['steel', 'oak', 'bamboo', 'cotton', 'linen', 'wool', 'leather', 'ceramic', 'glass', 'copper', 'walnut', 'marble', 'silicone', 'aluminium', 'cork', 'felt', 'rattan', 'stoneware', 'canvas', 'brass'];
const NOUNS = ['kettle', 'lamp', 'chair', 'table', 'backpack', 'bottle', 'mug', 'blanket', 'pillow', 'shelf', 'clock', 'speaker', 'headphones', 'keyboard', 'mouse', 'desk', 'stool', 'vase', 'bowl', 'plate', 'knife', 'pan', 'pot', 'teapot', 'grinder', 'scale', 'towel', 'rug', 'mirror', 'frame', 'basket', 'hanger', 'umbrella', 'wallet', 'belt', 'scarf', 'glove', 'hat', 'sock', 'jacket', 'boot', 'sandal', 'tent', 'lantern', 'hammock', 'cooler', 'thermos', 'notebook', 'pen', 'pencil', 'stapler', 'folder', 'charger', 'cable', 'adapter', 'router', 'camera', 'tripod', 'drone', 'watch', 'bracelet', 'necklace', 'ring', 'earring', 'candle', 'diffuser', 'planter', 'trowel', 'hose', 'rake', 'shovel', 'ladder', 'drill', 'hammer', 'wrench', 'toolbox', 'bicycle', 'helmet', 'skateboard', 'racket', 'ball', 'mat', 'dumbbell', 'kettlebell', 'tray', 'jar', 'box', 'crate', 'bench', 'sofa', 'cushion', 'curtain', 'duvet', 'sheet', 'apron', 'whisk', 'ladle', 'colander', 'sieve', 'peeler'];

// Each product has 0-3 of these (the trigger of migration 20261204090000_catalogue files them in
// "Tag" per workspace), so one tag is on about 7% of products, two together on about 0.5%.
const TAGS = ['eco', 'gift idea', 'bestseller', 'new', 'sale', 'handmade', 'limited', 'organic', 'vegan', 'fair trade', 'made in eu', 'recycled', 'dishwasher safe', 'bpa free', 'kids', 'travel', 'premium', 'clearance', 'bundle', 'refill'];
// A category tree of 4 roots, 3 children each and 3 grandchildren each (52 categories); products
// are filed under leaves (a quarter under two), so a root holds about a third of the catalogue
// with its descendants and a leaf about 3.5%.
const CATEGORY_ROOTS = ['kitchen', 'home', 'outdoor', 'office'];
const CATEGORY_CHILDREN = ['essentials', 'premium', 'gifts'];
const CATEGORY_LEAVES = ['small', 'medium', 'large'];

export const VOCABULARY = { adjectives: ADJECTIVES, colours: COLOURS, materials: MATERIALS, nouns: NOUNS, tags: TAGS };

export interface BenchCategory {
  slug: string;
  depth: 0 | 1 | 2;
}

/** The seed's categories, roots first: what `category=<slug>` filters can name. */
export function benchCategories(): BenchCategory[] {
  const out: BenchCategory[] = CATEGORY_ROOTS.map((slug) => ({ slug, depth: 0 as const }));
  for (const root of CATEGORY_ROOTS) for (const child of CATEGORY_CHILDREN) out.push({ slug: `${root}-${child}`, depth: 1 });
  for (const root of CATEGORY_ROOTS) for (const child of CATEGORY_CHILDREN) for (const leaf of CATEGORY_LEAVES) out.push({ slug: `${root}-${child}-${leaf}`, depth: 2 });
  return out;
}

const list = (words: string[]) => `ARRAY[${words.map((w) => `'${w}'`).join(',')}]`;
// A word picked by a hash of the row number and a salt: deterministic, and independent between
// fields (a colour does not follow from the noun), so word pairs are as common as chance makes them.
const pick = (words: string[], salt: number) => `(${list(words)})[1 + abs(hashint8(n * 8 + ${salt})::bigint) % ${words.length}]`;
// A number in [0, modulus) from the row number and a seed, independent of pick's salts.
const draw = (seed: number, modulus: number) => `(((hashint8extended(n, ${seed}) % ${modulus}) + ${modulus}) % ${modulus})`;
const pickTag = (seed: number) => `(${list(TAGS)})[1 + ${draw(seed, TAGS.length)}]`;
const CATEGORY_LEAF_COUNT = CATEGORY_ROOTS.length * CATEGORY_CHILDREN.length * CATEGORY_LEAVES.length;

export async function withClient<T>(databaseUrl: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

/** The category tree, as a platform admin would have made it (the seed connects as the tables' owner). */
async function ensureCategories(client: pg.Client): Promise<void> {
  const rows = benchCategories().map((c, position) => {
    const cut = c.slug.lastIndexOf('-');
    const name = c.slug.slice(cut + 1);
    return { slug: c.slug, parent: c.depth === 0 ? null : c.slug.slice(0, cut), name: name.charAt(0).toUpperCase() + name.slice(1), position };
  });
  // Ids derived from the slug, so a grown copy of a smaller catalogue has the same ones.
  await client.query(
    `INSERT INTO "Category" (id, "parentId", name, slug, position, "updatedAt")
     SELECT md5('bench-category:' || c.slug)::uuid, md5('bench-category:' || c.parent)::uuid, c.name, c.slug, c.position, now()
     FROM jsonb_to_recordset($1::jsonb) AS c(slug text, parent text, name text, position int)
     ORDER BY c.position
     ON CONFLICT (slug) DO NOTHING`,
    [JSON.stringify(rows)],
  );
}

async function ensureOwners(client: pg.Client): Promise<void> {
  await client.query(
    `INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt")
     SELECT gen_random_uuid(), 'owner-' || i || '@bench.example', 'Owner ' || i, 'not-a-login-account', now()
     FROM generate_series(1, ${OWNERS}) AS i
     ON CONFLICT (email) DO NOTHING`,
  );
}

/**
 * Grows the Product table from `from` to `to` rows. Secondary indexes are dropped for the bulk insert
 * and rebuilt from their own definitions (pg_indexes), then the table is analysed, as a bulk load in
 * production would be done.
 */
export async function growCatalogue(databaseUrl: string, from: number, to: number): Promise<void> {
  await withClient(databaseUrl, async (client) => {
    await ensureOwners(client);
    await ensureCategories(client);
    await client.query(`SET maintenance_work_mem = '512MB'`);
    await client.query('SET max_parallel_maintenance_workers = 2');
    const { rows: indexes } = await client.query<{ name: string; definition: string }>(
      `SELECT indexname AS name, indexdef AS definition FROM pg_indexes WHERE tablename = 'Product' AND indexname <> 'Product_pkey'`,
    );
    for (const index of indexes) await client.query(`DROP INDEX "${index.name}"`);
    // Without the product history trigger (migration 20261205090000_product_history): a version
    // row per product would add about 40% to the load, for a history no scenario reads. Nor the
    // outbox's (migration 20261207090000_outbox): an event per seeded product, for nobody to
    // receive. Off and on again inside the insert's transaction, so no other session ever writes
    // without them.
    await client.query('BEGIN');
    await client.query('ALTER TABLE "Product" DISABLE TRIGGER "Product_history", DISABLE TRIGGER "Product_outbox"');
    await client.query(
      // Each owner's products go to their personal workspace (made with the user by a trigger).
      `WITH owners AS (
         SELECT array_agg(u.id ORDER BY u.email) AS ids, array_agg(w.id ORDER BY u.email) AS workspaces
         FROM "User" u JOIN "Workspace" w ON w."personalOwnerId" = u.id WHERE u.email LIKE 'owner-%@bench.example'
       ),
       leaves AS (
         SELECT array_agg(id ORDER BY slug) AS ids FROM "Category" WHERE slug LIKE '%-%-%'
       ),
       rows AS (
         SELECT n, timestamptz '2025-01-01' + n * interval '20 seconds' AS ts FROM generate_series($1::bigint + 1, $2::bigint) AS n
       )
       INSERT INTO "Product" (id, "workspaceId", "ownerId", name, description, sku, price, currency, stock, "lowStockThreshold", status, "categoryIds", tags, version, "createdAt", "updatedAt")
       SELECT
         (lpad(to_hex((extract(epoch FROM ts) * 1000)::bigint), 12, '0') || '7' || substr(md5(n::text), 1, 3) || '8' || substr(md5(n::text), 4, 15))::uuid,
         owners.workspaces[1 + (n % ${OWNERS})],
         owners.ids[1 + (n % ${OWNERS})],
         initcap(${pick(ADJECTIVES, 1)}) || ' ' || ${pick(COLOURS, 2)} || ' ' || ${pick(MATERIALS, 3)} || ' ' || ${pick(NOUNS, 4)} || ' ' || (n % 1000),
         'A ' || ${pick(ADJECTIVES, 5)} || ' ' || ${pick(NOUNS, 4)} || ' in ' || ${pick(MATERIALS, 3)} || ', made to last and easy to care for.',
         'BN-' || n,
         1 + (abs(hashint8(n * 8 + 6)::bigint) % 99900) / 100.0,
         'USD',
         n % 500,
         -- Half the products warn below 25 in stock: about 2.4% of all are low, 0.2% out.
         CASE WHEN ${draw(11, 2)} = 0 THEN 25 END,
         (CASE WHEN abs(hashint8(n * 8 + 7)::bigint) % 10 < 9 THEN 'active' WHEN n % 2 = 0 THEN 'draft' ELSE 'archived' END)::"ProductStatus",
         CASE WHEN ${draw(12, 4)} = 0
           THEN ARRAY[leaves.ids[1 + ${draw(13, CATEGORY_LEAF_COUNT)}], leaves.ids[1 + (${draw(13, CATEGORY_LEAF_COUNT)} + 1 + ${draw(14, CATEGORY_LEAF_COUNT - 1)}) % ${CATEGORY_LEAF_COUNT}]]
           ELSE ARRAY[leaves.ids[1 + ${draw(13, CATEGORY_LEAF_COUNT)}]]
         END,
         -- 0-3 tag picks; a repeated pick counts once.
         ARRAY(SELECT DISTINCT t FROM unnest((ARRAY[${pickTag(15)}, ${pickTag(16)}, ${pickTag(17)}])[1:${draw(18, 4)}]) AS t ORDER BY t)::varchar(40)[],
         1, ts, ts
       FROM rows, owners, leaves`,
      [from, to],
    );
    await client.query('ALTER TABLE "Product" ENABLE TRIGGER "Product_history", ENABLE TRIGGER "Product_outbox"');
    await client.query('COMMIT');
    for (const index of indexes) await client.query(index.definition);
    await client.query('VACUUM ANALYZE "Product"');
  });
}

/** A new database: empty and migrated, or a copy of `template` (which nobody may be connected to). */
export async function createDatabase(serverUrl: string, name: string, template?: string): Promise<void> {
  await withClient(serverUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`);
  });
}
