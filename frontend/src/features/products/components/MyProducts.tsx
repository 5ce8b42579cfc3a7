import { useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/states';
import { useFacets } from '../api/get-facets';
import { useProducts } from '../api/get-products';
import { isProductStatus, type ProductAccess, type StockState, STATUS_LABELS } from '../types';
import { formatCount, formatProductCount } from './counts';
import { MyProductRow } from './MyProductRow';
import { ProductPages } from './ProductPages';
import { StatusOptions } from './StatusOptions';

interface MyProductsProps {
  /** The slug of the workspace whose products these are. */
  workspace: string;
  /** The user's own workspace ("You have no products"), or one shared with others ("There are no products here"). */
  personal: boolean;
  /** The list's accessible name: the page's heading. */
  label: string;
  access: ProductAccess;
}

const STOCK_LABELS: Record<StockState, string> = { in: 'In stock', low: 'Low stock', out: 'Out of stock' };
const isStockState = (value: string | null): value is StockState => value === 'in' || value === 'low' || value === 'out';

/**
 * Every product of a workspace, in any status, with in-place stock and status changes for those who
 * may make them; filtered by status, stock and tags (all or any), each option with its count.
 */
export function MyProducts({ workspace, personal, label, access }: MyProductsProps) {
  const [searchParams, setSearchParams] = useSearchParams();
  const statusParam = searchParams.get('status');
  const status = isProductStatus(statusParam) ? statusParam : undefined;
  const stockParam = searchParams.get('stock');
  const stock = isStockState(stockParam) ? stockParam : undefined;
  const tags = (searchParams.get('tags') ?? '').split(',').filter(Boolean);
  const tagMatch = searchParams.get('tagMatch') === 'any' ? ('any' as const) : undefined;
  const filters = { workspace, status, stock, tags: tags.join(',') || undefined, tagMatch: tags.length > 1 ? tagMatch : undefined };
  const products = useProducts(filters);
  // Counted within the tags chosen, so each status and stock option says what it would leave.
  const facets = useFacets({ workspace, tags: filters.tags, tagMatch: filters.tagMatch });
  const total = products.data?.pages[0]?.total;
  const filtered = Boolean(status || stock || tags.length);
  const none = filtered ? 'no products that match' : 'no products yet';

  function setFilter(key: 'status' | 'stock' | 'tags' | 'tagMatch', value: string | undefined) {
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  }

  function toggleTag(tag: string) {
    setFilter('tags', (tags.includes(tag) ? tags.filter((t) => t !== tag) : [...tags, tag]).join(',') || undefined);
  }

  return (
    <>
      <div className="filters">
        <div className="field">
          <label htmlFor="my-status">Filter by status</label>
          <select id="my-status" value={status ?? ''} onChange={(e) => setFilter('status', e.target.value || undefined)}>
            <option value="">All statuses</option>
            {facets.data?.status ? (
              (['draft', 'active', 'archived'] as const).map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABELS[s]}
                  {facets.data.status?.[s] ? ` (${formatCount(facets.data.status[s])})` : ''}
                </option>
              ))
            ) : (
              <StatusOptions />
            )}
          </select>
        </div>
        <div className="field">
          <label htmlFor="my-stock">Stock</label>
          <select id="my-stock" value={stock ?? ''} onChange={(e) => setFilter('stock', e.target.value || undefined)}>
            <option value="">Any stock</option>
            {(['in', 'low', 'out'] as const).map((state) => (
              <option key={state} value={state}>
                {STOCK_LABELS[state]}
                {facets.data?.stock[state] ? ` (${formatCount(facets.data.stock[state])})` : ''}
              </option>
            ))}
          </select>
        </div>
        {(tags.length > 0 || (facets.data?.tags?.length ?? 0) > 0) && (
          <fieldset className="field tag-filter">
            <legend>Tags</legend>
            <ul className="tags">
              {[...new Set([...tags, ...(facets.data?.tags ?? []).map((t) => t.name)])].map((tag) => {
                const count = facets.data?.tags?.find((t) => t.name === tag);
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
                <input type="checkbox" checked={tagMatch === 'any'} onChange={(e) => setFilter('tagMatch', e.target.checked ? 'any' : undefined)} /> Any of
                them (not all)
              </label>
            )}
          </fieldset>
        )}
      </div>
      <p className="results__count" role="status">
        {products.isPending ? 'Loading…' : total ? formatProductCount(total) : '\u00a0'}
      </p>
      <ProductPages
        products={products}
        loadingLabel="Loading your products…"
        empty={
          <EmptyState title={personal ? `You have ${none}.` : `There are ${none} here.`}>
            {access.create && <p>Create one with “New product”.</p>}
          </EmptyState>
        }
      >
        {(items) => (
          <ul className="stack" aria-label={label}>
            {items.map((product) => (
              <MyProductRow key={product.id} product={product} access={access} />
            ))}
          </ul>
        )}
      </ProductPages>
    </>
  );
}
