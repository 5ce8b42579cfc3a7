import { nextSort, type SortColumn, sortDirection } from '../sort-columns';
import type { ProductSort } from '../types';

interface SortHeaderProps {
  column: SortColumn;
  label: string;
  sort: ProductSort;
  onSort: (sort: ProductSort) => void;
}

const ARROWS = { ascending: '▲', descending: '▼' } as const;

/**
 * A column header that orders the list (the sortable-table pattern): a button inside the header,
 * aria-sort on the header of the column the list is ordered by, the other direction on the next click.
 */
export function SortHeader({ column, label, sort, onSort }: SortHeaderProps) {
  const direction = sortDirection(sort, column);
  return (
    <th scope="col" aria-sort={direction}>
      <button type="button" className="sort-button" onClick={() => onSort(nextSort(sort, column))}>
        {label}
        <span className="sort-button__arrow" aria-hidden="true">
          {direction ? ARROWS[direction] : '↕'}
        </span>
      </button>
    </th>
  );
}
