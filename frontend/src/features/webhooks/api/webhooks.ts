import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { CreatedWebhook, CreateWebhookRequest, Delivery, UpdateWebhookRequest, Webhook, WebhookList } from '../types';
import { webhookKeys, webhookPath, webhooksPath } from './query-keys';

async function getWebhooks(slug: string): Promise<Webhook[]> {
  const { data } = await apiClient.get<WebhookList>(webhooksPath(slug));
  return data.data;
}

async function getWebhook(slug: string, id: string): Promise<Webhook> {
  const { data } = await apiClient.get<Webhook>(webhookPath(slug, id));
  return data;
}

async function createWebhook({ slug, body }: { slug: string; body: CreateWebhookRequest }): Promise<CreatedWebhook> {
  const { data } = await apiClient.post<CreatedWebhook>(webhooksPath(slug), body);
  return data;
}

async function updateWebhook({ slug, id, changes }: { slug: string; id: string; changes: UpdateWebhookRequest }): Promise<Webhook> {
  const { data } = await apiClient.patch<Webhook>(webhookPath(slug, id), changes);
  return data;
}

async function deleteWebhook({ slug, id }: { slug: string; id: string }): Promise<void> {
  await apiClient.delete(webhookPath(slug, id));
}

async function rotateSecret({ slug, id }: { slug: string; id: string }): Promise<CreatedWebhook> {
  const { data } = await apiClient.post<CreatedWebhook>(webhookPath(slug, id, '/rotate-secret'));
  return data;
}

async function pingWebhook({ slug, id }: { slug: string; id: string }): Promise<Delivery> {
  const { data } = await apiClient.post<Delivery>(webhookPath(slug, id, '/ping'));
  return data;
}

export function useWebhooks(slug: string) {
  return useQuery(queryOptions({ queryKey: webhookKeys.list(slug), queryFn: () => getWebhooks(slug) }));
}

export function useWebhook(slug: string, id: string) {
  return useQuery(queryOptions({ queryKey: webhookKeys.detail(slug, id), queryFn: () => getWebhook(slug, id) }));
}

/** Every change reads the workspace's endpoints again (the list shows state and last delivery). */
function useInvalidate() {
  const queryClient = useQueryClient();
  return (slug: string) => queryClient.invalidateQueries({ queryKey: [...webhookKeys.all, slug] });
}

export function useCreateWebhook() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: createWebhook, onSuccess: (_data, { slug }) => invalidate(slug) });
}

export function useUpdateWebhook() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: updateWebhook, onSuccess: (_data, { slug }) => invalidate(slug) });
}

export function useRotateSecret() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: rotateSecret, onSuccess: (_data, { slug }) => invalidate(slug) });
}

export function usePingWebhook() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: pingWebhook, onSuccess: (_data, { slug }) => invalidate(slug) });
}

/** A deleted endpoint's own queries are dropped, not refetched (they would 404). */
export function useDeleteWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteWebhook,
    onSuccess: (_data, { slug, id }) => {
      queryClient.removeQueries({ queryKey: webhookKeys.detail(slug, id) });
      return queryClient.invalidateQueries({ queryKey: webhookKeys.list(slug) });
    },
  });
}
