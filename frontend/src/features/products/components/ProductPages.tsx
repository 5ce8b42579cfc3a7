import type { ReactNode } from 'react';
import { ErrorState, LoadingState } from '../../../components/states';
import type { useProducts } from '../api/get-products';
import type { Product } from '../types';
import { LoadMore } from './LoadMore';

interface ProductPagesProps {
  products: ReturnType<typeof useProducts>;
  loadingLabel: string;
  /** Shown when there is nothing to list. */
  empty: ReactNode;
  /** Wraps the items and "load more" in an element with aria-busy (e.g. while a new search replaces them). */
  busy?: boolean;
  children: (items: Product[]) => ReactNode;
}

/**
 * The states every product list goes through: loading, failed before anything arrived, empty, then
 * the products loaded so far with "load more". A failed next page keeps the pages already shown.
 */
export function ProductPages({ products, loadingLabel, empty, busy, children }: ProductPagesProps) {
  const items = products.data?.pages.flatMap((page) => page.data) ?? [];
  if (products.isPending) return <LoadingState label={loadingLabel} />;
  if (products.isError && items.length === 0) return <ErrorState error={products.error} onRetry={() => void products.refetch()} />;
  if (items.length === 0) return empty;
  const content = (
    <>
      {children(items)}
      <LoadMore
        shown={items.length}
        hasNextPage={products.hasNextPage}
        isFetchingNextPage={products.isFetchingNextPage}
        onLoadMore={() => void products.fetchNextPage()}
        error={products.isFetchNextPageError ? products.error.message : undefined}
      />
    </>
  );
  return busy === undefined ? content : <div aria-busy={busy}>{content}</div>;
}
