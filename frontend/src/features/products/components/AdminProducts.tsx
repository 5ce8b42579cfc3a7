import { useSearchParams } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { formatDate, formatPrice } from '../../../lib/format';
import { useProducts } from '../api/get-products';
import { PRODUCT_STATUSES, type ProductStatus, STATUS_LABELS } from '../types';
import { LoadMore } from './LoadMore';

function isStatus(value: string | null): value is ProductStatus {
  return PRODUCT_STATUSES.includes(value as ProductStatus);
}

/**
 * Products of every owner, in any status (admins only). Across all owners the API lists one status
 * at a time; for a single owner it can list every status at once.
 */
export function AdminProducts() {
  const [searchParams, setSearchParams] = useSearchParams();
  const owner = searchParams.get('owner') ?? undefined;
  const statusParam = searchParams.get('status');
  const status = isStatus(statusParam) ? statusParam : owner ? undefined : 'active';
  const products = useProducts({ status, owner });
  const items = products.data?.pages.flatMap((page) => page.data) ?? [];

  function setFilter(key: string, value: string) {
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  }

  return (
    <>
      <div className="filters">
        <div className="field">
          <label htmlFor="admin-status">Filter by status</label>
          <select id="admin-status" value={status ?? ''} onChange={(e) => setFilter('status', e.target.value)}>
            {owner && <option value="">All statuses</option>}
            {PRODUCT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        {owner && (
          <p className="muted filters__note">
            Owner {owner}{' '}
            <button type="button" className="link-button" onClick={() => setFilter('owner', '')}>
              Show all owners
            </button>
          </p>
        )}
      </div>
      {products.isPending ? (
        <LoadingState label="Loading products…" />
      ) : products.isError && items.length === 0 ? (
        <ErrorState error={products.error} onRetry={() => void products.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title="No products found." />
      ) : (
        <>
          <div className="table-wrap">
            <table className="table table--stack">
              <caption className="visually-hidden">All products</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">SKU</th>
                  <th scope="col">Price</th>
                  <th scope="col">Stock</th>
                  <th scope="col">Status</th>
                  <th scope="col">Owner</th>
                  <th scope="col">Updated</th>
                </tr>
              </thead>
              <tbody>
                {items.map((product) => (
                  <tr key={product.id}>
                    <th scope="row">{product.name}</th>
                    <td data-label="SKU">{product.sku}</td>
                    <td data-label="Price">{formatPrice(product.price, product.currency)}</td>
                    <td data-label="Stock">{product.stock}</td>
                    <td data-label="Status">
                      <span className={`badge badge--${product.status}`}>{STATUS_LABELS[product.status]}</span>
                    </td>
                    <td data-label="Owner">
                      <button type="button" className="link-button mono" onClick={() => setFilter('owner', product.ownerId)} title="Show only this owner's products">
                        {product.ownerId.slice(0, 8)}
                      </button>
                    </td>
                    <td data-label="Updated">{formatDate(product.updatedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
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
