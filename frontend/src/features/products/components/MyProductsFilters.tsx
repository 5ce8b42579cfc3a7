import type { ProductFacets, ProductStatus, StockState } from '../types';
import { STATUS_LABELS } from '../types';
import { formatCount } from './counts';
import { StatusOptions } from './StatusOptions';

const STOCK_LABELS: Record<StockState, string> = { in: 'In stock', low: 'Low stock', out: 'Out of stock' };

interface MyProductsFiltersProps {
  status?: ProductStatus;
  stock?: StockState;
  tags: string[];
  tagMatch?: 'any';
  facets?: ProductFacets;
  setParam: (key: 'status' | 'stock' | 'tags' | 'tagMatch', value: string | undefined) => void;
}

/** A workspace list's status, stock and tag filters (all the tags chosen, or any of them), each option with its count. */
export function MyProductsFilters({ status, stock, tags, tagMatch, facets, setParam }: MyProductsFiltersProps) {
  function toggleTag(tag: string) {
    setParam('tags', (tags.includes(tag) ? tags.filter((t) => t !== tag) : [...tags, tag]).join(',') || undefined);
  }

  return (
    <>
      <div className="field">
        <label htmlFor="my-status">Filter by status</label>
        <select id="my-status" value={status ?? ''} onChange={(e) => setParam('status', e.target.value || undefined)}>
          <option value="">All statuses</option>
          {facets?.status ? (
            (['draft', 'active', 'archived'] as const).map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
                {facets.status?.[s] ? ` (${formatCount(facets.status[s])})` : ''}
              </option>
            ))
          ) : (
            <StatusOptions />
          )}
        </select>
      </div>
      <div className="field">
        <label htmlFor="my-stock">Stock</label>
        <select id="my-stock" value={stock ?? ''} onChange={(e) => setParam('stock', e.target.value || undefined)}>
          <option value="">Any stock</option>
          {(['in', 'low', 'out'] as const).map((state) => (
            <option key={state} value={state}>
              {STOCK_LABELS[state]}
              {facets?.stock[state] ? ` (${formatCount(facets.stock[state])})` : ''}
            </option>
          ))}
        </select>
      </div>
      {(tags.length > 0 || (facets?.tags?.length ?? 0) > 0) && (
        <fieldset className="field tag-filter">
          <legend>Tags</legend>
          <ul className="tags">
            {[...new Set([...tags, ...(facets?.tags ?? []).map((t) => t.name)])].map((tag) => {
              const count = facets?.tags?.find((t) => t.name === tag);
              return (
                <li key={tag}>
                  <button type="button" className="chip" aria-pressed={tags.includes(tag)} onClick={() => toggleTag(tag)}>
                    {tag} {count && <span className="chip__count">{formatCount(count)}</span>}
                  </button>
                </li>
              );
            })}
          </ul>
          {tags.length > 1 && (
            <label className="checkbox">
              <input type="checkbox" checked={tagMatch === 'any'} onChange={(e) => setParam('tagMatch', e.target.checked ? 'any' : undefined)} /> Any of
              them (not all)
            </label>
          )}
        </fieldset>
      )}
    </>
  );
}
