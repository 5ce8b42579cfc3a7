import type { ProductListQuery } from '../types';

/**
 * The list's query without `cursor`, which the infinite query adds page by page. `owner` is 'me' for
 * the signed-in user's own products; admins may pass any owner id.
 */
export type ProductListParams = Omit<ProductListQuery, 'cursor'>;

/** One root so a mutation can invalidate every list (and detail) of products at once. */
export const productKeys = {
  all: ['products'] as const,
  lists: () => [...productKeys.all, 'list'] as const,
  list: (params: ProductListParams) => [...productKeys.lists(), params] as const,
  detail: (id: string) => [...productKeys.all, 'detail', id] as const,
};
