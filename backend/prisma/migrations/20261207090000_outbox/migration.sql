-- The transactional outbox (issue 19): every change to a product, a workspace or a membership
-- writes an event in the transaction that makes it, so a rolled-back change leaves none and no
-- write path (the API, jobs, imports, bulk edits, purges, SQL by hand) can skip one. The relay
-- (modules/events) delivers them in "seq" order. Statements Prisma generates are as `migrate diff`
-- writes them; the triggers, row-level security, grants and the retention function are "by hand".

-- CreateTable
CREATE TABLE "OutboxEvent" (
    "seq" BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "type" VARCHAR(40) NOT NULL,
    "workspaceId" UUID NOT NULL,
    "subjectId" UUID NOT NULL,
    "version" INTEGER,
    "payload" JSONB NOT NULL,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "txid" xid8 NOT NULL DEFAULT pg_current_xact_id(),

    CONSTRAINT "OutboxEvent_pkey" PRIMARY KEY ("seq")
);

-- CreateTable
CREATE TABLE "OutboxCursor" (
    "name" VARCHAR(64) NOT NULL,
    "seq" BIGINT NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxCursor_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE UNIQUE INDEX "OutboxEvent_id_key" ON "OutboxEvent"("id");

-- CreateIndex
CREATE INDEX "OutboxEvent_occurredAt_idx" ON "OutboxEvent"("occurredAt");

-- by hand: a product's row as the API reads it (modules/products/product-view.ts ProductRow: price as
-- its decimal text, times as JavaScript's toISOString writes them, pictures in order with what their
-- URLs are made of). The relay turns it into the API's ProductView before it leaves the process, so
-- the one definition of that view stays in TypeScript.
CREATE FUNCTION shelfwise_outbox_product_payload(p "Product") RETURNS jsonb
LANGUAGE sql STABLE SET search_path FROM CURRENT AS $$
  SELECT jsonb_build_object(
    'id', p."id",
    'workspaceId', p."workspaceId",
    'ownerId', p."ownerId",
    'name', p."name",
    'description', p."description",
    'sku', p."sku",
    'price', p."price"::text,
    'currency', p."currency",
    'stock', p."stock",
    'lowStockThreshold', p."lowStockThreshold",
    'status', p."status"::text,
    'categoryIds', coalesce(to_jsonb(p."categoryIds"), '[]'::jsonb),
    'tags', coalesce(to_jsonb(p."tags"), '[]'::jsonb),
    'images', coalesce((SELECT jsonb_agg(jsonb_build_object('id', i."id", 'digest', i."digest", 'width', i."width", 'height', i."height") ORDER BY i."position", i."id")
      FROM "ProductImage" i WHERE i."productId" = p."id"), '[]'::jsonb),
    'trashedAt', to_char(p."trashedAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    'version', p."version",
    'createdAt', to_char(p."createdAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    'updatedAt', to_char(p."updatedAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
  )
$$;

-- by hand: one event per row written. The kind is told from the row: created, trashed (trashedAt
-- set), restored (cleared), deleted (a purge, or the owner's account deleted), else updated; an
-- UPDATE that changed nothing the API shows and kept the version writes none. A product deleted
-- with its workspace writes none: workspace.deleted says it for all of them (a workspace of a
-- million products is one event, not a million and one). SECURITY DEFINER: the API's role may not
-- write "OutboxEvent" itself.
--
-- No NOTIFY here: a transaction that notifies takes a database-wide lock at commit, held across
-- its commit record's flush, so every product write would commit one after another. The relay
-- polls instead (an index probe every OUTBOX_POLL_MS).
CREATE FUNCTION shelfwise_outbox_product() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
  kind text;
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF NOT EXISTS (SELECT 1 FROM "Workspace" w WHERE w."id" = OLD."workspaceId") THEN RETURN NULL; END IF;
    INSERT INTO "OutboxEvent" ("type", "workspaceId", "subjectId", "version", "payload")
      VALUES ('product.deleted', OLD."workspaceId", OLD."id", OLD."version", shelfwise_outbox_product_payload(OLD));
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' THEN
    kind := 'product.created';
  ELSIF OLD."trashedAt" IS NULL AND NEW."trashedAt" IS NOT NULL THEN
    kind := 'product.trashed';
  ELSIF OLD."trashedAt" IS NOT NULL AND NEW."trashedAt" IS NULL THEN
    kind := 'product.restored';
  ELSIF NEW."version" = OLD."version"
    AND (NEW."workspaceId", NEW."ownerId", NEW."name", NEW."description", NEW."sku", NEW."price", NEW."currency", NEW."stock",
         NEW."lowStockThreshold", NEW."status", NEW."categoryIds", NEW."tags", NEW."trashedAt")
    IS NOT DISTINCT FROM (OLD."workspaceId", OLD."ownerId", OLD."name", OLD."description", OLD."sku", OLD."price", OLD."currency", OLD."stock",
         OLD."lowStockThreshold", OLD."status", OLD."categoryIds", OLD."tags", OLD."trashedAt") THEN
    RETURN NULL;
  ELSE
    kind := 'product.updated';
  END IF;
  INSERT INTO "OutboxEvent" ("type", "workspaceId", "subjectId", "version", "payload")
    VALUES (kind, NEW."workspaceId", NEW."id", NEW."version", shelfwise_outbox_product_payload(NEW));
  RETURN NULL;
END
$$;
-- Bulk loads that notify nobody disable this one trigger by name, like "Product_history"
-- (backend/tools/seed/seed.ts, benchmarks/lib/seed.ts): ALTER TABLE "Product" DISABLE TRIGGER "Product_outbox".
CREATE TRIGGER "Product_outbox" AFTER INSERT OR UPDATE OR DELETE ON "Product"
  FOR EACH ROW EXECUTE FUNCTION shelfwise_outbox_product();

-- by hand: a workspace as the API names it. Its id is both the event's workspace and its subject.
CREATE FUNCTION shelfwise_outbox_workspace() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
  w "Workspace" := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
BEGIN
  IF TG_OP = 'UPDATE' AND (NEW."slug", NEW."name", NEW."personalOwnerId") IS NOT DISTINCT FROM (OLD."slug", OLD."name", OLD."personalOwnerId") THEN
    RETURN NULL;
  END IF;
  INSERT INTO "OutboxEvent" ("type", "workspaceId", "subjectId", "payload")
    VALUES ('workspace.' || CASE TG_OP WHEN 'INSERT' THEN 'created' WHEN 'UPDATE' THEN 'updated' ELSE 'deleted' END, w."id", w."id",
      jsonb_build_object('id', w."id", 'slug', w."slug"::text, 'name', w."name", 'personal', w."personalOwnerId" IS NOT NULL,
        'createdAt', to_char(w."createdAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
        'updatedAt', to_char(w."updatedAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')));
  RETURN NULL;
END
$$;
CREATE TRIGGER "Workspace_outbox" AFTER INSERT OR UPDATE OR DELETE ON "Workspace"
  FOR EACH ROW EXECUTE FUNCTION shelfwise_outbox_workspace();

-- by hand: a membership; its subject is the member (the pair workspace, member names it). Removed
-- with its workspace: none (workspace.deleted says it).
CREATE FUNCTION shelfwise_outbox_membership() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
  m "Membership" := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
BEGIN
  IF TG_OP = 'UPDATE' AND (NEW."workspaceId", NEW."userId", NEW."role") IS NOT DISTINCT FROM (OLD."workspaceId", OLD."userId", OLD."role") THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM "Workspace" w WHERE w."id" = OLD."workspaceId") THEN RETURN NULL; END IF;
  INSERT INTO "OutboxEvent" ("type", "workspaceId", "subjectId", "payload")
    VALUES ('membership.' || CASE TG_OP WHEN 'INSERT' THEN 'created' WHEN 'UPDATE' THEN 'updated' ELSE 'deleted' END, m."workspaceId", m."userId",
      jsonb_build_object('workspaceId', m."workspaceId", 'userId', m."userId", 'role', m."role"::text,
        'createdAt', to_char(m."createdAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')));
  RETURN NULL;
END
$$;
CREATE TRIGGER "Membership_outbox" AFTER INSERT OR UPDATE OR DELETE ON "Membership"
  FOR EACH ROW EXECUTE FUNCTION shelfwise_outbox_membership();

-- by hand: retention. Deletes up to `batch` events older than `retention_days` days (at least 1)
-- that every consumer has been handed (at or below the lowest "OutboxCursor"), and returns how
-- many (the caller repeats while that is `batch`). SECURITY DEFINER: the API's role cannot delete
-- events any other way.
CREATE FUNCTION shelfwise_prune_outbox_events(retention_days integer, batch integer) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
  deleted integer;
BEGIN
  DELETE FROM "OutboxEvent" WHERE "seq" IN (
    SELECT "seq" FROM "OutboxEvent"
    WHERE "occurredAt" < now() - make_interval(days => greatest(retention_days, 1))
      AND "seq" <= (SELECT coalesce(min(c."seq"), 0) FROM "OutboxCursor" c)
    ORDER BY "occurredAt" LIMIT batch);
  GET DIAGNOSTICS deleted = ROW_COUNT;
  RETURN deleted;
END
$$;
REVOKE EXECUTE ON FUNCTION shelfwise_prune_outbox_events(integer, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION shelfwise_prune_outbox_events(integer, integer) TO shelfwise_app;

-- by hand: events are read by the relay (as a platform admin: every workspace) and, under the same
-- rule as the product history, by the members of their workspace; a member also reads the events
-- about their own memberships (the one that removed them included). Written by nobody but the
-- triggers above: the default privileges (migration 20261203090000_workspaces) granted every right,
-- all but SELECT are taken back, and the identity's sequence too (a seq taken by hand would only
-- be a gap, but nobody needs one).
ALTER TABLE "OutboxEvent" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "OutboxEvent_read" ON "OutboxEvent" FOR SELECT
  USING (shelfwise_platform_admin() OR shelfwise_workspace_role("workspaceId") IS NOT NULL
    OR ("type" LIKE 'membership.%' AND "subjectId" = shelfwise_user_id()));
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON "OutboxEvent" FROM shelfwise_app;
REVOKE ALL ON SEQUENCE "OutboxEvent_seq_seq" FROM shelfwise_app;

-- by hand: the relay's cursors, one row per consumer: it reads and moves them (an operator retires a
-- consumer by deleting its row as the tables' owner).
REVOKE DELETE, TRUNCATE ON "OutboxCursor" FROM shelfwise_app;
