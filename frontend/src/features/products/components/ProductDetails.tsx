import type { ReactNode } from 'react';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { formatDate, formatPrice } from '../../../lib/format';
import { useProduct } from '../api/get-product';
import { useLiveProduct } from '../api/live';
import { type Product, STATUS_LABELS } from '../types';
import type { CategoryName } from '../field-labels';
import { ProductGallery } from './ProductGallery';
import { ProductHistory } from './ProductHistory';
import { stockLabel } from './stock-label';

interface ProductDetailsProps {
  id: string;
  /** What the page offers for this product (an "Edit" link for those who may change it). */
  actions?: (product: Product) => ReactNode;
  /** Whether the user sees the product's history (its workspace's members, platform admins), and may revert it; null: no history. */
  historyFor?: (product: Product) => { revert: boolean } | null;
  categoryName?: CategoryName;
}

export function ProductDetails({ id, actions, historyFor, categoryName }: ProductDetailsProps) {
  const query = useProduct(id);
  const gone = useLiveProduct(id);
  if (gone === 'deleted') return <EmptyState title="This product was deleted." />;
  if (query.isPending) return <LoadingState label="Loading the product…" />;
  if (query.isError) {
    if (query.error.status === 404) return <EmptyState title="This product does not exist, or it is not available." />;
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  const { product } = query.data;
  const history = historyFor?.(product) ?? null;
  return (
    <>
      {gone === 'trashed' && (
        <p className="notice notice--warning" role="alert">
          This product was moved to the trash.
        </p>
      )}
      <article className="panel product-details">
        <ProductGallery product={product} />
        <div className="product-details__text">
          <h2>{product.name}</h2>
          <p className="product-card__price">{formatPrice(product.price, product.currency)}</p>
          {product.status !== 'active' && <p className={`badge badge--${product.status}`}>{STATUS_LABELS[product.status]}</p>}
          {product.description ? <p className="pre-line">{product.description}</p> : <p className="muted">No description.</p>}
          <dl className="details">
            <dt>SKU</dt>
            <dd>{product.sku}</dd>
            <dt>Stock</dt>
            <dd>{stockLabel(product)}</dd>
            <dt>Listed</dt>
            <dd>{formatDate(product.createdAt)}</dd>
          </dl>
          {product.tags.length > 0 && (
            <ul className="tags" aria-label="Tags">
              {product.tags.map((tag) => (
                <li key={tag} className="tag">
                  {tag}
                </li>
              ))}
            </ul>
          )}
          {actions?.(product)}
        </div>
      </article>
      {history && <ProductHistory latest={query.data} canRevert={history.revert} categoryName={categoryName} />}
    </>
  );
}
