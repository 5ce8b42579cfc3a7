import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { ProductFacets } from '../types';
import { type ProductListParams, productKeys, productsPath } from './query-keys';

/** The filters facets are counted under: a list's, without its order. */
export type FacetParams = Omit<ProductListParams, 'sort' | 'limit' | 'trashed'>;

async function getFacets({ workspace, ...params }: FacetParams): Promise<ProductFacets> {
  const query = Object.fromEntries(Object.entries(params).filter(([, value]) => value !== undefined && value !== ''));
  const { data } = await apiClient.get<ProductFacets>(`${productsPath(workspace)}/facets`, { params: query });
  return data;
}

/** How many products each filter's option would leave; the previous counts stay while new ones load. */
export function useFacets(params: FacetParams) {
  return useQuery({ queryKey: [...productKeys.lists(), 'facets', params] as const, queryFn: () => getFacets(params), placeholderData: keepPreviousData });
}
