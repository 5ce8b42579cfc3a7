/** The columns of a list order as the API spells it (`name`, `-name`, ...): the names without '-'. */
export type SortColumn<S extends string> = Exclude<S, `-${string}`>;

export type SortDirection = 'ascending' | 'descending';

/** How the list is ordered by `column` under `sort`, for the header's aria-sort; none when by another. */
export function sortDirection(sort: string, column: string): SortDirection | undefined {
  if (sort === column) return 'ascending';
  if (sort === `-${column}`) return 'descending';
  return undefined;
}

/**
 * The sort after a click on `column`'s header: the other direction if it is the current one, else
 * `first`, where the column starts (names A to Z, dates newest first). The API's sorts come in
 * pairs, `column` and `-column`, so either spelling is one of S.
 */
export function nextSort<S extends string>(sort: S, column: SortColumn<S>, first: SortDirection): S {
  const current = sortDirection(sort, column);
  const direction = current ? (current === 'ascending' ? 'descending' : 'ascending') : first;
  return (direction === 'ascending' ? column : `-${column}`) as S;
}
