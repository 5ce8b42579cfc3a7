import type { ProductListQuery } from '../types';

/**
 * The list's query without `cursor`, which the infinite query adds page by page. `workspace` (a slug)
 * lists that workspace's products, in every status its members see; without it, the public catalogue
 * (or, for admins, any `owner`'s products).
 */
export type ProductListParams = Omit<ProductListQuery, 'cursor'> & {
  workspace?: string;
  /** A workspace's trash (members only) instead of its live products. */
  trashed?: boolean;
};

/** Where a workspace's products are listed and created; without one, the catalogue's `/products`. */
export const productsPath = (workspace?: string) => (workspace ? `/workspaces/${encodeURIComponent(workspace)}/products` : '/products');

/** One root so a mutation can invalidate every list (and detail) of products at once. */
export const productKeys = {
  all: ['products'] as const,
  lists: () => [...productKeys.all, 'list'] as const,
  list: (params: ProductListParams) => [...productKeys.lists(), params] as const,
  detail: (id: string) => [...productKeys.all, 'detail', id] as const,
};
