import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { SEARCH_DEBOUNCE_MS } from '../../../lib/use-search-param';
import type { ProductListParams } from '../api/query-keys';
import { type ProductSort, SORT_OPTIONS, type StockState } from '../types';
import { checkPrice } from '../validation';

/** The API refuses longer searches. */
export const SEARCH_MAX = 100;
const DEFAULT_SORT: ProductSort = '-createdAt';

interface TypedFields {
  q: string;
  minPrice: string;
  maxPrice: string;
}

function serialise(fields: TypedFields): string {
  return JSON.stringify([fields.q, fields.minPrice, fields.maxPrice]);
}

function isSort(value: string | null): value is ProductSort {
  return SORT_OPTIONS.some((option) => option.value === value);
}

const STOCK_STATES: readonly StockState[] = ['in', 'low', 'out'];
const isStockState = (value: string | null): value is StockState => STOCK_STATES.includes(value as StockState);

/** The filters chosen from lists (not typed): written to the URL at once, like the sort. */
export type ChosenFilter = 'currency' | 'stock' | 'category';

/**
 * The URL is the source of truth for the catalogue query, so a search can be shared or reloaded.
 * Typed fields are kept locally and written to the URL once typing pauses (replacing the history
 * entry, so Back does not step through every keystroke); the query follows the URL.
 */
export function useCatalogueParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const q = searchParams.get('q') ?? '';
  const minPrice = searchParams.get('minPrice') ?? '';
  const maxPrice = searchParams.get('maxPrice') ?? '';
  // A new object only when a typed field's value changes, so the sort changing is not news to the effects.
  const url = useMemo(() => ({ q, minPrice, maxPrice }), [q, minPrice, maxPrice]);
  const sortParam = searchParams.get('sort');
  const sort = isSort(sortParam) ? sortParam : DEFAULT_SORT;
  const currency = /^[A-Z]{3}$/.test(searchParams.get('currency') ?? '') ? searchParams.get('currency')! : undefined;
  const stockParam = searchParams.get('stock');
  const stock = isStockState(stockParam) ? stockParam : undefined;
  const category = searchParams.get('category') || undefined;

  const [draft, setDraft] = useState(url);
  // What this hook last wrote to the URL: its echo must not overwrite what the user typed since.
  const written = useRef(serialise(url));
  const debounced = useDebouncedValue(draft, SEARCH_DEBOUNCE_MS);
  const priceErrors = {
    minPrice: debounced.minPrice ? checkPrice(debounced.minPrice) : undefined,
    maxPrice:
      (debounced.maxPrice ? checkPrice(debounced.maxPrice) : undefined) ??
      (debounced.minPrice && debounced.maxPrice && Number(debounced.maxPrice) < Number(debounced.minPrice)
        ? 'Maximum must not be below the minimum.'
        : undefined),
  };

  // Draft → URL, once typing has paused and the prices make sense. An effect event: it runs when the
  // debounced draft settles, not when the URL changes (that is the other effect), or Back would be
  // undone by the draft it left behind.
  const writeDraftToUrl = useEffectEvent((settled: TypedFields) => {
    if (priceErrors.minPrice || priceErrors.maxPrice) return;
    const next = { q: settled.q.trim(), minPrice: settled.minPrice.trim(), maxPrice: settled.maxPrice.trim() };
    if (serialise(next) === serialise(url)) return;
    written.current = serialise(next);
    setSearchParams(
      (current) => {
        const params = new URLSearchParams(current);
        for (const [key, value] of Object.entries(next)) {
          if (value) params.set(key, value);
          else params.delete(key);
        }
        return params;
      },
      { replace: true },
    );
  });
  useEffect(() => writeDraftToUrl(debounced), [debounced]);

  // URL → draft, when the URL changed from outside (Back, a shared link, a nav click).
  useEffect(() => {
    if (serialise(url) === written.current) return;
    written.current = serialise(url);
    setDraft(url);
  }, [url]);

  function setSort(value: ProductSort) {
    setSearchParams((current) => {
      const params = new URLSearchParams(current);
      if (value === DEFAULT_SORT) params.delete('sort');
      else params.set('sort', value);
      return params;
    });
  }

  function setFilter(key: ChosenFilter, value: string | undefined) {
    setSearchParams((current) => {
      const params = new URLSearchParams(current);
      if (value) params.set(key, value);
      else params.delete(key);
      return params;
    });
  }

  // A price range means nothing without its currency (the API never compares two currencies).
  const query: ProductListParams = {
    q: url.q || undefined,
    currency,
    minPrice: currency ? url.minPrice || undefined : undefined,
    maxPrice: currency ? url.maxPrice || undefined : undefined,
    stock,
    category,
    sort,
  };

  return { draft, setDraft, priceErrors, sort, setSort, setFilter, query };
}
