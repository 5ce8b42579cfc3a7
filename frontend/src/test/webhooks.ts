import type { Delivery, Webhook } from '../features/webhooks/types';

// Shapes the API answers with in the webhooks feature's tests.
let n = 0;

export function makeWebhook(overrides: Partial<Webhook> = {}): Webhook {
  n += 1;
  return {
    id: `wh-${n}`,
    url: `https://hooks${n}.example.com/shelfwise`,
    description: null,
    events: ['*'],
    enabled: true,
    disabledAt: null,
    disabledReason: null,
    failingSince: null,
    createdAt: '2026-12-01T10:00:00.000Z',
    updatedAt: '2026-12-01T10:00:00.000Z',
    lastDelivery: null,
    ...overrides,
  };
}

export function makeDelivery(overrides: Partial<Delivery> = {}): Delivery {
  n += 1;
  return {
    id: `del-${n}`,
    webhookId: 'wh-erp',
    eventId: `0193a1b2-c3d4-7e5f-8a9b-${String(n).padStart(12, '0')}`,
    eventType: 'product.updated',
    status: 'succeeded',
    attemptCount: 1,
    createdAt: '2026-12-02T10:00:00.000Z',
    lastAttemptAt: '2026-12-02T10:00:01.000Z',
    nextAttemptAt: null,
    responseStatus: 200,
    latencyMs: 35,
    error: null,
    ...overrides,
  };
}
