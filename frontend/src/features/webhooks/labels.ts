import type { Delivery, DeliveryStatus, Webhook } from './types';

export const STATUS_LABELS: Record<DeliveryStatus, string> = {
  pending: 'Pending',
  retrying: 'Retrying',
  succeeded: 'Succeeded',
  failed: 'Failed',
};

export const DELIVERY_STATUSES = Object.keys(STATUS_LABELS) as DeliveryStatus[];

/** The badge's look (webhooks.css): green for a success, amber while it is still being tried, red for a failure. */
export const statusTone = (status: DeliveryStatus): 'ok' | 'waiting' | 'bad' => (status === 'succeeded' ? 'ok' : status === 'failed' ? 'bad' : 'waiting');

export const formatTime = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/** "HTTP 200 in 35 ms", "timeout after 10000 ms", or the error alone when nothing answered. */
export function responseSummary(delivery: Pick<Delivery, 'responseStatus' | 'latencyMs' | 'error'>): string {
  const parts: string[] = [];
  if (delivery.responseStatus !== null) parts.push(`HTTP ${delivery.responseStatus}`);
  if (delivery.error) parts.push(delivery.error);
  if (delivery.latencyMs !== null) parts.push(`${delivery.latencyMs.toLocaleString()} ms`);
  return parts.length > 0 ? parts.join(' · ') : '—';
}

/** An endpoint's state as one line: why it was disabled, since when it fails, or that it is on. */
export function endpointState(webhook: Pick<Webhook, 'enabled' | 'disabledAt' | 'disabledReason' | 'failingSince'>): {
  label: string;
  tone: 'ok' | 'waiting' | 'bad';
  detail: string | null;
} {
  if (!webhook.enabled) {
    const when = webhook.disabledAt ? ` on ${formatTime(webhook.disabledAt)}` : '';
    return { label: 'Disabled', tone: 'bad', detail: webhook.disabledReason ? `${webhook.disabledReason}${when}` : when ? `Disabled${when}` : null };
  }
  if (webhook.failingSince) return { label: 'Failing', tone: 'waiting', detail: `Failing since ${formatTime(webhook.failingSince)}` };
  return { label: 'Enabled', tone: 'ok', detail: null };
}
