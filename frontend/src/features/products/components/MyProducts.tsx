import { useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/states';
import { useProducts } from '../api/get-products';
import { isProductStatus, STATUS_LABELS } from '../types';
import { MyProductRow } from './MyProductRow';
import { ProductPages } from './ProductPages';
import { StatusOptions } from './StatusOptions';

/** Every product of the signed-in user, in any status, with in-place stock and status changes. */
export function MyProducts() {
  const [searchParams, setSearchParams] = useSearchParams();
  const statusParam = searchParams.get('status');
  const status = isProductStatus(statusParam) ? statusParam : undefined;
  const products = useProducts({ owner: 'me', status });

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
            <StatusOptions />
          </select>
        </div>
      </div>
      <ProductPages
        products={products}
        loadingLabel="Loading your products…"
        empty={
          <EmptyState title={status ? `You have no ${STATUS_LABELS[status].toLowerCase()} products.` : 'You have no products yet.'}>
            <p>Create one with “New product”.</p>
          </EmptyState>
        }
      >
        {(items) => (
          <ul className="stack" aria-label="My products">
            {items.map((product) => (
              <MyProductRow key={product.id} product={product} />
            ))}
          </ul>
        )}
      </ProductPages>
    </>
  );
}
