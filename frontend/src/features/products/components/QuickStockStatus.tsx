import { type FormEvent, useId, useState } from 'react';
import { toast } from '../../../components/toast';
import { describeError, toApiError } from '../../../lib/api-error';
import { useUpdateProduct } from '../api/update-product';
import type { Product, ProductStatus, UpdateProductRequest } from '../types';
import { checkStock } from '../validation';
import { StatusOptions } from './StatusOptions';

interface QuickStockStatusProps {
  product: Product;
  onConflict: () => void;
}

/** Stock and status changed in place, without opening the full form. */
export function QuickStockStatus({ product, onConflict }: QuickStockStatusProps) {
  const id = useId();
  const [stock, setStock] = useState(String(product.stock));
  const [status, setStatus] = useState<ProductStatus>(product.status);
  const [stockError, setStockError] = useState<string>();
  // A newer version (after a save or a reload) resets the fields in place; remounting them instead
  // (a key) would drop the focus of the person who just pressed Update.
  const [shownVersion, setShownVersion] = useState(product.version);
  if (shownVersion !== product.version) {
    setShownVersion(product.version);
    setStock(String(product.stock));
    setStatus(product.status);
    setStockError(undefined);
  }
  const update = useUpdateProduct();
  const changes: UpdateProductRequest = {};
  if (stock.trim() !== String(product.stock)) changes.stock = Number(stock.trim());
  if (status !== product.status) changes.status = status;
  const dirty = Object.keys(changes).length > 0;

  function submit(event: FormEvent) {
    event.preventDefault();
    const error = checkStock(stock);
    setStockError(error);
    if (error || !dirty || update.isPending) return;
    update.mutate(
      { id: product.id, expectedVersion: product.version, changes },
      {
        onSuccess: ({ product: saved }) => toast.success(`“${saved.name}” was updated.`),
        onError: (failure) => {
          const apiError = toApiError(failure);
          if (apiError.is(412)) onConflict();
          else if (apiError.fieldErrors.some((f) => f.field === 'stock')) setStockError(apiError.fieldErrors.find((f) => f.field === 'stock')?.message);
          else toast.error(describeError(apiError));
        },
      },
    );
  }

  return (
    <form className="quick-edit" onSubmit={submit} noValidate aria-label={`Quick update of ${product.name}`}>
      <div className="quick-edit__field">
        <label htmlFor={`${id}-stock`}>Stock</label>
        <input
          id={`${id}-stock`}
          inputMode="numeric"
          value={stock}
          onChange={(e) => {
            setStock(e.target.value);
            setStockError(undefined);
          }}
          aria-invalid={stockError ? true : undefined}
          aria-describedby={stockError ? `${id}-stock-error` : undefined}
        />
      </div>
      <div className="quick-edit__field">
        <label htmlFor={`${id}-status`}>Status</label>
        <select id={`${id}-status`} value={status} onChange={(e) => setStatus(e.target.value as ProductStatus)}>
          <StatusOptions />
        </select>
      </div>
      {/* aria-disabled, not disabled: the button keeps the focus while it saves and once nothing is left to save. */}
      <button type="submit" className="button button--small" aria-disabled={!dirty || update.isPending}>
        {update.isPending ? 'Saving…' : 'Update'}
      </button>
      {stockError && (
        <p id={`${id}-stock-error`} className="field__error quick-edit__error">
          {stockError}
        </p>
      )}
    </form>
  );
}
