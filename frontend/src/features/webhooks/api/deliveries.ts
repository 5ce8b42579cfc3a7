import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { Delivery, DeliveryDetail, DeliveryPage, DeliveryStatus } from '../types';
import { webhookKeys, webhookPath } from './query-keys';

const PAGE_SIZE = 25;
/** While a delivery waits or retries, its row is read again now and then (the dispatcher sends it meanwhile). */
const PENDING_REFRESH_MS = 3_000;

const isOpen = (delivery: Pick<Delivery, 'status'>) => delivery.status === 'pending' || delivery.status === 'retrying';

async function getDeliveries(slug: string, id: string, status: DeliveryStatus | undefined, cursor?: string): Promise<DeliveryPage> {
  const { data } = await apiClient.get<DeliveryPage>(webhookPath(slug, id, '/deliveries'), {
    params: { limit: PAGE_SIZE, ...(status ? { status } : {}), ...(cursor ? { cursor } : {}) },
  });
  return data;
}

async function getDelivery(slug: string, id: string, deliveryId: string): Promise<DeliveryDetail> {
  const { data } = await apiClient.get<DeliveryDetail>(webhookPath(slug, id, `/deliveries/${encodeURIComponent(deliveryId)}`));
  return data;
}

async function redeliver({ slug, id, deliveryId }: { slug: string; id: string; deliveryId: string }): Promise<Delivery> {
  const { data } = await apiClient.post<Delivery>(webhookPath(slug, id, `/deliveries/${encodeURIComponent(deliveryId)}/redeliver`));
  return data;
}

/**
 * The endpoint's deliveries newest first, a page at a time, optionally of one status. Never cached
 * long (the log grows as it is read); the first page is read again while one of it is still open.
 */
export function useDeliveries(slug: string, id: string, status?: DeliveryStatus) {
  return useInfiniteQuery(
    infiniteQueryOptions({
      queryKey: webhookKeys.deliveries(slug, id, status),
      queryFn: ({ pageParam }) => getDeliveries(slug, id, status, pageParam),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => last.nextCursor ?? undefined,
      staleTime: 0,
      refetchInterval: (query) => (query.state.data?.pages[0]?.data.some(isOpen) ? PENDING_REFRESH_MS : false),
    }),
  );
}

export function useDelivery(slug: string, id: string, deliveryId: string) {
  return useQuery(
    queryOptions({
      queryKey: webhookKeys.delivery(slug, id, deliveryId),
      queryFn: () => getDelivery(slug, id, deliveryId),
      refetchInterval: (query) => (query.state.data && isOpen(query.state.data) ? PENDING_REFRESH_MS : false),
    }),
  );
}

/** Redelivering adds an attempt to the delivery: its page and the log are read again. */
export function useRedeliver() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: redeliver,
    onSuccess: (_data, { slug, id }) => queryClient.invalidateQueries({ queryKey: webhookKeys.detail(slug, id) }),
  });
}
