-- Webhooks (issue 19): a workspace's endpoints, the deliveries the outbox's relay makes for them
-- (modules/webhooks), and each HTTP attempt. Statements Prisma generates are as `migrate diff`
-- writes them; row-level security and the grants are "by hand".

-- CreateTable
CREATE TABLE "WebhookEndpoint" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "url" VARCHAR(2048) NOT NULL,
    "description" VARCHAR(500) NOT NULL DEFAULT '',
    "events" TEXT[],
    "secret" VARCHAR(100) NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "disabledAt" TIMESTAMPTZ(3),
    "disabledReason" VARCHAR(500),
    "failingSince" TIMESTAMPTZ(3),
    "lastDeliveryStatus" VARCHAR(16),
    "lastDeliveryAt" TIMESTAMPTZ(3),
    "lastResponseStatus" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "WebhookEndpoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookDelivery" (
    "id" UUID NOT NULL,
    "endpointId" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "eventId" UUID NOT NULL,
    "eventType" VARCHAR(40) NOT NULL,
    "payload" JSONB NOT NULL,
    "status" VARCHAR(16) NOT NULL DEFAULT 'pending',
    "attemptCount" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMPTZ(3),
    "lastAttemptAt" TIMESTAMPTZ(3),
    "responseStatus" INTEGER,
    "latencyMs" INTEGER,
    "error" VARCHAR(500),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WebhookDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookAttempt" (
    "id" UUID NOT NULL,
    "deliveryId" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "responseStatus" INTEGER,
    "latencyMs" INTEGER,
    "responseExcerpt" VARCHAR(1024),
    "error" VARCHAR(500),

    CONSTRAINT "WebhookAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "WebhookEndpoint_workspaceId_createdAt_idx" ON "WebhookEndpoint"("workspaceId", "createdAt");

-- CreateIndex
CREATE INDEX "WebhookDelivery_endpointId_createdAt_id_idx" ON "WebhookDelivery"("endpointId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "WebhookDelivery_nextAttemptAt_idx" ON "WebhookDelivery"("nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "WebhookDelivery_endpointId_eventId_key" ON "WebhookDelivery"("endpointId", "eventId");

-- CreateIndex
CREATE INDEX "WebhookAttempt_deliveryId_at_idx" ON "WebhookAttempt"("deliveryId", "at");

-- AddForeignKey
ALTER TABLE "WebhookEndpoint" ADD CONSTRAINT "WebhookEndpoint_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookDelivery" ADD CONSTRAINT "WebhookDelivery_endpointId_fkey" FOREIGN KEY ("endpointId") REFERENCES "WebhookEndpoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookAttempt" ADD CONSTRAINT "WebhookAttempt_deliveryId_fkey" FOREIGN KEY ("deliveryId") REFERENCES "WebhookDelivery"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- by hand: an endpoint, its deliveries and their attempts are its workspace's owners' and admins'
-- (the people who manage it) and platform admins' (who moderate, and as whom the relay's consumer
-- and the dispatcher work: they serve every workspace). Nobody else sees or writes a row, so a
-- secret never reaches an editor or a viewer whatever a query forgets.
ALTER TABLE "WebhookEndpoint" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "WebhookEndpoint_manage" ON "WebhookEndpoint" FOR ALL
  USING (shelfwise_platform_admin() OR shelfwise_may_manage_members("workspaceId"))
  WITH CHECK (shelfwise_platform_admin() OR shelfwise_may_manage_members("workspaceId"));
ALTER TABLE "WebhookDelivery" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "WebhookDelivery_manage" ON "WebhookDelivery" FOR ALL
  USING (shelfwise_platform_admin() OR shelfwise_may_manage_members("workspaceId"))
  WITH CHECK (shelfwise_platform_admin() OR shelfwise_may_manage_members("workspaceId"));
ALTER TABLE "WebhookAttempt" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "WebhookAttempt_manage" ON "WebhookAttempt" FOR ALL
  USING (shelfwise_platform_admin() OR shelfwise_may_manage_members("workspaceId"))
  WITH CHECK (shelfwise_platform_admin() OR shelfwise_may_manage_members("workspaceId"));
-- The log is written, not edited: attempts are only added (and go with their delivery).
REVOKE UPDATE ON "WebhookAttempt" FROM shelfwise_app;
