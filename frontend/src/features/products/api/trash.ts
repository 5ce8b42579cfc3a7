import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { Product } from '../types';
import { productKeys } from './query-keys';

const productPath = (id: string) => `/products/${encodeURIComponent(id)}`;

/** Back from the trash (409 duplicate_sku when a live product took its SKU meanwhile). */
async function restoreProduct(id: string): Promise<Product> {
  const { data } = await apiClient.post<Product>(`${productPath(id)}/restore`);
  return data;
}

/** Only for a product in the trash: deleted at once, with its pictures. */
async function deleteForever(id: string): Promise<void> {
  await apiClient.delete(productPath(id), { params: { permanent: true } });
}

function refresh(queryClient: QueryClient, id: string): void {
  void queryClient.invalidateQueries({ queryKey: productKeys.detail(id) });
  void queryClient.invalidateQueries({ queryKey: productKeys.lists() });
}

/**
 * Undo of a move to the trash, from a toast that outlives the row it was started from (a hook of
 * that row would be gone): a plain call, then every list and the product refetched.
 */
export async function restoreFromToast(queryClient: QueryClient, id: string): Promise<Product> {
  const product = await restoreProduct(id);
  refresh(queryClient, id);
  return product;
}

function useTrashMutation<R>(mutationFn: (id: string) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (_data, id) => refresh(queryClient, id),
  });
}

export const useRestoreProduct = () => useTrashMutation(restoreProduct);
export const useDeleteForever = () => useTrashMutation(deleteForever);
