import { Counter, Histogram, type Registry } from 'prom-client';

/** The webhooks' figures in /metrics: deliveries made (on the relaying instance), attempts sent (on each). */
export function webhookMetrics(registry: Registry) {
  const queued = new Counter({
    name: 'shelfwise_webhook_deliveries_queued_total',
    help: 'Deliveries stored for sending (one per event and endpoint that wants it)',
    registers: [registry],
  });
  const attempts = new Histogram({
    name: 'shelfwise_webhook_attempt_seconds',
    help: 'Webhook attempts sent by this instance, by outcome (succeeded: a 2xx answer), and how long each took',
    labelNames: ['outcome'] as const,
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  return {
    queued: (count: number) => queued.inc(count),
    attempted: (outcome: 'succeeded' | 'failed', latencyMs: number) => attempts.observe({ outcome }, latencyMs / 1_000),
  };
}
