import { useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/states';
import { useProducts } from '../api/get-products';
import { isProductStatus, type ProductAccess, STATUS_LABELS } from '../types';
import { MyProductRow } from './MyProductRow';
import { ProductPages } from './ProductPages';
import { StatusOptions } from './StatusOptions';

interface MyProductsProps {
  /** The slug of the workspace whose products these are. */
  workspace: string;
  /** The user's own workspace ("You have no products"), or one shared with others ("There are no products here"). */
  personal: boolean;
  /** The list's accessible name: the page's heading. */
  label: string;
  access: ProductAccess;
}

/** Every product of a workspace, in any status, with in-place stock and status changes for those who may make them. */
export function MyProducts({ workspace, personal, label, access }: MyProductsProps) {
  const [searchParams, setSearchParams] = useSearchParams();
  const statusParam = searchParams.get('status');
  const status = isProductStatus(statusParam) ? statusParam : undefined;
  const products = useProducts({ workspace, status });
  const none = status ? `no ${STATUS_LABELS[status].toLowerCase()} products` : 'no products yet';

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
          <EmptyState title={personal ? `You have ${none}.` : `There are ${none} here.`}>
            {access.create && <p>Create one with “New product”.</p>}
          </EmptyState>
        }
      >
        {(items) => (
          <ul className="stack" aria-label={label}>
            {items.map((product) => (
              <MyProductRow key={product.id} product={product} access={access} />
            ))}
          </ul>
        )}
      </ProductPages>
    </>
  );
}
