-- User-facing jobs (issue 18): imports, bulk edits and their undo, each with an owner, a workspace,
-- its progress and one row per processed input row. Statements Prisma generates are as
-- `migrate diff` writes them; row-level security and grants are marked "by hand".

-- CreateEnum
CREATE TYPE "JobState" AS ENUM ('queued', 'running', 'succeeded', 'failed', 'cancelled');

-- CreateTable
CREATE TABLE "Job" (
    "id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "state" "JobState" NOT NULL DEFAULT 'queued',
    "ownerId" UUID,
    "workspaceId" UUID NOT NULL,
    "input" JSONB NOT NULL,
    "total" INTEGER,
    "done" INTEGER NOT NULL DEFAULT 0,
    "failed" INTEGER NOT NULL DEFAULT 0,
    "result" JSONB,
    "error" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMPTZ(3),
    "finishedAt" TIMESTAMPTZ(3),
    "cancelRequestedAt" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Job_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobRow" (
    "jobId" UUID NOT NULL,
    "row" INTEGER NOT NULL,
    "outcome" TEXT NOT NULL,
    "productId" UUID,
    "version" INTEGER,
    "reason" TEXT,
    "code" TEXT,
    "data" JSONB,

    CONSTRAINT "JobRow_pkey" PRIMARY KEY ("jobId","row")
);

-- CreateIndex
CREATE INDEX "Job_ownerId_createdAt_id_idx" ON "Job"("ownerId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Job_workspaceId_createdAt_id_idx" ON "Job"("workspaceId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "JobRow_jobId_outcome_row_idx" ON "JobRow"("jobId", "outcome", "row");

-- AddForeignKey
ALTER TABLE "Job" ADD CONSTRAINT "Job_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Job" ADD CONSTRAINT "Job_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobRow" ADD CONSTRAINT "JobRow_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "Job"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- by hand: a job is read by its owner, by its workspace's members and by platform admins (which of
-- them the API shows it to is modules/jobs' finer rule: the owner, the workspace's owners and
-- admins), and inside a transaction that names its workspace, which is how its runner, acting for
-- its owner (who may have left the workspace since, or been deleted), reads and updates it: only the
-- server sets a transaction's workspace, once it has decided the caller may act there. Created by a
-- member (or a platform admin) for themselves, in the transaction's workspace. Never deleted by the
-- API (the workspace's deletion cascades, as the tables' owner).
ALTER TABLE "Job" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Job_read" ON "Job" FOR SELECT
  USING (shelfwise_platform_admin() OR "ownerId" = shelfwise_user_id() OR shelfwise_workspace_role("workspaceId") IS NOT NULL
    OR "workspaceId" = shelfwise_workspace_id());
CREATE POLICY "Job_insert" ON "Job" FOR INSERT
  WITH CHECK ("workspaceId" = shelfwise_workspace_id() AND "ownerId" = shelfwise_user_id()
    AND (shelfwise_platform_admin() OR shelfwise_workspace_role("workspaceId") IS NOT NULL));
CREATE POLICY "Job_update" ON "Job" FOR UPDATE
  USING ("workspaceId" = shelfwise_workspace_id()) WITH CHECK ("workspaceId" = shelfwise_workspace_id());

-- by hand: a job's rows are seen by whoever sees the job, and added by its runner (its owner, in its
-- workspace's transaction). Append-only: a row once committed is what the job did with that input row.
ALTER TABLE "JobRow" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "JobRow_read" ON "JobRow" FOR SELECT
  USING (EXISTS (SELECT 1 FROM "Job" j WHERE j."id" = "jobId"));
CREATE POLICY "JobRow_insert" ON "JobRow" FOR INSERT
  WITH CHECK (EXISTS (SELECT 1 FROM "Job" j WHERE j."id" = "jobId" AND j."workspaceId" = shelfwise_workspace_id() AND j."ownerId" = shelfwise_user_id()));

-- by hand: the default privileges (migration 20261203090000_workspaces) granted every right; only
-- what the API does is left.
REVOKE DELETE, TRUNCATE ON "Job" FROM shelfwise_app;
REVOKE UPDATE, DELETE, TRUNCATE ON "JobRow" FROM shelfwise_app;
