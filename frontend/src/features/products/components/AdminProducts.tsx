import { useSearchParams } from 'react-router';
import { SortHeader } from '../../../components/SortHeader';
import { EmptyState } from '../../../components/states';
import { formatDate, formatPrice } from '../../../lib/format';
import { useSearchParam } from '../../../lib/use-search-param';
import { useProducts } from '../api/get-products';
import { useLiveProductLists } from '../api/live';
import { type OwnerNames, useOwnerNames } from '../api/owners';
import { isProductSort, isProductStatus, type ProductSort, STATUS_LABELS } from '../types';
import { formatProductCount } from './counts';
import { ExportButton } from './ExportButton';
import { ProductPages } from './ProductPages';
import { StatusOptions } from './StatusOptions';
import { SEARCH_MAX } from './use-catalogue-params';

const DEFAULT_SORT: ProductSort = '-createdAt';

/**
 * Products of every owner, in any status (admins only), searched and ordered by a column's header.
 * Across all owners the API lists one status at a time; for a single owner it can list every status at once.
 */
export function AdminProducts() {
  const [searchParams, setSearchParams] = useSearchParams();
  const search = useSearchParam();
  const owner = searchParams.get('owner') ?? undefined;
  const statusParam = searchParams.get('status');
  const status = isProductStatus(statusParam) ? statusParam : owner ? undefined : 'active';
  const sortParam = searchParams.get('sort');
  const sort = isProductSort(sortParam) ? sortParam : DEFAULT_SORT;
  const filters = { status, owner, q: search.q };
  const listed = { ...filters, sort: sort === DEFAULT_SORT ? undefined : sort };
  const products = useProducts(listed);
  useLiveProductLists();
  const total = products.data?.pages[0]?.total;
  // One lookup per page of products (and the owner the list is filtered by, usually the same one).
  const ownerNames = useOwnerNames([...(products.data?.pages ?? []).map((page) => page.data.map((p) => p.ownerId)), owner ? [owner] : []]);

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
        <div className="field filters__search">
          <label htmlFor="admin-q">Search</label>
          <input
            id="admin-q"
            type="search"
            placeholder="Name, SKU or description"
            maxLength={SEARCH_MAX}
            value={search.draft}
            onChange={(e) => search.setDraft(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="admin-status">Filter by status</label>
          <select id="admin-status" value={status ?? ''} onChange={(e) => setFilter('status', e.target.value)}>
            {owner && <option value="">All statuses</option>}
            <StatusOptions />
          </select>
        </div>
        {owner && (
          <p className="muted filters__note">
            Owner <OwnerName id={owner} names={ownerNames} />{' '}
            <button type="button" className="link-button" onClick={() => setFilter('owner', '')}>
              Show all owners
            </button>
          </p>
        )}
      </div>
      <div className="list-toolbar">
        <p className="results__count" role="status">
          {products.isPending ? 'Loading…' : total ? formatProductCount(total) : '\u00a0'}
        </p>
        {total && total.count > 0 ? <ExportButton params={listed} /> : null}
      </div>
      <ProductPages products={products} loadingLabel="Loading products…" empty={<EmptyState title="No products found." />}>
        {(items) => (
          <div className="table-wrap">
            <table className="table table--stack">
              <caption className="visually-hidden">All products</caption>
              <thead>
                <tr>
                  <SortHeader column="name" label="Name" sort={sort} onSort={(next) => setFilter('sort', next === DEFAULT_SORT ? '' : next)} />
                  <th scope="col">SKU</th>
                  <SortHeader column="price" label="Price" sort={sort} onSort={(next) => setFilter('sort', next === DEFAULT_SORT ? '' : next)} />
                  <th scope="col">Stock</th>
                  <th scope="col">Status</th>
                  <th scope="col">Owner</th>
                  <SortHeader column="createdAt" label="Created" first="descending" sort={sort} onSort={(next) => setFilter('sort', next === DEFAULT_SORT ? '' : next)} />
                  <th scope="col">Updated</th>
                </tr>
              </thead>
              <tbody>
                {items.map((product) => (
                  <tr key={product.id} data-product-id={product.id}>
                    <th scope="row">{product.name}</th>
                    <td data-label="SKU">{product.sku}</td>
                    <td data-label="Price">{formatPrice(product.price, product.currency)}</td>
                    <td data-label="Stock">{product.stock}</td>
                    <td data-label="Status">
                      <span className={`badge badge--${product.status}`}>{STATUS_LABELS[product.status]}</span>
                    </td>
                    <td data-label="Owner">
                      <button type="button" className="link-button" onClick={() => setFilter('owner', product.ownerId)} title="Show only this owner's products">
                        <OwnerName id={product.ownerId} names={ownerNames} />
                      </button>
                    </td>
                    <td data-label="Created">{formatDate(product.createdAt)}</td>
                    <td data-label="Updated">{formatDate(product.updatedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </ProductPages>
    </>
  );
}

/** The owner's name; the id's start while the names load (or if they could not); a deleted account says so. */
function OwnerName({ id, names }: { id: string; names: OwnerNames }) {
  const name = names.get(id);
  if (name === undefined) return <span className="mono">{id.slice(0, 8)}</span>;
  return name ?? <span className="muted">Unknown user</span>;
}
