import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { currentEtag } from './current-etag';
import { productKeys } from './query-keys';

interface DeleteProductInput {
  id: string;
  /** The ETag of the version the user saw, or (from a list) that version, whose ETag is fetched first. */
  etag?: string;
  expectedVersion?: number;
}

async function deleteProduct({ id, etag, expectedVersion }: DeleteProductInput): Promise<void> {
  const ifMatch = etag ?? (await currentEtag(id, expectedVersion ?? -1));
  await apiClient.delete(`/products/${encodeURIComponent(id)}`, { headers: { 'If-Match': ifMatch } });
}

export function useDeleteProduct() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteProduct,
    onSuccess: (_data, { id }) => {
      // Not awaited: the caller's own onSuccess must run before the refetched list unmounts it.
      void queryClient.invalidateQueries({ queryKey: productKeys.detail(id), refetchType: 'none' });
      void queryClient.invalidateQueries({ queryKey: productKeys.lists() });
    },
  });
}
