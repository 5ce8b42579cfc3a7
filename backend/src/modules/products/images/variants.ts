/**
 * The widths every uploaded picture is re-encoded to (WebP), for `srcset`: a card shows the 160 or
 * 480 one, the product page the largest. A picture narrower than a width is never enlarged: it is
 * stored at its own width, which then is its largest variant.
 */
export const VARIANT_WIDTHS = [160, 480, 1200] as const;
export const LARGEST_WIDTH = VARIANT_WIDTHS[VARIANT_WIDTHS.length - 1]!;

/** The widths stored for a picture whose largest variant is `width` wide (≤ LARGEST_WIDTH). */
export function variantWidths(width: number): number[] {
  return [...VARIANT_WIDTHS.filter((w) => w < width), Math.min(width, LARGEST_WIDTH)];
}

/** Where one variant is served: content-addressed, so its answer may be cached for a year. */
export const variantPath = (digest: string, width: number) => `/api/v1/images/${digest}-${width}.webp`;

/** The storage key of one variant (lib/storage). */
export const variantKey = (digest: string, width: number) => `images/${digest}-${width}.webp`;
