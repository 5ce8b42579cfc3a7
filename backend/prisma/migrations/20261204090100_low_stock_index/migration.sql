-- stock=low compares two columns of a row (stock under its own lowStockThreshold), which no plain
-- index can answer: its count read about 460k rows of 1M to find 10,001 (175 ms). A partial index
-- holds the low rows alone, in the catalogue's and the workspaces' sort orders; list.query.ts spells
-- the condition exactly as the predicate below, so PostgreSQL can prove the index applies.
-- Hand-written: Prisma's schema cannot declare a partial index (it leaves this one alone).
CREATE INDEX "Product_low_stock_status_idx" ON "Product" ("status", "createdAt", "id") WHERE "stock" > 0 AND "stock" < "lowStockThreshold";
CREATE INDEX "Product_low_stock_workspace_idx" ON "Product" ("workspaceId", "createdAt", "id") WHERE "stock" > 0 AND "stock" < "lowStockThreshold";
