/*
 * Written by hand from the API contract of issue 19 until the webhooks module's OpenAPI document is
 * committed; then these become aliases of src/lib/api/schema.d.ts like the other features' types.
 */

export type DeliveryStatus = 'pending' | 'retrying' | 'succeeded' | 'failed';

/** A registered endpoint; `secret` only ever comes with CreatedWebhook (creation and rotation). */
export interface Webhook {
  id: string;
  url: string;
  description: string | null;
  /** Event types (`product.updated`) or wildcards (`product.*`, `*`). */
  events: string[];
  enabled: boolean;
  disabledAt: string | null;
  disabledReason: string | null;
  failingSince: string | null;
  createdAt: string;
  updatedAt: string;
  lastDelivery: { status: DeliveryStatus; at: string; responseStatus: number | null } | null;
}

export type CreatedWebhook = Webhook & { secret: string };

export interface WebhookList {
  data: Webhook[];
}

export interface CreateWebhookRequest {
  url: string;
  events: string[];
  description?: string;
}

export type UpdateWebhookRequest = Partial<CreateWebhookRequest & { enabled: boolean }>;

export interface Delivery {
  id: string;
  /** The event's id, sent as the webhook-id header: the same on every attempt and redelivery. */
  eventId: string;
  eventType: string;
  status: DeliveryStatus;
  attemptCount: number;
  createdAt: string;
  lastAttemptAt: string | null;
  nextAttemptAt: string | null;
  responseStatus: number | null;
  latencyMs: number | null;
  error: string | null;
}

export interface DeliveryPage {
  data: Delivery[];
  nextCursor: string | null;
}

export interface DeliveryAttempt {
  at: string;
  responseStatus: number | null;
  latencyMs: number | null;
  /** The start of the receiver's answer (at most 1 KiB of text). */
  responseExcerpt: string | null;
  error: string | null;
}

export type DeliveryDetail = Delivery & { attempts: DeliveryAttempt[]; payload: unknown };
