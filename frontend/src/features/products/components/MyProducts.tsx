import { type ReactNode, useState } from 'react';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/states';
import { useSearchParam } from '../../../lib/use-search-param';
import type { BulkFilter, StartedJob } from '../api/bulk';
import { useFacets } from '../api/get-facets';
import { useProducts } from '../api/get-products';
import { useLiveProductLists } from '../api/live';
import { isProductSort, isProductStatus, type ProductAccess, type ProductSort, SORT_OPTIONS, type StockState } from '../types';
import { isSelected, NO_SELECTION, type Selection, selectedCount, selectionBody, toggle } from '../selection';
import { BulkBar, type CategoryPickerRender } from './BulkBar';
import { formatProductCount } from './counts';
import { ExportButton } from './ExportButton';
import { MyProductsFilters } from './MyProductsFilters';
import { MyProductRow } from './MyProductRow';
import { ProductPages } from './ProductPages';
import { SelectShown } from './SelectShown';
import { SEARCH_MAX } from './use-catalogue-params';

/** What the page shows for a bulk change once it started: the jobs feature's result, with Undo. */
export interface BulkJobRenderProps {
  /** The job as the request that started it answered. */
  job: StartedJob;
  /** "Set status to Archived on 3 products". */
  description: string;
  /** A product's name, for those the list has shown. */
  productName: (id: string) => string | undefined;
  onDismiss: () => void;
}

interface MyProductsProps {
  /** The slug of the workspace whose products these are. */
  workspace: string;
  /** Its id: the list is read again after its product events (the live stream names workspaces by id). */
  workspaceId?: string;
  /** The user's own workspace ("You have no products"), or one shared with others ("There are no products here"). */
  personal: boolean;
  /** The list's accessible name: the page's heading. */
  label: string;
  access: ProductAccess;
  renderCategoryPicker?: CategoryPickerRender;
  renderBulkJob?: (props: BulkJobRenderProps) => ReactNode;
}

const DEFAULT_SORT: ProductSort = '-createdAt';
const isStockState = (value: string | null): value is StockState => value === 'in' || value === 'low' || value === 'out';

/**
 * Every product of a workspace, in any status, with in-place stock and status changes for those who
 * may make them; searched, sorted, and filtered by status, stock and tags (all or any), each option
 * with its count; exported as CSV; selected (one by one, or all that match) for a bulk change.
 */
export function MyProducts({ workspace, workspaceId, personal, label, access, renderCategoryPicker, renderBulkJob }: MyProductsProps) {
  const [searchParams, setSearchParams] = useSearchParams();
  const search = useSearchParam();
  const statusParam = searchParams.get('status');
  const status = isProductStatus(statusParam) ? statusParam : undefined;
  const stockParam = searchParams.get('stock');
  const stock = isStockState(stockParam) ? stockParam : undefined;
  const sortParam = searchParams.get('sort');
  const sort = isProductSort(sortParam) ? sortParam : DEFAULT_SORT;
  const tags = (searchParams.get('tags') ?? '').split(',').filter(Boolean);
  const tagMatch = searchParams.get('tagMatch') === 'any' ? ('any' as const) : undefined;
  const filters = { workspace, q: search.q, status, stock, tags: tags.join(',') || undefined, tagMatch: tags.length > 1 ? tagMatch : undefined };
  const listed = { ...filters, sort: sort === DEFAULT_SORT ? undefined : sort };
  const products = useProducts(listed);
  useLiveProductLists(workspaceId);
  // Counted within the search and the tags chosen, so each status and stock option says what it would leave.
  const facets = useFacets({ workspace, q: filters.q, tags: filters.tags, tagMatch: filters.tagMatch });
  const total = products.data?.pages[0]?.total;
  const items = products.data?.pages.flatMap((page) => page.data) ?? [];
  const shown = items.map((product) => product.id);
  const filtered = Boolean(search.q || status || stock || tags.length);
  const none = filtered ? 'no products that match' : 'no products yet';
  const selectable = access.update || access.delete;

  // A selection belongs to the filter it was made under: another search or filter starts afresh.
  const filterKey = JSON.stringify(filters);
  const [chosen, setChosen] = useState({ key: filterKey, selection: NO_SELECTION });
  const selection = chosen.key === filterKey ? chosen.selection : NO_SELECTION;
  const select = (change: (current: Selection) => Selection) =>
    setChosen((current) => ({ key: filterKey, selection: change(current.key === filterKey ? current.selection : NO_SELECTION) }));
  const [bulkJob, setBulkJob] = useState<{ job: StartedJob; description: string } | null>(null);
  const names = new Map(items.map((product) => [product.id, product.name]));

  const bulkFilter: BulkFilter = { q: filters.q, status, stock, tags: filters.tags, tagMatch: filters.tagMatch };

  function setParam(key: string, value: string | undefined) {
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

  return (
    <>
      <div className="filters">
        <div className="field filters__search">
          <label htmlFor="my-q">Search</label>
          <input
            id="my-q"
            type="search"
            placeholder="Name, SKU or description"
            maxLength={SEARCH_MAX}
            value={search.draft}
            onChange={(e) => search.setDraft(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="my-sort">Sort by</label>
          <select id="my-sort" value={sort} onChange={(e) => setParam('sort', e.target.value === DEFAULT_SORT ? undefined : e.target.value)}>
            {SORT_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <MyProductsFilters status={status} stock={stock} tags={tags} tagMatch={tagMatch} facets={facets.data} setParam={setParam} />
      </div>
      <div className="list-toolbar">
        <p className="results__count" role="status">
          {products.isPending ? 'Loading…' : total ? formatProductCount(total) : '\u00a0'}
        </p>
        {total && total.count > 0 ? <ExportButton params={listed} /> : null}
      </div>
      {selectable && items.length > 0 && (
        <SelectShown selection={selection} shown={shown} total={total} onChange={select} />
      )}
      {selectable && selectedCount(selection, total?.count) !== 0 && (
        <BulkBar
          workspace={workspace}
          count={selectedCount(selection, total?.count)}
          capped={selection.allMatching && total?.exact === false}
          access={access}
          selection={() => selectionBody(selection, items, bulkFilter)}
          renderCategoryPicker={renderCategoryPicker}
          onClear={() => select(() => NO_SELECTION)}
          onStarted={(job, description) => {
            select(() => NO_SELECTION);
            setBulkJob({ job, description });
          }}
        />
      )}
      {bulkJob &&
        renderBulkJob?.({
          ...bulkJob,
          productName: (id) => names.get(id),
          onDismiss: () => {
            setBulkJob(null);
            // The result held the focus: it goes back to the top of the page, not to the body.
            document.querySelector<HTMLElement>('main h1')?.focus();
          },
        })}
      <ProductPages
        products={products}
        loadingLabel="Loading your products…"
        empty={
          <EmptyState title={personal ? `You have ${none}.` : `There are ${none} here.`}>
            {access.create && <p>Create one with “New product”.</p>}
          </EmptyState>
        }
      >
        {(list) => (
          <ul className="stack" aria-label={label}>
            {list.map((product) => (
              <MyProductRow
                key={product.id}
                product={product}
                access={access}
                selected={selectable ? isSelected(selection, product.id) : undefined}
                onToggle={() => select((current) => toggle(current, product.id, shown))}
              />
            ))}
          </ul>
        )}
      </ProductPages>
    </>
  );
}
