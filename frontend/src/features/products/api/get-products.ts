import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { ProductPage } from '../types';
import { type ProductListParams, productKeys, productsPath } from './query-keys';

/** The API's page when no `limit` is sent. */
export const PAGE_SIZE = 20;

async function getProducts({ workspace, ...params }: ProductListParams, cursor?: string): Promise<ProductPage> {
  const query = Object.fromEntries(
    Object.entries({ ...params, cursor }).filter(([, value]) => value !== undefined && value !== ''),
  );
  const { data } = await apiClient.get<ProductPage>(productsPath(workspace), { params: query });
  return data;
}

const productsQueryOptions = (params: ProductListParams) =>
  infiniteQueryOptions({
    queryKey: productKeys.list(params),
    queryFn: ({ pageParam }) => getProducts(params, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

/** Pages of products, "load more" following the API's cursor. The previous result stays while a new search loads. */
export function useProducts(params: ProductListParams) {
  return useInfiniteQuery({ ...productsQueryOptions(params), placeholderData: keepPreviousData });
}
