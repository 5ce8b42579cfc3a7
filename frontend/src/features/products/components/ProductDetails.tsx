import type { ReactNode } from 'react';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { formatDate, formatPrice } from '../../../lib/format';
import { useProduct } from '../api/get-product';
import { type Product, STATUS_LABELS } from '../types';
import { ProductGallery } from './ProductGallery';
import { stockLabel } from './stock-label';

/** `actions`: what the page offers for this product (an "Edit" link for those who may change it). */
export function ProductDetails({ id, actions }: { id: string; actions?: (product: Product) => ReactNode }) {
  const query = useProduct(id);
  if (query.isPending) return <LoadingState label="Loading the product…" />;
  if (query.isError) {
    if (query.error.status === 404) return <EmptyState title="This product does not exist, or it is not available." />;
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  const { product } = query.data;
  return (
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
  );
}
