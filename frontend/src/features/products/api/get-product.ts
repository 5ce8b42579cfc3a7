import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { ApiError } from '../../../lib/api-error';
import type { Product } from '../types';
import { productKeys } from './query-keys';

/** A product with the ETag to send back as If-Match when changing it. */
export interface VersionedProduct {
  product: Product;
  etag: string;
}

export function etagOf(headers: Record<string, unknown>): string {
  const etag = headers.etag;
  if (typeof etag !== 'string' || !etag) {
    // Without it no write could be made safely; never fall back to "any version" (If-Match: *).
    throw new ApiError({ status: 0, code: 'missing_etag', detail: 'The server did not say which version of the product this is.' });
  }
  return etag;
}

export async function getProduct(id: string): Promise<VersionedProduct> {
  const response = await apiClient.get<Product>(`/products/${encodeURIComponent(id)}`);
  return { product: response.data, etag: etagOf(response.headers) };
}

const productQueryOptions = (id: string) =>
  queryOptions({ queryKey: productKeys.detail(id), queryFn: () => getProduct(id) });

export function useProduct(id: string) {
  return useQuery(productQueryOptions(id));
}
