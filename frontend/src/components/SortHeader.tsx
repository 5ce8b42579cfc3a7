import { nextSort, type SortColumn, type SortDirection, sortDirection } from './sort-columns';

interface SortHeaderProps<S extends string> {
  column: SortColumn<S>;
  label: string;
  sort: S;
  /** The direction the column starts in when first chosen: names A to Z (the default), dates newest first. */
  first?: SortDirection;
  onSort: (sort: S) => void;
}

const ARROWS = { ascending: '▲', descending: '▼' } as const;

/**
 * A column header that orders the list (the sortable-table pattern): a button inside the header,
 * aria-sort on the header of the column the list is ordered by, the other direction on the next click.
 */
export function SortHeader<S extends string>({ column, label, sort, first = 'ascending', onSort }: SortHeaderProps<S>) {
  const direction = sortDirection(sort, column);
  return (
    <th scope="col" aria-sort={direction}>
      <button type="button" className="sort-button" onClick={() => onSort(nextSort(sort, column, first))}>
        {label}
        <span className="sort-button__arrow" aria-hidden="true">
          {direction ? ARROWS[direction] : '↕'}
        </span>
      </button>
    </th>
  );
}
