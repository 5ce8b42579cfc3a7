/**
 * A category slug: lower-case ASCII letters, digits and single hyphens inside, 1 to 64 characters.
 * Never shaped like a UUID, so that `category=` in a product filter, which takes a slug or an id,
 * can tell them apart.
 */
export const CATEGORY_SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;
export const CATEGORY_SLUG_MAX = 64;
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Letters NFKD does not take apart into a base letter and marks.
const FOLDED: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ð: 'd', đ: 'd', þ: 'th', ł: 'l', ı: 'i' };

/**
 * The slug of a name: "Tea & Teaware" → "tea-teaware", "Crème brûlée" → "creme-brulee",
 * "Straße" → "strasse". Empty when nothing of the name survives ("茶"): the caller then needs a slug.
 */
export function slugFromName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøðđþłı]/g, (c) => FOLDED[c]!)
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, CATEGORY_SLUG_MAX)
    .replace(/^-+|-+$/g, '');
}
