import { inDbContext, type Transaction } from '../../lib/db-context.js';
import type { OutboundFailure, OutboundResponse } from '../../lib/http/ssrf-guard.js';
import type { WebhooksDeps } from './deps.js';
import { disableFailingEndpoint } from './disabling.js';
import { PING_TYPE } from './endpoints.service.js';
import { nextAttemptAt } from './schedule.js';
import { signedHeaders } from './signing.js';

// Sends the due deliveries. Every instance runs one; they share the work through the database: a
// claim takes due rows FOR UPDATE SKIP LOCKED and pushes their nextAttemptAt past the send's
// timeout (the lease), so no two instances send the same row at once, and a row whose sender died
// mid-send is due again when its lease runs out (sent again with the same webhook-id).

export interface DispatcherOptions {
  timeoutMs: number;
  /** How often an idle dispatcher looks for due rows (it is woken at once for its own instance's). */
  pollMs?: number;
  /** Rows claimed, and sent side by side, at a time. */
  batchSize?: number;
  observe?: (outcome: 'succeeded' | 'failed', latencyMs: number) => void;
}

interface Claimed {
  id: string;
  endpointId: string;
  workspaceId: string;
  eventId: string;
  eventType: string;
  payload: unknown;
  status: string;
  attemptCount: number;
  url: string;
  secret: string;
}

const LEASE_MARGIN_MS = 30_000;
const MAX_BACKOFF_MS = 30_000;
const ERROR_MAX = 500;

export function createDispatcher(deps: WebhooksDeps, { timeoutMs, pollMs = 1_000, batchSize = 20, observe }: DispatcherOptions) {
  let running = false;
  let timer: NodeJS.Timeout | null = null;
  let wakeUp: (() => void) | null = null;
  let loop: Promise<void> | null = null;
  let woken = false;

  const claim = (): Promise<Claimed[]> =>
    inDbContext(deps.prisma, { platformAdmin: true }, (tx) => tx.$queryRaw<Claimed[]>`
      WITH due AS (
        SELECT d."id" FROM "WebhookDelivery" d JOIN "WebhookEndpoint" e ON e."id" = d."endpointId"
        WHERE d."nextAttemptAt" <= now() AND (e."enabled" OR d."eventType" = ${PING_TYPE})
        ORDER BY d."nextAttemptAt" LIMIT ${batchSize}::int
        FOR UPDATE OF d SKIP LOCKED
      )
      UPDATE "WebhookDelivery" d SET "nextAttemptAt" = now() + make_interval(secs => ${(timeoutMs + LEASE_MARGIN_MS) / 1_000}::float8)
      FROM due, "WebhookEndpoint" e
      WHERE d."id" = due."id" AND e."id" = d."endpointId"
      RETURNING d."id"::text AS "id", d."endpointId"::text AS "endpointId", d."workspaceId"::text AS "workspaceId", d."eventId"::text AS "eventId",
        d."eventType", d."payload", d."status", d."attemptCount", e."url", e."secret"`);

  async function send(delivery: Claimed): Promise<void> {
    const body = JSON.stringify(delivery.payload);
    const at = new Date();
    const result = await deps.outbound.post(delivery.url, { headers: signedHeaders(delivery.secret, delivery.eventId, at, body), body });
    const response = result.ok ? result.response : null;
    const succeeded = response !== null && response.status >= 200 && response.status < 300;
    observe?.(succeeded ? 'succeeded' : 'failed', result.ok ? result.response.latencyMs : result.failure.latencyMs);
    await inDbContext(deps.prisma, { platformAdmin: true }, (tx) => record(tx, delivery, at, succeeded, response, result.ok ? null : result.failure));
  }

  async function record(tx: Transaction, delivery: Claimed, at: Date, succeeded: boolean, response: OutboundResponse | null, failure: OutboundFailure | null): Promise<void> {
    const ping = delivery.eventType === PING_TYPE;
    // A redelivery an admin asked for (pending again after attempts) is one more attempt, which
    // retries only if the schedule had some left, and never disables the endpoint.
    const manual = delivery.status === 'pending' && delivery.attemptCount > 0;
    const attempts = delivery.attemptCount + 1;
    const error = succeeded ? null : (failure?.error ?? `The receiver answered HTTP ${response?.status}`).slice(0, ERROR_MAX);
    const retryAt = succeeded || ping ? null : nextAttemptAt(deps.retryScheduleSeconds, attempts, at);
    const status = succeeded ? 'succeeded' : retryAt ? 'retrying' : 'failed';
    const latencyMs = response?.latencyMs ?? failure?.latencyMs ?? null;
    await tx.webhookAttempt.createMany({
      data: [{ deliveryId: delivery.id, workspaceId: delivery.workspaceId, at, responseStatus: response?.status ?? null, latencyMs, responseExcerpt: response?.excerpt.slice(0, 1024) ?? null, error }],
    });
    await tx.webhookDelivery.updateMany({
      where: { id: delivery.id },
      data: { status, attemptCount: attempts, lastAttemptAt: at, nextAttemptAt: retryAt, responseStatus: response?.status ?? null, latencyMs, error },
    });
    // A ping shows in the endpoint's last delivery, not in its health.
    await tx.webhookEndpoint.updateMany({
      where: { id: delivery.endpointId },
      data: { lastDeliveryStatus: status, lastDeliveryAt: at, lastResponseStatus: response?.status ?? null, ...(succeeded && !ping ? { failingSince: null } : {}) },
    });
    if (!succeeded && !ping) {
      // The first failure since the last success starts the clock (a success stops it above).
      await tx.webhookEndpoint.updateMany({ where: { id: delivery.endpointId, failingSince: null }, data: { failingSince: at } });
      // Retries spent with no success in between: the endpoint keeps failing, so it is disabled.
      if (status === 'failed' && !manual) await disableFailingEndpoint(deps, tx, delivery.endpointId);
    }
  }

  /** One claim and its sends; whether it found a full batch (more may be due). */
  async function round(): Promise<boolean> {
    const claimed = await claim();
    await Promise.all(claimed.map((delivery) => send(delivery).catch((err: unknown) => deps.logger.error({ err, delivery: delivery.id }, 'webhook delivery could not be recorded'))));
    return claimed.length === batchSize;
  }

  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      wakeUp = resolve;
      timer = setTimeout(resolve, ms);
    }).finally(() => {
      if (timer) clearTimeout(timer);
      timer = null;
      wakeUp = null;
    });

  async function run(): Promise<void> {
    let failures = 0;
    while (running) {
      woken = false;
      let more = false;
      try {
        more = await round();
        failures = 0;
      } catch (err) {
        failures += 1;
        deps.logger.warn({ err }, 'webhook dispatcher could not claim deliveries; backing off');
      }
      if (!running) return;
      if (more || woken) continue;
      await pause(failures > 0 ? Math.min(MAX_BACKOFF_MS, pollMs * 2 ** failures) : pollMs);
    }
  }

  return {
    start(): void {
      if (running) return;
      running = true;
      loop = run();
    },
    /** Due rows now (this instance's consumer stored some, an admin pinged or redelivered). */
    wake(): void {
      woken = true;
      wakeUp?.();
    },
    async stop(): Promise<void> {
      running = false;
      wakeUp?.();
      await loop;
    },
  };
}
