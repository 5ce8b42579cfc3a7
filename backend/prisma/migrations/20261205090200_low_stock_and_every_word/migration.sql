-- stock=low compares two columns of a row (stock under its own lowStockThreshold). PostgreSQL keeps
-- no statistics for such a comparison and guesses a third of the rows, so the capped count of the
-- first page chose to read the table in order (about 460k rows of 1M to find 10,001, 180 ms) over
-- the partial index of 20261204090100_low_stock_index. A stored column has statistics (ANALYZE sees
-- the 2.4% it is true for) and the partial indexes become WHERE "lowStock": the count reads 10,001
-- index entries instead (5 ms). Adding it rewrites the table (about 40 s at 1M products).

-- The view reads every column of "Product", so it goes before the column comes and returns below.
DROP VIEW "CatalogueProduct";

ALTER TABLE "Product" ADD COLUMN "lowStock" BOOLEAN NOT NULL GENERATED ALWAYS AS (COALESCE((("stock" > 0) AND ("stock" < "lowStockThreshold")), false)) STORED;

DROP INDEX "Product_low_stock_status_idx";
DROP INDEX "Product_low_stock_workspace_idx";
-- Hand-written: Prisma's schema cannot declare a partial index (it leaves these alone).
CREATE INDEX "Product_low_stock_status_idx" ON "Product" ("status", "createdAt", "id") WHERE "lowStock";
CREATE INDEX "Product_low_stock_workspace_idx" ON "Product" ("workspaceId", "createdAt", "id") WHERE "lowStock";

-- As in 20261204090000_catalogue: active products outside the trash, and nobody writes through it.
CREATE VIEW "CatalogueProduct" AS SELECT * FROM "Product" WHERE "status" = 'active' AND "trashedAt" IS NULL;
REVOKE INSERT, UPDATE, DELETE ON "CatalogueProduct" FROM shelfwise_app;

-- The vocabulary (SearchWord) now holds every word of the search vector's 'simple' half that has a
-- letter: name, sku and description, any length. It was the words of 3 to 40 characters of name and
-- description, enough to correct typos; now it also answers which words start with a prefix, so a
-- search for "kett" can ask the index for the exact words "kettle" and "kettles" instead of the
-- prefix 'kett':*. For the same products, GIN answers the exact words about 7 times faster: a
-- prefix match gathers every matching entry's rows into a bitmap before the first one is returned
-- (modules/products/search.ts uses the words when there are few). That needs the list complete:
-- a word missing here would be a product a prefix search no longer finds. Numbers alone stay out
-- (a prefix of digits keeps the prefix match), so one SKU per product does not mean one word each.
CREATE OR REPLACE FUNCTION shelfwise_remember_vocabulary() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
  INSERT INTO "SearchWord" ("word")
    SELECT DISTINCT w.lexeme FROM "changed" c,
      unnest(to_tsvector('simple'::regconfig, translate(c."name" || ' ' || c."sku" || ' ' || c."description", '-_./\@:+&#<>', '            '))) AS w
    WHERE w.lexeme ~ '[[:alpha:]]'
    ORDER BY 1
    ON CONFLICT DO NOTHING;
  INSERT INTO "Tag" ("workspaceId", "name")
    SELECT DISTINCT c."workspaceId", t.name FROM "changed" c, unnest(c."tags") AS t(name)
    ORDER BY 1, 2
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;

-- The words of the products that exist already, as the trigger would have taken them.
INSERT INTO "SearchWord" ("word")
  SELECT DISTINCT w.lexeme FROM "Product" c,
    unnest(to_tsvector('simple'::regconfig, translate(c."name" || ' ' || c."sku" || ' ' || c."description", '-_./\@:+&#<>', '            '))) AS w
  WHERE w.lexeme ~ '[[:alpha:]]'
  ON CONFLICT DO NOTHING;
