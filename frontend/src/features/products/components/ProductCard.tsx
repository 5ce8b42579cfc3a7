import { Link } from 'react-router';
import { formatPrice } from '../../../lib/format';
import { type Product, STATUS_LABELS } from '../types';

export function ProductCard({ product, showStatus = false }: { product: Product; showStatus?: boolean }) {
  return (
    <li className="card product-card">
      <h2 className="card__title">
        <Link to={`/products/${product.id}`}>{product.name}</Link>
      </h2>
      <p className="product-card__price">{formatPrice(product.price, product.currency)}</p>
      {product.description && <p className="product-card__description">{product.description}</p>}
      <p className="muted">
        {product.stock > 0 ? `${product.stock} in stock` : 'Out of stock'}
        {showStatus && (
          <>
            {' · '}
            <span className={`badge badge--${product.status}`}>{STATUS_LABELS[product.status]}</span>
          </>
        )}
      </p>
    </li>
  );
}
