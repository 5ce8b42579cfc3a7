import type { ProductImage } from '../types';

interface ProductPictureProps {
  image: ProductImage | undefined;
  /** How wide the picture is shown, for the browser to pick a variant of `srcset`. */
  sizes: string;
  /** Empty where the picture only illustrates a name shown beside it (a card). */
  alt: string;
  /** Pictures below the fold load when they come near; the product page's main one at once. */
  loading?: 'lazy' | 'eager';
}

/**
 * A product's picture in a box whose shape is fixed before any byte arrives (the card's by CSS, the
 * product page's by the picture's own width and height), so loading it never moves the page. Without
 * a picture the box stays, neutral, with a drawn frame instead.
 */
export function ProductPicture({ image, sizes, alt, loading = 'lazy' }: ProductPictureProps) {
  if (!image) {
    return (
      <svg className="product-picture product-picture--none" viewBox="0 0 48 36" aria-hidden="true" focusable="false">
        <rect x="14" y="9" width="20" height="16" rx="2" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <circle cx="20" cy="15" r="2" fill="currentColor" />
        <path d="M15 24l6-6 4 4 3-3 5 5" fill="none" stroke="currentColor" strokeWidth="1.5" />
      </svg>
    );
  }
  return (
    <img
      className="product-picture"
      src={image.url}
      srcSet={image.srcset}
      sizes={sizes}
      width={image.width}
      height={image.height}
      loading={loading}
      decoding="async"
      alt={alt}
    />
  );
}
