import type { DeliveryStatus } from '../types';

/** Per workspace, so that a change to one endpoint can refresh its workspace's list and log together. */
export const webhookKeys = {
  all: ['webhooks'] as const,
  list: (slug: string) => [...webhookKeys.all, slug, 'list'] as const,
  detail: (slug: string, id: string) => [...webhookKeys.all, slug, 'detail', id] as const,
  deliveries: (slug: string, id: string, status?: DeliveryStatus) => [...webhookKeys.detail(slug, id), 'deliveries', status ?? 'all'] as const,
  delivery: (slug: string, id: string, deliveryId: string) => [...webhookKeys.detail(slug, id), 'delivery', deliveryId] as const,
};

export const webhooksPath = (slug: string, rest = '') => `/workspaces/${encodeURIComponent(slug)}/webhooks${rest}`;
export const webhookPath = (slug: string, id: string, rest = '') => webhooksPath(slug, `/${encodeURIComponent(id)}${rest}`);
