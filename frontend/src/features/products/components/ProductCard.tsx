import { Link } from 'react-router';
import { formatPrice } from '../../../lib/format';
import type { Product } from '../types';
import { ProductPicture } from './ProductPicture';
import { stockLabel } from './stock-label';

/*
 * Every card has the same height whatever it holds (styles.css: a picture box of fixed aspect
 * ratio, a title of two lines, a description of three), so the skeletons shown while the page loads
 * take exactly the place of the cards that replace them, and nothing below moves.
 */

export function ProductCard({ product }: { product: Product }) {
  return (
    <li className="card product-card" data-product-id={product.id}>
      <div className="product-card__picture">
        {/* The name beside it says what it shows. */}
        <ProductPicture image={product.images[0]} sizes="(min-width: 72rem) 17rem, (min-width: 34rem) 45vw, 100vw" alt="" />
      </div>
      <h2 className="card__title product-card__title">
        <Link to={`/products/${product.id}`}>{product.name}</Link>
      </h2>
      <p className="product-card__price">{formatPrice(product.price, product.currency)}</p>
      <p className="product-card__description">{product.description}</p>
      <p className={`product-card__stock stock stock--${product.stockState}`}>{stockLabel(product)}</p>
    </li>
  );
}

/** How many skeleton cards fill the first screen at any width (the results area keeps its height too). */
const SKELETON_CARDS = 8;

/** Grey cards of the final size while the first page loads; hidden from assistive technology, which hears the status instead. */
export function ProductCardSkeletons() {
  return (
    <ul className="grid" aria-hidden="true">
      <SkeletonCards count={SKELETON_CARDS} />
    </ul>
  );
}

/** `count` grey cards, e.g. after the loaded ones for the page "load more" is fetching. */
export function SkeletonCards({ count }: { count: number }) {
  return (
    <>
      {Array.from({ length: count }, (_, n) => (
        <li key={`skeleton-${n}`} className="card product-card product-card--skeleton" aria-hidden="true">
          <div className="product-card__picture" />
          <p className="card__title product-card__title">
            <span className="skeleton-line" />
          </p>
          <p className="product-card__price">
            <span className="skeleton-line skeleton-line--short" />
          </p>
          <p className="product-card__description">
            <span className="skeleton-line" />
            <span className="skeleton-line" />
          </p>
          <p className="product-card__stock">
            <span className="skeleton-line skeleton-line--short" />
          </p>
        </li>
      ))}
    </>
  );
}
