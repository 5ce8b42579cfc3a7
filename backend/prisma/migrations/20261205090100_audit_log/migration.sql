-- The audit log (issue 17): "AuditEvent" becomes the one log of security-relevant actions, with who
-- (a user, or the API key they used; neither: the system), what, on what, in which workspace, and
-- from where (IP, user agent, request id). Its rows are kept: the subject becomes the target (a
-- user), the actor the acting user. Statements Prisma generates are as `migrate diff` wrote them;
-- row-level security, grants and the retention function are marked "by hand".

-- An entry outlives what it names (a deleted user, key, workspace): no foreign keys, so the cascade
-- that deleted a user's entries with the user goes.
ALTER TABLE "AuditEvent" DROP CONSTRAINT "AuditEvent_subjectId_fkey";
DROP INDEX "AuditEvent_subjectId_createdAt_idx";

-- by hand: renamed rather than dropped and added, so the existing entries keep their values.
ALTER TABLE "AuditEvent" RENAME COLUMN "createdAt" TO "at";
ALTER TABLE "AuditEvent" RENAME COLUMN "actorId" TO "actorUserId";
ALTER TABLE "AuditEvent" RENAME COLUMN "subjectId" TO "targetId";
ALTER TABLE "AuditEvent" ALTER COLUMN "targetId" DROP NOT NULL;
ALTER TABLE "AuditEvent" ADD COLUMN "actorApiKeyId" UUID,
ADD COLUMN "targetType" VARCHAR(32),
ADD COLUMN "workspaceId" UUID,
ADD COLUMN "ip" VARCHAR(64),
ADD COLUMN "userAgent" VARCHAR(256),
ADD COLUMN "requestId" VARCHAR(128);
-- by hand: every entry so far was about an account.
UPDATE "AuditEvent" SET "targetType" = 'user';
ALTER TABLE "AuditEvent" ALTER COLUMN "targetType" SET NOT NULL;

-- CreateIndex: newest first over everything, and by each filter (keyset on "at", "id").
CREATE INDEX "AuditEvent_at_id_idx" ON "AuditEvent"("at", "id");
CREATE INDEX "AuditEvent_workspaceId_at_id_idx" ON "AuditEvent"("workspaceId", "at", "id");
CREATE INDEX "AuditEvent_actorUserId_at_id_idx" ON "AuditEvent"("actorUserId", "at", "id");
CREATE INDEX "AuditEvent_actorApiKeyId_at_id_idx" ON "AuditEvent"("actorApiKeyId", "at", "id");
CREATE INDEX "AuditEvent_targetId_at_id_idx" ON "AuditEvent"("targetId", "at", "id");
CREATE INDEX "AuditEvent_action_at_id_idx" ON "AuditEvent"("action", "at", "id");

-- by hand: read by platform admins (everything) and by a workspace's owners (its entries); written
-- by anyone the API serves, signed in or not (a failed sign-in is an entry). The API inserts without
-- RETURNING, which would need the new row to be readable by the writer.
ALTER TABLE "AuditEvent" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "AuditEvent_read" ON "AuditEvent" FOR SELECT
  USING (shelfwise_platform_admin() OR ("workspaceId" IS NOT NULL AND shelfwise_workspace_role("workspaceId") = 'owner'));
CREATE POLICY "AuditEvent_insert" ON "AuditEvent" FOR INSERT WITH CHECK (true);

-- by hand: append-only for the application. The default privileges (migration
-- 20261203090000_workspaces) granted every right; only reading and adding are left.
REVOKE UPDATE, DELETE, TRUNCATE ON "AuditEvent" FROM shelfwise_app;
REVOKE UPDATE, DELETE, TRUNCATE ON "AuditEvent" FROM PUBLIC;
GRANT SELECT, INSERT ON "AuditEvent" TO shelfwise_app;

-- by hand: retention. Deletes up to `batch` entries older than `retention_days` days and returns how
-- many (the caller repeats while that is `batch`). SECURITY DEFINER: the API's role cannot delete
-- entries any other way; and since it may call this, the function never deletes an entry younger
-- than 30 days, whatever it is asked, so the role cannot empty the log through it.
CREATE FUNCTION shelfwise_prune_audit_events(retention_days integer, batch integer) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
  deleted integer;
BEGIN
  DELETE FROM "AuditEvent" WHERE "id" IN (
    SELECT "id" FROM "AuditEvent"
    WHERE "at" < now() - make_interval(days => greatest(retention_days, 30))
    ORDER BY "at" LIMIT batch);
  GET DIAGNOSTICS deleted = ROW_COUNT;
  RETURN deleted;
END
$$;
REVOKE EXECUTE ON FUNCTION shelfwise_prune_audit_events(integer, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION shelfwise_prune_audit_events(integer, integer) TO shelfwise_app;
