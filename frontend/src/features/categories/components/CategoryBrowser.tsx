import { useCategories } from '../api/categories';
import type { CategoryCount } from '../types';

interface CategoryBrowserProps {
  selected?: string;
  onSelect: (slug: string | undefined) => void;
  /** The children of the chosen category (or the roots) that hold products here, with their counts. */
  counts: CategoryCount[];
}

/**
 * The catalogue's way through the tree in one row: "All" and the chosen category's ancestors to
 * go back up, then its children with how many products each holds (descendants included).
 */
export function CategoryBrowser({ selected, onSelect, counts }: CategoryBrowserProps) {
  const categories = useCategories();
  const current = categories.data?.find((c) => c.slug === selected || c.id === selected);
  const ancestors = current ? current.path.slice(0, -1).map((slug) => categories.data!.find((c) => c.slug === slug)).filter((c) => c !== undefined) : [];
  // While the counts of a newly chosen category load, the previous ones (its siblings, itself) are
  // still shown: never offer the chosen category or an ancestor as a way down.
  const below = counts.filter((child) => child.slug !== selected && child.id !== selected && !current?.path.includes(child.slug));
  if (!selected && below.length === 0) return null;
  return (
    <nav className="category-browser" aria-label="Categories">
      <ol>
        <li>
          <button type="button" className="chip" aria-current={!selected} onClick={() => onSelect(undefined)}>
            All categories
          </button>
        </li>
        {ancestors.map((ancestor) => (
          <li key={ancestor.id}>
            <button type="button" className="chip" onClick={() => onSelect(ancestor.slug)}>
              {ancestor.name}
            </button>
          </li>
        ))}
        {selected && (
          <li>
            <button type="button" className="chip" aria-current="true" onClick={() => onSelect(selected)}>
              {current?.name ?? selected}
            </button>
          </li>
        )}
      </ol>
      {below.length > 0 && (
        <ul aria-label={current ? `Inside ${current.name}` : 'Top categories'}>
          {below.map((child) => (
            <li key={child.id}>
              <button type="button" className="chip" onClick={() => onSelect(child.slug)}>
                {child.name} <span className="chip__count">{`${child.count.toLocaleString()}${child.exact ? '' : '+'}`}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}
