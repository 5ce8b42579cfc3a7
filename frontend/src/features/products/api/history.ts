import { infiniteQueryOptions, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { toApiError } from '../../../lib/api-error';
import type { HistoryPage, Product, ProductVersion } from '../types';
import { etagOf, type VersionedProduct } from './get-product';
import { productKeys } from './query-keys';

const productPath = (id: string) => `/products/${encodeURIComponent(id)}`;

export const historyKeys = {
  list: (id: string) => [...productKeys.detail(id), 'history'] as const,
};

const HISTORY_PAGE_SIZE = 20;

async function getHistoryPage(id: string, cursor: string | null): Promise<HistoryPage> {
  const params: Record<string, string | number> = { limit: HISTORY_PAGE_SIZE };
  if (cursor) params.cursor = cursor;
  const { data } = await apiClient.get<HistoryPage>(`${productPath(id)}/history`, { params });
  return data;
}

const historyQueryOptions = (id: string) =>
  infiniteQueryOptions({
    queryKey: historyKeys.list(id),
    queryFn: ({ pageParam }) => getHistoryPage(id, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    // Every save adds an entry: the timeline is read afresh whenever the page shows it.
    staleTime: 0,
  });

/** Newest first, page by page. Someone outside the product's workspace gets 404 (the caller hides it). */
export function useProductHistory(id: string, enabled = true) {
  return useInfiniteQuery({ ...historyQueryOptions(id), enabled });
}

/** The product right after `version`; null when the history no longer has it (pruned, or never was). */
export async function getProductVersion(id: string, version: number): Promise<ProductVersion | null> {
  try {
    const { data } = await apiClient.get<ProductVersion>(`${productPath(id)}/versions/${version}`);
    return data;
  } catch (error) {
    if (toApiError(error).is(404, 'version_not_found')) return null;
    throw error;
  }
}

interface RevertInput {
  id: string;
  /** The ETag of the version shown: a revert on top of a change the page never saw is refused (412). */
  etag: string;
  version: number;
}

async function revertProduct({ id, etag, version }: RevertInput): Promise<VersionedProduct> {
  const response = await apiClient.post<Product>(`${productPath(id)}/revert`, { version }, { headers: { 'If-Match': etag } });
  return { product: response.data, etag: etagOf(response.headers) };
}

export function useRevertProduct() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revertProduct,
    onSuccess: (saved) => {
      queryClient.setQueryData(productKeys.detail(saved.product.id), saved);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: historyKeys.list(saved.product.id) }),
        queryClient.invalidateQueries({ queryKey: productKeys.lists() }),
      ]);
    },
  });
}
