import type { ReactNode } from 'react';
import { EmptyState } from '../../../components/states';
import { useSession } from '../../../lib/auth';
import { useFacets } from '../api/get-facets';
import { useProducts } from '../api/get-products';
import { useLiveProductLists } from '../api/live';
import { type ProductFacets, type ProductSort, SORT_OPTIONS, type StockState } from '../types';
import { formatCount, formatProductCount } from './counts';
import { ExportButton } from './ExportButton';
import { ProductCard, ProductCardSkeletons, SkeletonCards } from './ProductCard';
import { ProductPages } from './ProductPages';
import { SEARCH_MAX, useCatalogueParams } from './use-catalogue-params';

export interface CategoryBrowserProps {
  /** The chosen category's slug; none: every category. */
  selected?: string;
  onSelect: (slug: string | undefined) => void;
  /** The chosen category's children (or the roots), each with how many products it holds here. */
  counts: ProductFacets['categories'];
}

const STOCK_LABELS: Record<StockState, string> = { in: 'In stock', low: 'Low stock', out: 'Out of stock' };

/**
 * The public catalogue: search as you type, sort, currency and price range, stock, category, a
 * count of the results and "load more". Each option of a filter says how many products it would
 * leave, counted within the search and category (GET /products/facets).
 */
export function Catalogue({ renderCategoryBrowser }: { renderCategoryBrowser?: (props: CategoryBrowserProps) => ReactNode }) {
  const { draft, setDraft, priceErrors, sort, setSort, setFilter, query } = useCatalogueParams();
  const products = useProducts(query);
  // Any product the user may see: the catalogue spans every workspace.
  useLiveProductLists();
  const facets = useFacets({ q: query.q, category: query.category });
  const filtered = Boolean(query.q || query.minPrice || query.maxPrice || query.stock || query.currency || query.category);
  const total = products.data?.pages[0]?.total;
  // The export is for signed-in people (the API records who exported what).
  const signedIn = useSession().status === 'authenticated';

  return (
    <>
      <form className="filters" role="search" aria-label="Products" onSubmit={(e) => e.preventDefault()}>
        <div className="field filters__search">
          <label htmlFor="catalogue-q">Search</label>
          <input
            id="catalogue-q"
            type="search"
            placeholder="Name or description"
            maxLength={SEARCH_MAX}
            value={draft.q}
            onChange={(e) => setDraft((d) => ({ ...d, q: e.target.value }))}
          />
        </div>
        <div className="field">
          <label htmlFor="catalogue-sort">Sort by</label>
          <select id="catalogue-sort" value={sort} onChange={(e) => setSort(e.target.value as ProductSort)}>
            {SORT_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="catalogue-currency">Currency</label>
          <select id="catalogue-currency" value={query.currency ?? ''} onChange={(e) => setFilter('currency', e.target.value || undefined)}>
            <option value="">Any currency</option>
            {(facets.data?.currencies ?? []).map((c) => (
              <option key={c.code} value={c.code}>
                {c.code} ({formatCount(c)})
              </option>
            ))}
            {query.currency && !facets.data?.currencies.some((c) => c.code === query.currency) && <option value={query.currency}>{query.currency}</option>}
          </select>
        </div>
        <PriceInput
          id="catalogue-min"
          label="Min price"
          value={draft.minPrice}
          error={priceErrors.minPrice}
          disabled={!query.currency}
          onChange={(minPrice) => setDraft((d) => ({ ...d, minPrice }))}
        />
        <PriceInput
          id="catalogue-max"
          label="Max price"
          value={draft.maxPrice}
          error={priceErrors.maxPrice}
          disabled={!query.currency}
          onChange={(maxPrice) => setDraft((d) => ({ ...d, maxPrice }))}
        />
        <div className="field">
          <label htmlFor="catalogue-stock">Stock</label>
          <select id="catalogue-stock" value={query.stock ?? ''} onChange={(e) => setFilter('stock', e.target.value || undefined)}>
            <option value="">Any stock</option>
            {(['in', 'low', 'out'] as const).map((state) => {
              const count = facets.data?.stock[state];
              return (
                <option key={state} value={state}>
                  {STOCK_LABELS[state]}
                  {count ? ` (${formatCount(count)})` : ''}
                </option>
              );
            })}
          </select>
        </div>
        {!query.currency && <p className="field__hint filters__note">Choose a currency to filter by price: prices in two currencies are never compared.</p>}
      </form>

      {/* One row of fixed height whether or not the categories have arrived. */}
      <div className="category-row">
        {renderCategoryBrowser?.({ selected: query.category, onSelect: (slug) => setFilter('category', slug), counts: facets.data?.categories ?? [] })}
      </div>
      <div className="list-toolbar">
        <p className="results__count" role="status">
          {products.isPending ? 'Loading products…' : total ? formatProductCount(total) : '\u00a0'}
        </p>
        {signedIn && total && total.count > 0 ? <ExportButton params={query} /> : null}
      </div>

      {/* Keeps its height while results come and go, so the footer never jumps into view. */}
      <div className="results">
        <ProductPages
          products={products}
          loadingLabel="Loading products…"
          placeholder={<ProductCardSkeletons />}
          empty={
            <EmptyState title={filtered ? 'No products match your search.' : 'There are no products yet.'}>
              {filtered && <p>Try other words or a wider price range.</p>}
            </EmptyState>
          }
          busy={products.isPlaceholderData}
        >
          {(items, arriving) => (
            <ul className="grid" aria-label="Search results">
              {items.map((product) => (
                <ProductCard key={product.id} product={product} />
              ))}
              {/* Put in place on the click (as input, it does not count as a shift); the cards take their places. */}
              <SkeletonCards count={arriving} />
            </ul>
          )}
        </ProductPages>
      </div>
    </>
  );
}

interface PriceInputProps {
  id: string;
  label: string;
  value: string;
  error?: string;
  disabled: boolean;
  onChange: (value: string) => void;
}

function PriceInput({ id, label, value, error, disabled, onChange }: PriceInputProps) {
  return (
    <div className={`field filters__price${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        inputMode="decimal"
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
