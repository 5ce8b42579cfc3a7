-- The admins' user list (GET /api/v1/users, modules/auth/users.service.ts): searched by name or
-- email and ordered by a column, at any size.
--
-- q is "contains, ignoring case" (lower(...) LIKE '%word%'), which no btree serves: trigram GIN
-- indexes on the lowered columns (pg_trgm, created by 20261204090000_catalogue) answer it for
-- any word of three characters or more. email is citext, which has no trigram operator class: it is
-- indexed as text, and the query spells the expression exactly so (lower("email"::text)).
-- Expression indexes cannot be declared in schema.prisma; Prisma leaves them alone.
CREATE INDEX "User_name_trgm_idx" ON "User" USING GIN (lower("name") gin_trgm_ops);
CREATE INDEX "User_email_trgm_idx" ON "User" USING GIN (lower("email"::text) gin_trgm_ops);

-- Keyset pagination by each sort: ("key", id) > / < (cursor) is the start of a range scan on these,
-- so page 1,000 costs what page 1 does (before, every page sorted the whole table).
CREATE INDEX "User_createdAt_id_idx" ON "User"("createdAt", "id");
CREATE INDEX "User_name_id_idx" ON "User"("name", "id");
CREATE INDEX "User_email_id_idx" ON "User"("email", "id");
