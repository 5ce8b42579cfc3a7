import { EmptyState } from '../../../components/states';
import { useProducts } from '../api/get-products';
import { SORT_OPTIONS, type ProductSort } from '../types';
import { ProductCard, ProductCardSkeletons } from './ProductCard';
import { ProductPages } from './ProductPages';
import { SEARCH_MAX, useCatalogueParams } from './use-catalogue-params';

/** The public catalogue: search as you type, sort, price range, "load more". */
export function Catalogue() {
  const { draft, setDraft, priceErrors, sort, setSort, query } = useCatalogueParams();
  const products = useProducts(query);
  const filtered = Boolean(query.q || query.minPrice || query.maxPrice);

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
        <PriceInput
          id="catalogue-min"
          label="Min price"
          value={draft.minPrice}
          error={priceErrors.minPrice}
          onChange={(minPrice) => setDraft((d) => ({ ...d, minPrice }))}
        />
        <PriceInput
          id="catalogue-max"
          label="Max price"
          value={draft.maxPrice}
          error={priceErrors.maxPrice}
          onChange={(maxPrice) => setDraft((d) => ({ ...d, maxPrice }))}
        />
      </form>

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
          {(items) => (
            <ul className="grid" aria-label="Search results">
              {items.map((product) => (
                <ProductCard key={product.id} product={product} />
              ))}
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
  onChange: (value: string) => void;
}

function PriceInput({ id, label, value, error, onChange }: PriceInputProps) {
  return (
    <div className={`field filters__price${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        inputMode="decimal"
        value={value}
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
