import { useSearchParams } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { useProducts } from '../api/get-products';
import { PRODUCT_STATUSES, type ProductStatus, STATUS_LABELS } from '../types';
import { LoadMore } from './LoadMore';
import { MyProductRow } from './MyProductRow';

function isStatus(value: string | null): value is ProductStatus {
  return PRODUCT_STATUSES.includes(value as ProductStatus);
}

/** Every product of the signed-in user, in any status, with in-place stock and status changes. */
export function MyProducts() {
  const [searchParams, setSearchParams] = useSearchParams();
  const statusParam = searchParams.get('status');
  const status = isStatus(statusParam) ? statusParam : undefined;
  const products = useProducts({ owner: 'me', status });
  const items = products.data?.pages.flatMap((page) => page.data) ?? [];

  return (
    <>
      <div className="filters">
        <div className="field">
          <label htmlFor="my-status">Filter by status</label>
          <select
            id="my-status"
            value={status ?? ''}
            onChange={(e) => setSearchParams(e.target.value ? { status: e.target.value } : {}, { replace: true })}
          >
            <option value="">All statuses</option>
            {PRODUCT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {products.isPending ? (
        <LoadingState label="Loading your products…" />
      ) : products.isError && items.length === 0 ? (
        <ErrorState error={products.error} onRetry={() => void products.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={status ? `You have no ${STATUS_LABELS[status].toLowerCase()} products.` : 'You have no products yet.'}>
          <p>Create one with “New product”.</p>
        </EmptyState>
      ) : (
        <>
          <ul className="stack" aria-label="My products">
            {items.map((product) => (
              <MyProductRow key={product.id} product={product} />
            ))}
          </ul>
          <LoadMore
            shown={items.length}
            hasNextPage={products.hasNextPage}
            isFetchingNextPage={products.isFetchingNextPage}
            onLoadMore={() => void products.fetchNextPage()}
            error={products.isFetchNextPageError ? products.error.message : undefined}
          />
        </>
      )}
    </>
  );
}
