// Endpoints and deliveries as the API answers them. The secret is never part of an endpoint's view:
// only creation and rotation answer with it (withSecret).

export const DELIVERY_STATUSES = ['pending', 'retrying', 'succeeded', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export interface EndpointRow {
  id: string;
  workspaceId: string;
  url: string;
  description: string;
  events: string[];
  secret: string;
  enabled: boolean;
  disabledAt: Date | null;
  disabledReason: string | null;
  failingSince: Date | null;
  lastDeliveryStatus: string | null;
  lastDeliveryAt: Date | null;
  lastResponseStatus: number | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface DeliveryRow {
  id: string;
  endpointId: string;
  eventId: string;
  eventType: string;
  payload: unknown;
  status: string;
  attemptCount: number;
  nextAttemptAt: Date | null;
  lastAttemptAt: Date | null;
  responseStatus: number | null;
  latencyMs: number | null;
  error: string | null;
  createdAt: Date;
}

export interface AttemptRow {
  at: Date;
  responseStatus: number | null;
  latencyMs: number | null;
  responseExcerpt: string | null;
  error: string | null;
}

const iso = (date: Date | null) => (date === null ? null : date.toISOString());

export function toWebhookView(row: EndpointRow) {
  return {
    id: row.id,
    url: row.url,
    description: row.description === '' ? null : row.description,
    events: row.events,
    enabled: row.enabled,
    disabledAt: iso(row.disabledAt),
    disabledReason: row.disabledReason,
    failingSince: iso(row.failingSince),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    lastDelivery:
      row.lastDeliveryStatus !== null && row.lastDeliveryAt !== null
        ? { status: row.lastDeliveryStatus as DeliveryStatus, at: row.lastDeliveryAt.toISOString(), responseStatus: row.lastResponseStatus }
        : null,
  };
}

export const withSecret = (row: EndpointRow) => ({ ...toWebhookView(row), secret: row.secret });

export function toDeliveryView(row: DeliveryRow) {
  return {
    id: row.id,
    webhookId: row.endpointId,
    eventId: row.eventId,
    eventType: row.eventType,
    status: row.status as DeliveryStatus,
    attemptCount: row.attemptCount,
    createdAt: row.createdAt.toISOString(),
    lastAttemptAt: iso(row.lastAttemptAt),
    nextAttemptAt: iso(row.nextAttemptAt),
    responseStatus: row.responseStatus,
    latencyMs: row.latencyMs,
    error: row.error,
  };
}

export function toDeliveryDetail(row: DeliveryRow, attempts: AttemptRow[]) {
  return {
    ...toDeliveryView(row),
    payload: row.payload,
    attempts: attempts.map((a) => ({ at: a.at.toISOString(), responseStatus: a.responseStatus, latencyMs: a.latencyMs, responseExcerpt: a.responseExcerpt, error: a.error })),
  };
}
