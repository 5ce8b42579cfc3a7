import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { toast } from '../../../components/toast';
import { describeError, toApiError } from '../../../lib/api-error';
import { getProduct } from '../api/get-product';
import { getProductVersion } from '../api/history';
import { productKeys } from '../api/query-keys';
import { useUpdateProduct } from '../api/update-product';
import { mergeFields, sameValue, unresolved } from '../merge';
import type { Product, ProductStatus, UpdateProductRequest } from '../types';
import { checkStock } from '../validation';
import { type FormMerge, MergeNotice } from './MergeNotice';
import { StatusOptions } from './StatusOptions';

interface Quick {
  stock: string;
  status: ProductStatus;
}

/** The version the fields were based on; its ETag once known (after a save or a merge). */
interface Base {
  version: number;
  etag?: string;
  values: Quick;
}

const quickOf = (product: Pick<Product, 'stock' | 'status'>): Quick => ({ stock: String(product.stock), status: product.status });

/** Stock and status changed in place, without opening the full form; a conflict merges like the form's. */
export function QuickStockStatus({ product }: { product: Product }) {
  const id = useId();
  const queryClient = useQueryClient();
  const [base, setBase] = useState<Base>(() => ({ version: product.version, values: quickOf(product) }));
  const [mine, setMine] = useState(base.values);
  const [stockError, setStockError] = useState<string>();
  const [conflict, setConflict] = useState<FormMerge<Quick> | null>(null);
  const [merging, setMerging] = useState(false);
  const update = useUpdateProduct();
  const changes: UpdateProductRequest = {};
  if (!sameValue('stock', mine.stock, base.values.stock)) changes.stock = Number(mine.stock.trim());
  if (mine.status !== base.values.status) changes.status = mine.status;
  const dirty = Object.keys(changes).length > 0;
  // A newer version from the list (a reload, another tab's change) replaces untouched fields in
  // place; remounting them instead (a key) would drop the focus. Typed values stay: saving them
  // meets the conflict, which merges.
  if (product.version > base.version && !dirty && !conflict) {
    setBase({ version: product.version, values: quickOf(product) });
    setMine(quickOf(product));
    setStockError(undefined);
  }
  const open = conflict ? unresolved(conflict.merge, conflict.choices) : [];
  const busy = update.isPending || merging;

  async function mergeWithLatest(typed: Quick) {
    setMerging(true);
    try {
      const [theirs, loaded] = await Promise.all([getProduct(product.id), getProductVersion(product.id, base.version)]);
      queryClient.setQueryData(productKeys.detail(product.id), theirs);
      const merge = mergeFields<Quick>(loaded ? quickOf(loaded.product) : null, quickOf(theirs.product), typed);
      setMine(merge.values);
      setBase({ version: theirs.product.version, etag: theirs.etag, values: quickOf(theirs.product) });
      setConflict({ merge, choices: {} });
      // The row shows the rest of the product (name, price) as it is now too.
      void queryClient.invalidateQueries({ queryKey: productKeys.lists() });
    } catch (error) {
      toast.error(describeError(error));
    } finally {
      setMerging(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const error = checkStock(mine.stock);
    setStockError(error);
    if (error || !dirty || busy || open.length > 0) return;
    const typed = mine;
    update.mutate(
      { id: product.id, ...(base.etag ? { etag: base.etag } : { expectedVersion: base.version }), changes },
      {
        onSuccess: (saved) => {
          setBase({ version: saved.product.version, etag: saved.etag, values: quickOf(saved.product) });
          setMine(quickOf(saved.product));
          setConflict(null);
          toast.success(`“${saved.product.name}” was updated.`);
        },
        onError: (failure) => {
          const apiError = toApiError(failure);
          if (apiError.is(412)) void mergeWithLatest(typed);
          else if (apiError.fieldErrors.some((f) => f.field === 'stock')) setStockError(apiError.fieldErrors.find((f) => f.field === 'stock')?.message);
          else toast.error(describeError(apiError));
        },
      },
    );
  }

  function choose(field: keyof Quick, choice: 'mine' | 'theirs') {
    if (!conflict) return;
    const merged = conflict.merge.fields.find((f) => f.field === field);
    if (!merged) return;
    setConflict({ ...conflict, choices: { ...conflict.choices, [field]: choice } });
    setMine((current) => ({ ...current, [field]: merged[choice] }));
  }

  return (
    <form className="quick-edit" onSubmit={submit} noValidate aria-label={`Quick update of ${product.name}`}>
      <div className="quick-edit__field">
        <label htmlFor={`${id}-stock`}>Stock</label>
        <input
          id={`${id}-stock`}
          inputMode="numeric"
          value={mine.stock}
          onChange={(e) => {
            const stock = e.target.value;
            setMine((current) => ({ ...current, stock }));
            setStockError(undefined);
          }}
          aria-invalid={stockError ? true : undefined}
          aria-describedby={stockError ? `${id}-stock-error` : undefined}
        />
      </div>
      <div className="quick-edit__field">
        <label htmlFor={`${id}-status`}>Status</label>
        <select id={`${id}-status`} value={mine.status} onChange={(e) => setMine((current) => ({ ...current, status: e.target.value as ProductStatus }))}>
          <StatusOptions />
        </select>
      </div>
      {/* aria-disabled, not disabled: the button keeps the focus while it saves and once nothing is left to save. */}
      <button type="submit" className="button button--small" aria-disabled={!dirty || busy || open.length > 0}>
        {busy ? 'Saving…' : 'Update'}
      </button>
      {stockError && (
        <p id={`${id}-stock-error`} className="field__error quick-edit__error">
          {stockError}
        </p>
      )}
      {conflict && <MergeNotice state={conflict} onChoose={choose} saveLabel="Update" compact />}
    </form>
  );
}
