import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { Product, UpdateProductRequest } from '../types';
import { currentEtag } from './current-etag';
import { etagOf, type VersionedProduct } from './get-product';
import { productKeys } from './query-keys';

interface UpdateProductInput {
  id: string;
  /** The ETag the change is based on (a stale one makes the API answer 412)… */
  etag?: string;
  /** …or, from a list, the version that was shown: its ETag is fetched first. */
  expectedVersion?: number;
  changes: UpdateProductRequest;
}

async function updateProduct({ id, etag, expectedVersion, changes }: UpdateProductInput): Promise<VersionedProduct> {
  const ifMatch = etag ?? (await currentEtag(id, expectedVersion ?? -1));
  const response = await apiClient.patch<Product>(`/products/${encodeURIComponent(id)}`, changes, {
    headers: { 'If-Match': ifMatch },
  });
  return { product: response.data, etag: etagOf(response.headers) };
}

export function useUpdateProduct() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateProduct,
    onSuccess: (saved) => {
      queryClient.setQueryData(productKeys.detail(saved.product.id), saved);
      return queryClient.invalidateQueries({ queryKey: productKeys.lists() });
    },
  });
}
