-- A job's progress in the outbox (issue 19): every job row written (created, started, a chunk's
-- counts, a total, a cancel asked for, finished) writes a job.created or job.updated event in the
-- same transaction, so the SPA's progress bars follow the SSE stream instead of polling. Cheap by
-- construction: one event per row write, and the runner (modules/jobs/runner.ts) writes a job's
-- counts once per chunk, not once per product. Who sees them is modules/events/audience.ts (the
-- jobs API's rule); webhooks are never offered them (outbox.ts WEBHOOK_EVENT_TYPES). No Prisma
-- statement: all of it is "by hand".

-- by hand: the job as the jobs API shows its fields (modules/jobs/job-view.ts JobRecord, times as
-- JavaScript's toISOString writes them; the input is left out: a bulk edit's can name 10,000
-- products). An UPDATE that changed nothing shown (updatedAt alone) writes none. A job deleted with
-- its workspace writes none: workspace.deleted says it. SECURITY DEFINER, as the other outbox
-- triggers (migration 20261207090000_outbox): the API's role may not write "OutboxEvent" itself.
CREATE FUNCTION shelfwise_outbox_job() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
  IF TG_OP = 'UPDATE'
    AND (NEW."workspaceId", NEW."ownerId", NEW."state", NEW."total", NEW."done", NEW."failed", NEW."error", NEW."result",
         NEW."startedAt", NEW."finishedAt", NEW."cancelRequestedAt")
    IS NOT DISTINCT FROM (OLD."workspaceId", OLD."ownerId", OLD."state", OLD."total", OLD."done", OLD."failed", OLD."error", OLD."result",
         OLD."startedAt", OLD."finishedAt", OLD."cancelRequestedAt") THEN
    RETURN NULL;
  END IF;
  INSERT INTO "OutboxEvent" ("type", "workspaceId", "subjectId", "payload")
    VALUES (CASE TG_OP WHEN 'INSERT' THEN 'job.created' ELSE 'job.updated' END, NEW."workspaceId", NEW."id",
      jsonb_build_object(
        'id', NEW."id",
        'kind', NEW."kind",
        'state', NEW."state"::text,
        'workspaceId', NEW."workspaceId",
        'ownerId', NEW."ownerId",
        'total', NEW."total",
        'done', NEW."done",
        'failed', NEW."failed",
        'error', NEW."error",
        'result', NEW."result",
        'createdAt', to_char(NEW."createdAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
        'startedAt', to_char(NEW."startedAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
        'finishedAt', to_char(NEW."finishedAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
        'cancelRequestedAt', to_char(NEW."cancelRequestedAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')));
  RETURN NULL;
END
$$;
CREATE TRIGGER "Job_outbox" AFTER INSERT OR UPDATE ON "Job"
  FOR EACH ROW EXECUTE FUNCTION shelfwise_outbox_job();

-- by hand: a job's owner reads its events as they read the job (migration 20261206090000_jobs's
-- "Job_read"), also after leaving its workspace; the stream narrows the members' part to the
-- workspace's owners and admins (audience.ts), as the jobs API does.
ALTER POLICY "OutboxEvent_read" ON "OutboxEvent"
  USING (shelfwise_platform_admin() OR shelfwise_workspace_role("workspaceId") IS NOT NULL
    OR ("type" LIKE 'membership.%' AND "subjectId" = shelfwise_user_id())
    OR ("type" LIKE 'job.%' AND "payload"->>'ownerId' = shelfwise_user_id()::text));
