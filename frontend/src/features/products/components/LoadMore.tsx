interface LoadMoreProps {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  onLoadMore: () => void;
  shown: number;
  /** Set when fetching the next page failed; the pages already shown stay. */
  error?: string;
}

/** The API pages with an opaque cursor: "load more" asks for the page after the last one. */
export function LoadMore({ hasNextPage, isFetchingNextPage, onLoadMore, shown, error }: LoadMoreProps) {
  return (
    <div className="load-more">
      <p className="muted" role="status" tabIndex={-1}>
        {shown === 1 ? 'Showing 1 product' : `Showing ${shown} products`}
        {hasNextPage ? '' : ' — that is all.'}
      </p>
      {error && (
        <p className="field__error" role="alert">
          Could not load more: {error}
        </p>
      )}
      {/* Keeps its height when the button goes (the last page came): nothing below moves. */}
      <div className="load-more__action">
        {hasNextPage && (
          // aria-disabled, not disabled: a disabled button loses the focus (to the page's body) while it loads.
          <button
            type="button"
            className="button button--secondary"
            onClick={() => !isFetchingNextPage && onLoadMore()}
            aria-disabled={isFetchingNextPage || undefined}
          >
            {isFetchingNextPage ? 'Loading more…' : 'Load more'}
          </button>
        )}
      </div>
    </div>
  );
}
