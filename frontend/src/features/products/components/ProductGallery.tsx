import { useState } from 'react';
import type { Product } from '../types';
import { ProductPicture } from './ProductPicture';

/**
 * The product page's pictures: the primary one large, the others as thumbnails that show
 * themselves large when chosen. The large box takes the shape of the picture shown (its width and
 * height are known before it loads), so nothing below it moves.
 */
export function ProductGallery({ product }: { product: Product }) {
  const [chosenId, setChosenId] = useState<string>();
  const images = product.images;
  const shown = images.find((image) => image.id === chosenId) ?? images[0];
  return (
    <div className="gallery">
      <div className="gallery__main" style={shown ? { aspectRatio: `${shown.width} / ${shown.height}` } : undefined}>
        <ProductPicture image={shown} sizes="(min-width: 48rem) 28rem, 100vw" alt={shown ? product.name : ''} loading="eager" />
      </div>
      {images.length > 1 && (
        <ul className="gallery__thumbs" aria-label="Pictures">
          {images.map((image, n) => (
            <li key={image.id}>
              <button
                type="button"
                className="gallery__thumb"
                aria-pressed={image.id === shown?.id}
                aria-label={`Picture ${n + 1} of ${images.length}`}
                onClick={() => setChosenId(image.id)}
              >
                <ProductPicture image={image} sizes="4rem" alt="" />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
