import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { formatPrice } from '../../../lib/format';
import { productKeys } from '../api/query-keys';
import { type Product, type ProductAccess, STATUS_LABELS } from '../types';
import { DeleteProductButton } from './DeleteProductButton';
import { focusNeighbourOf } from './focus-neighbour';
import { QuickStockStatus } from './QuickStockStatus';

interface MyProductRowProps {
  product: Product;
  access: ProductAccess;
  /** Whether it is picked for a bulk change; undefined: the list offers no selection. */
  selected?: boolean;
  onToggle?: () => void;
}

/** One product of the list; a viewer (no `update`, no `delete`) gets its page instead of the controls. */
export function MyProductRow({ product, access, selected, onToggle }: MyProductRowProps) {
  const queryClient = useQueryClient();
  // The version this row knew when the API refused a delete as stale; a reload brings a newer one.
  // (A refused stock or status change merges in QuickStockStatus instead.)
  const [staleVersion, setStaleVersion] = useState<number | null>(null);
  const conflict = staleVersion === product.version;
  const row = useRef<HTMLLIElement>(null);
  const hadConflict = useRef(false);
  // The notice replaces the controls the person was using: the focus follows to its button, and
  // back to the stock field once the reloaded product brings the controls back.
  useEffect(() => {
    if (conflict === hadConflict.current) return;
    hadConflict.current = conflict;
    row.current?.querySelector<HTMLElement>(conflict ? '.notice button' : '.quick-edit input')?.focus();
  }, [conflict]);

  return (
    <li ref={row} className="card product-row" data-product-id={product.id}>
      <div className="product-row__main">
        <div className="product-row__heading">
          {selected !== undefined && (
            <input type="checkbox" className="product-row__select" checked={selected} onChange={onToggle} aria-label={`Select ${product.name}`} />
          )}
          <h2 className="card__title">
            <Link to={access.update ? `/my/products/${product.id}/edit` : `/products/${product.id}`}>{product.name}</Link>
          </h2>
        </div>
        <p className="muted">
          SKU {product.sku} · {formatPrice(product.price, product.currency)}{' '}
          <span className={`badge badge--${product.status}`}>{STATUS_LABELS[product.status]}</span>
        </p>
      </div>
      {!access.update ? null : conflict ? (
        <div className="notice notice--warning" role="alert">
          <p>This product was changed elsewhere, so your change was not saved.</p>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => void queryClient.invalidateQueries({ queryKey: productKeys.lists() })}
          >
            Reload product
          </button>
        </div>
      ) : (
        <QuickStockStatus product={product} />
      )}
      {(access.update || access.delete) && (
        <div className="product-row__actions">
          {access.update && (
            <Link className="button button--secondary button--small" to={`/my/products/${product.id}/edit`} aria-label={`Edit ${product.name}`}>
              Edit
            </Link>
          )}
          {access.delete && (
            <DeleteProductButton product={product} onDeleted={() => focusNeighbourOf(row.current)} onConflict={() => setStaleVersion(product.version)} />
          )}
        </div>
      )}
    </li>
  );
}
