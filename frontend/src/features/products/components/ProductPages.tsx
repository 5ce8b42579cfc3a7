import { type ReactNode, type RefObject, useEffect, useRef } from 'react';
import { ErrorState, LoadingState } from '../../../components/states';
import type { useProducts } from '../api/get-products';
import type { Product } from '../types';
import { PAGE_SIZE } from '../api/get-products';
import { LoadMore } from './LoadMore';

interface ProductPagesProps {
  products: ReturnType<typeof useProducts>;
  loadingLabel: string;
  /** Shown instead of a spinner while the first page loads (e.g. skeletons of the final size); the caller then says it is loading. */
  placeholder?: ReactNode;
  /** Shown when there is nothing to list. */
  empty: ReactNode;
  /** Wraps the items and "load more" in an element with aria-busy (e.g. while a new search replaces them). */
  busy?: boolean;
  /**
   * Each item's element carries data-product-id, so "load more" can move the focus to the first new
   * one. `arriving`: how many products the page being fetched will bring (from the list's total),
   * for placeholders of their size.
   */
  children: (items: Product[], arriving: number) => ReactNode;
}

/**
 * The states every product list goes through: loading, failed before anything arrived, empty, then
 * the products loaded so far with "load more". A failed next page keeps the pages already shown.
 */
export function ProductPages({ products, loadingLabel, placeholder, empty, busy, children }: ProductPagesProps) {
  const items = products.data?.pages.flatMap((page) => page.data) ?? [];
  const total = products.data?.pages[0]?.total;
  const arriving = products.isFetchingNextPage && total ? Math.max(0, Math.min(PAGE_SIZE, total.count - items.length)) : 0;
  const container = useRef<HTMLDivElement>(null);
  const focusFirstNewFrom = useFocusFirstNew(container, items.length, products.isFetchingNextPage);

  if (products.isPending) {
    return placeholder ?? <LoadingState label={loadingLabel} />;
  }
  if (products.isError && items.length === 0) return <ErrorState error={products.error} onRetry={() => void products.refetch()} />;
  if (items.length === 0) return empty;
  return (
    <div ref={container} aria-busy={busy}>
      {children(items, arriving)}
      <LoadMore
        shown={items.length}
        hasNextPage={products.hasNextPage}
        isFetchingNextPage={products.isFetchingNextPage}
        onLoadMore={() => {
          focusFirstNewFrom(items.length);
          void products.fetchNextPage();
        }}
        error={products.isFetchNextPageError ? products.error.message : undefined}
      />
    </div>
  );
}

/**
 * After "load more", the focus moves to the first item that arrived (its link, or the item itself),
 * so a keyboard user goes on reading where the list grew instead of starting again from the page's
 * top. When nothing arrived (the request failed) the focus stays on the button; when the button is
 * gone with nothing new, it goes to the list's status line.
 */
function useFocusFirstNew(container: RefObject<HTMLDivElement | null>, count: number, fetching: boolean) {
  const firstNew = useRef<number | null>(null);
  useEffect(() => {
    const index = firstNew.current;
    if (index === null || fetching) return;
    firstNew.current = null;
    const root = container.current;
    if (!root) return;
    // The items render in order, each marked with its product's id.
    const item = root.querySelectorAll<HTMLElement>('[data-product-id]')[index];
    if (item && index < count) return focusItem(item);
    if (!root.querySelector('.load-more button')) root.querySelector<HTMLElement>('.load-more [role="status"]')?.focus();
  }, [container, count, fetching]);
  return (index: number) => {
    firstNew.current = index;
  };
}

function focusItem(item: HTMLElement) {
  const link = item.querySelector<HTMLElement>('a[href]');
  if (link) return link.focus();
  item.tabIndex = -1;
  item.focus();
}
