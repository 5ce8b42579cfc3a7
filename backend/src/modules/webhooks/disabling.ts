import type { Transaction } from '../../lib/db-context.js';
import { queueEmail } from '../../lib/mail/index.js';
import { recordAudit, SYSTEM } from '../audit/index.js';
import type { WebhooksDeps } from './deps.js';
import { endpointDisabledEmail } from './emails.js';

/**
 * Disables an endpoint whose retries ran out with no success since it started failing, in the
 * transaction that recorded the last attempt: records it in the audit log and emails the
 * workspace's owners and admins (the email is queued in the same transaction, so it goes out only
 * if the disabling commits, and once: an endpoint already disabled is left alone).
 */
export async function disableFailingEndpoint(deps: Pick<WebhooksDeps, 'jobs' | 'publicUrl'>, tx: Transaction, endpointId: string): Promise<void> {
  const [endpoint] = await tx.$queryRaw<Array<{ id: string; url: string; workspaceId: string; failingSince: Date; slug: string; name: string }>>`
    UPDATE "WebhookEndpoint" e SET "enabled" = false, "disabledAt" = now(), "updatedAt" = now(),
      "disabledReason" = 'Disabled automatically: every delivery failed since ' || to_char(e."failingSince" AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') || ' UTC'
    FROM "Workspace" w
    WHERE e."id" = ${endpointId}::uuid AND e."enabled" AND e."failingSince" IS NOT NULL AND w."id" = e."workspaceId"
    RETURNING e."id"::text AS "id", e."url", e."workspaceId"::text AS "workspaceId", e."failingSince", w."slug", w."name"`;
  if (!endpoint) return;
  await recordAudit(tx, {
    action: 'webhook_disabled',
    actor: SYSTEM,
    target: { type: 'webhook', id: endpoint.id },
    workspaceId: endpoint.workspaceId,
    detail: { url: endpoint.url, failingSince: endpoint.failingSince.toISOString() },
  });
  const managers = await tx.$queryRaw<Array<{ email: string; name: string }>>`
    SELECT u."email"::text AS "email", u."name" FROM "Membership" m JOIN "User" u ON u."id" = m."userId"
    WHERE m."workspaceId" = ${endpoint.workspaceId}::uuid AND m."role" IN ('owner', 'admin') AND u."deactivatedAt" IS NULL
    ORDER BY u."email"`;
  const link = `${deps.publicUrl}/workspaces/${encodeURIComponent(endpoint.slug)}/webhooks/${endpoint.id}`;
  for (const manager of managers) {
    await queueEmail(deps.jobs, endpointDisabledEmail(manager, { workspaceName: endpoint.name, url: endpoint.url, failingSince: endpoint.failingSince, link }), tx);
  }
}
