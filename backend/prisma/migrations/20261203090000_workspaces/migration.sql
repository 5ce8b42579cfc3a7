-- Workspaces own products (issue 15). Every existing user gets a personal workspace holding the
-- products they own; from here on a trigger creates one with each new user. Then row-level security
-- on the workspace-owned tables, and the role the API connects as (shelfwise_app): it owns no table
-- and has no BYPASSRLS, so the policies below hold for every query it sends. Migrations keep running
-- as the owner of the tables, which the policies do not bind.

-- CreateEnum
CREATE TYPE "WorkspaceRole" AS ENUM ('owner', 'admin', 'editor', 'viewer');

-- CreateTable
CREATE TABLE "Workspace" (
    "id" UUID NOT NULL,
    "slug" CITEXT NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "personalOwnerId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Workspace_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "workspaceId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "role" "WorkspaceRole" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("workspaceId","userId")
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "email" CITEXT,
    "role" "WorkspaceRole" NOT NULL,
    "tokenHash" CHAR(64) NOT NULL,
    "invitedById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "acceptedAt" TIMESTAMPTZ(3),
    "acceptedById" UUID,
    "revokedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "Workspace_slug_key" ON "Workspace"("slug");
CREATE UNIQUE INDEX "Workspace_personalOwnerId_key" ON "Workspace"("personalOwnerId");
CREATE INDEX "Membership_userId_idx" ON "Membership"("userId");
CREATE UNIQUE INDEX "Invitation_tokenHash_key" ON "Invitation"("tokenHash");
CREATE INDEX "Invitation_workspaceId_createdAt_idx" ON "Invitation"("workspaceId", "createdAt");

ALTER TABLE "Workspace" ADD CONSTRAINT "Workspace_personalOwnerId_fkey" FOREIGN KEY ("personalOwnerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A personal workspace's slug: the user's name made URL-safe, then the last 8 hex digits of the id
-- (the random end of a UUIDv7), so two Ada Lovelaces never collide. The API derives team slugs the
-- same way (modules/workspaces/slug.ts) minus the suffix.
CREATE FUNCTION shelfwise_personal_slug(user_name text, user_id uuid) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(nullif(left(trim(BOTH '-' FROM regexp_replace(lower(user_name), '[^a-z0-9]+', '-', 'g')), 30), ''), 'user')
    || '-' || right(replace(user_id::text, '-', ''), 8)
$$;

-- Every user, now and later, has a personal workspace of which they are the owner. A trigger rather
-- than application code: no path that adds a user (sign-up, the admin CLI, a seed, SQL) skips it.
-- SECURITY DEFINER: it runs as the tables' owner, so it needs no policy of its own.
CREATE FUNCTION shelfwise_create_personal_workspace() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
  workspace_id uuid := gen_random_uuid();
BEGIN
  INSERT INTO "Workspace" ("id", "slug", "name", "personalOwnerId", "createdAt", "updatedAt")
    VALUES (workspace_id, shelfwise_personal_slug(NEW."name", NEW."id"), NEW."name", NEW."id", NEW."createdAt", NEW."createdAt");
  INSERT INTO "Membership" ("workspaceId", "userId", "role", "createdAt") VALUES (workspace_id, NEW."id", 'owner', NEW."createdAt");
  RETURN NEW;
END
$$;

-- Existing users and their products, nothing lost: one personal workspace each, the products moved in.
INSERT INTO "Workspace" ("id", "slug", "name", "personalOwnerId", "createdAt", "updatedAt")
  SELECT gen_random_uuid(), shelfwise_personal_slug("name", "id"), "name", "id", "createdAt", "createdAt" FROM "User";
INSERT INTO "Membership" ("workspaceId", "userId", "role", "createdAt")
  SELECT "id", "personalOwnerId", 'owner', "createdAt" FROM "Workspace";

CREATE TRIGGER "User_personal_workspace" AFTER INSERT ON "User" FOR EACH ROW EXECUTE FUNCTION shelfwise_create_personal_workspace();

-- AlterTable: filled from the owner's personal workspace, then required.
ALTER TABLE "Product" ADD COLUMN "workspaceId" UUID;
UPDATE "Product" p SET "workspaceId" = w."id" FROM "Workspace" w WHERE w."personalOwnerId" = p."ownerId";
ALTER TABLE "Product" ALTER COLUMN "workspaceId" SET NOT NULL;
ALTER TABLE "Product" ADD CONSTRAINT "Product_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A sku is unique within a workspace (it was within an owner, and each owner's products are now one workspace).
DROP INDEX "Product_ownerId_sku_key";
CREATE UNIQUE INDEX "Product_workspaceId_sku_key" ON "Product"("workspaceId", "sku");
CREATE INDEX "Product_workspaceId_createdAt_id_idx" ON "Product"("workspaceId", "createdAt", "id");
CREATE INDEX "Product_workspaceId_price_id_idx" ON "Product"("workspaceId", "price", "id");
CREATE INDEX "Product_workspaceId_name_id_idx" ON "Product"("workspaceId", "name", "id");

-- What a transaction says about itself (lib/db-context.ts sets these with set_config(..., true), so
-- they end with it). Unset, each means "nobody": no user, no workspace, not a platform admin.
CREATE FUNCTION shelfwise_user_id() RETURNS uuid LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('shelfwise.user_id', true), '')::uuid
$$;
CREATE FUNCTION shelfwise_workspace_id() RETURNS uuid LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('shelfwise.workspace_id', true), '')::uuid
$$;
CREATE FUNCTION shelfwise_platform_admin() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT coalesce(current_setting('shelfwise.platform_admin', true), '') = 'on'
$$;
-- The transaction's user's role in a workspace, or null. SECURITY DEFINER so that the Membership
-- policy below can use it without recursing into itself.
CREATE FUNCTION shelfwise_workspace_role(workspace uuid) RETURNS "WorkspaceRole"
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
  SELECT "role" FROM "Membership" WHERE "workspaceId" = workspace AND "userId" = shelfwise_user_id()
$$;
CREATE FUNCTION shelfwise_may_write_products(workspace uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT workspace = shelfwise_workspace_id()
    AND (shelfwise_platform_admin() OR coalesce(shelfwise_workspace_role(workspace) IN ('owner', 'admin', 'editor'), false))
$$;

-- Products: active ones are everyone's to read; the rest their workspace's members' (and platform
-- admins', who moderate). Writes: owners, admins and editors of the transaction's workspace.
ALTER TABLE "Product" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Product_read" ON "Product" FOR SELECT
  USING ("status" = 'active' OR shelfwise_platform_admin() OR shelfwise_workspace_role("workspaceId") IS NOT NULL);
CREATE POLICY "Product_insert" ON "Product" FOR INSERT WITH CHECK (shelfwise_may_write_products("workspaceId"));
CREATE POLICY "Product_update" ON "Product" FOR UPDATE
  USING (shelfwise_may_write_products("workspaceId")) WITH CHECK (shelfwise_may_write_products("workspaceId"));
CREATE POLICY "Product_delete" ON "Product" FOR DELETE USING (shelfwise_may_write_products("workspaceId"));

-- The public catalogue, read through this view rather than through "Product". Under a policy, a
-- condition whose function PostgreSQL does not mark leakproof (enum =, numeric >=, tsvector @@) is
-- checked row by row after the policy and can never start an index scan, so "status = 'active'"
-- over "Product" is a sequential scan of the whole table. The view is the tables' owner's, which the
-- policies do not bind, and holds only active rows by its own definition: the catalogue's indexes
-- (status, sort key, id) and the search index serve it as before. Not a security_barrier view, for
-- the same reason; the API's role can create no function to probe it with, and every query it sends
-- is parameterised. Read-only for the API: a simple view is updatable, and writes through it would
-- skip the policies above (hence the REVOKE after the grants below).
-- Its column list is fixed here: a migration that adds a column to "Product" recreates the view.
CREATE VIEW "CatalogueProduct" AS SELECT * FROM "Product" WHERE "status" = 'active';

-- Memberships: a user sees their own and their fellow members'. Changes stay inside the
-- transaction's workspace and need, in the database too, a right to make them: an owner or admin
-- there (adding, changing, removing members), the member themselves (leaving), the creator of a
-- workspace that has no member yet (its first owner), or an invitation the transaction presents
-- (its token's hash) for exactly this workspace and role. Which member may change which role is the
-- service's finer policy (modules/workspaces/policy.ts).
CREATE FUNCTION shelfwise_workspace_has_members(workspace uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
  SELECT EXISTS (SELECT 1 FROM "Membership" WHERE "workspaceId" = workspace)
$$;
CREATE FUNCTION shelfwise_invitation_admits(workspace uuid, invited_role "WorkspaceRole") RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
  SELECT EXISTS (
    SELECT 1 FROM "Invitation"
    WHERE "tokenHash" = current_setting('shelfwise.invitation_token_hash', true)
      AND "workspaceId" = workspace AND "role" = invited_role AND "revokedAt" IS NULL AND "expiresAt" > now()
      AND ("acceptedAt" IS NULL OR "acceptedById" = shelfwise_user_id())
  )
$$;
CREATE FUNCTION shelfwise_may_manage_members(workspace uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT coalesce(shelfwise_workspace_role(workspace) IN ('owner', 'admin'), false)
$$;
ALTER TABLE "Membership" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Membership_read" ON "Membership" FOR SELECT
  USING ("userId" = shelfwise_user_id() OR shelfwise_platform_admin() OR shelfwise_workspace_role("workspaceId") IS NOT NULL);
CREATE POLICY "Membership_insert" ON "Membership" FOR INSERT WITH CHECK (
  "workspaceId" = shelfwise_workspace_id() AND (
    shelfwise_may_manage_members("workspaceId")
    OR ("userId" = shelfwise_user_id() AND shelfwise_invitation_admits("workspaceId", "role"))
    OR ("userId" = shelfwise_user_id() AND "role" = 'owner' AND NOT shelfwise_workspace_has_members("workspaceId"))
  )
);
CREATE POLICY "Membership_update" ON "Membership" FOR UPDATE
  USING ("workspaceId" = shelfwise_workspace_id() AND shelfwise_may_manage_members("workspaceId"))
  WITH CHECK ("workspaceId" = shelfwise_workspace_id() AND shelfwise_may_manage_members("workspaceId"));
CREATE POLICY "Membership_delete" ON "Membership" FOR DELETE
  USING ("workspaceId" = shelfwise_workspace_id() AND (shelfwise_may_manage_members("workspaceId") OR "userId" = shelfwise_user_id()));

-- Invitations: readable in the transaction's workspace (by its members), or the one whose token the
-- transaction presents (shelfwise.invitation_token_hash, set while an invitee looks it up or accepts
-- it). Made and revoked by owners and admins; marked accepted by the invitee holding the token.
ALTER TABLE "Invitation" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Invitation_read" ON "Invitation" FOR SELECT
  USING (("workspaceId" = shelfwise_workspace_id() AND shelfwise_workspace_role("workspaceId") IS NOT NULL)
    OR "tokenHash" = current_setting('shelfwise.invitation_token_hash', true));
CREATE POLICY "Invitation_insert" ON "Invitation" FOR INSERT
  WITH CHECK ("workspaceId" = shelfwise_workspace_id() AND shelfwise_may_manage_members("workspaceId"));
CREATE POLICY "Invitation_update" ON "Invitation" FOR UPDATE
  USING ("workspaceId" = shelfwise_workspace_id()
    AND (shelfwise_may_manage_members("workspaceId") OR "tokenHash" = current_setting('shelfwise.invitation_token_hash', true)))
  WITH CHECK ("workspaceId" = shelfwise_workspace_id());
CREATE POLICY "Invitation_delete" ON "Invitation" FOR DELETE
  USING ("workspaceId" = shelfwise_workspace_id() AND shelfwise_may_manage_members("workspaceId"));

-- The API's role: rights on the rows, none on the schema, no BYPASSRLS. A login role is made a
-- member of it (tools/devstack does so for the private PostgreSQL; README "Database roles"). Created
-- here when missing, which needs CREATEROLE; where the migrating role lacks it, create it first.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'shelfwise_app') THEN
    CREATE ROLE shelfwise_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
END
$$;
GRANT USAGE ON SCHEMA public TO shelfwise_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO shelfwise_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO shelfwise_app;
REVOKE INSERT, UPDATE, DELETE ON "CatalogueProduct" FROM shelfwise_app;
-- Tables later migrations add (run by this same owner) come with the same rights; a later view must
-- revoke its write rights like "CatalogueProduct" above.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO shelfwise_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO shelfwise_app;
-- Prisma's own bookkeeping: the API reads it (it starts only on a current schema, lib/schema-check.ts);
-- only the migrating role writes it. (Absent when these files are applied by hand.)
DO $$
BEGIN
  IF to_regclass('"_prisma_migrations"') IS NOT NULL THEN
    REVOKE ALL ON TABLE "_prisma_migrations" FROM shelfwise_app;
    GRANT SELECT ON TABLE "_prisma_migrations" TO shelfwise_app;
  END IF;
END
$$;
-- The job queue (lib/jobs.ts): pg-boss reads and writes its rows; its schema is installed by migration.
GRANT USAGE ON SCHEMA pgboss TO shelfwise_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA pgboss TO shelfwise_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA pgboss TO shelfwise_app;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA pgboss TO shelfwise_app;
