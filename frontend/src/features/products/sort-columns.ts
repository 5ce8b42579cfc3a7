import type { ProductSort } from './types';

/** The columns the API can order a list by (its `sort`; backend products/sort.ts). */
export type SortColumn = 'name' | 'price' | 'createdAt';

/** Where a column starts when first chosen: names A to Z, prices low to high, dates newest first. */
const FIRST_DIRECTION: Record<SortColumn, 'ascending' | 'descending'> = { name: 'ascending', price: 'ascending', createdAt: 'descending' };

/** How the list is ordered by `column` under `sort`, for the header's aria-sort; none when by another. */
export function sortDirection(sort: ProductSort, column: SortColumn): 'ascending' | 'descending' | undefined {
  if (sort === column) return 'ascending';
  if (sort === `-${column}`) return 'descending';
  return undefined;
}

/** The sort after a click on `column`'s header: the other direction if it is the current one, else its first. */
export function nextSort(sort: ProductSort, column: SortColumn): ProductSort {
  const direction = sortDirection(sort, column) ?? (FIRST_DIRECTION[column] === 'ascending' ? 'descending' : 'ascending');
  return direction === 'ascending' ? `-${column}` : column;
}
