import type { ProductSort, ProductStatus } from '../types';

export interface ProductListParams {
  q?: string;
  sort?: ProductSort;
  minPrice?: string;
  maxPrice?: string;
  status?: ProductStatus;
  /** 'me' for the signed-in user's own products; admins may pass any owner id. */
  owner?: string;
  limit?: number;
}

/** One root so a mutation can invalidate every list (and detail) of products at once. */
export const productKeys = {
  all: ['products'] as const,
  lists: () => [...productKeys.all, 'list'] as const,
  list: (params: ProductListParams) => [...productKeys.lists(), params] as const,
  detail: (id: string) => [...productKeys.all, 'detail', id] as const,
};
