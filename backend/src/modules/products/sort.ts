/** The list orders a client may ask for; '-' means descending. */
export const SORTS = ['-createdAt', 'createdAt', 'price', '-price', 'name', '-name'] as const;
export type Sort = (typeof SORTS)[number];
export const DEFAULT_SORT: Sort = '-createdAt';

export type SortKey = 'createdAt' | 'price' | 'name';

export interface SortSpec {
  key: SortKey;
  descending: boolean;
}

/** Every order ends with id in the same direction, so rows with equal keys still have one fixed order. */
export function sortSpec(sort: Sort): SortSpec {
  return sort.startsWith('-') ? { key: sort.slice(1) as SortKey, descending: true } : { key: sort as SortKey, descending: false };
}
