import { useEffect, useRef, useState } from 'react';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { EmptyState } from '../../../components/states';
import { toast } from '../../../components/toast';
import { describeError } from '../../../lib/api-error';
import { formatDate, formatPrice } from '../../../lib/format';
import { useProducts } from '../api/get-products';
import { useLiveProductLists } from '../api/live';
import { useDeleteForever, useRestoreProduct } from '../api/trash';
import type { Product, ProductAccess } from '../types';
import { focusNeighbourOf } from './focus-neighbour';
import { ProductPages } from './ProductPages';

interface TrashProps {
  /** The slug of the workspace whose trash this is. */
  workspace: string;
  /** Its id: the trash is read again after its product events (the live stream names workspaces by id). */
  workspaceId?: string;
  label: string;
  access: ProductAccess;
}

/** A workspace's deleted products, each restorable until its purge date, or deleted for good at once. */
export function Trash({ workspace, workspaceId, label, access }: TrashProps) {
  const products = useProducts({ workspace, trashed: true });
  useLiveProductLists(workspaceId);
  return (
    <ProductPages
      products={products}
      loadingLabel="Loading the trash…"
      empty={<EmptyState title="The trash is empty." />}
    >
      {(items) => (
        <ul className="stack" aria-label={label}>
          {items.map((product) => (
            <TrashRow key={product.id} product={product} access={access} />
          ))}
        </ul>
      )}
    </ProductPages>
  );
}

function TrashRow({ product, access }: { product: Product; access: ProductAccess }) {
  const restore = useRestoreProduct();
  const remove = useDeleteForever();
  const [confirming, setConfirming] = useState(false);
  const row = useRef<HTMLLIElement>(null);

  const focusNeighbour = () => focusNeighbourOf(row.current);
  // Set when a deletion succeeded: once the dialog has closed (and given the focus back to this
  // row's button, which is about to go), the focus moves on.
  const focusOnClose = useRef(false);
  useEffect(() => {
    if (confirming || !focusOnClose.current) return;
    focusOnClose.current = false;
    focusNeighbourOf(row.current);
  }, [confirming]);

  return (
    <li ref={row} className="card product-row" data-product-id={product.id}>
      <div className="product-row__main">
        <h2 className="card__title">{product.name}</h2>
        <p className="muted">
          SKU {product.sku} · {formatPrice(product.price, product.currency)}
        </p>
        <p className="muted">
          {product.trashedAt && `Deleted ${formatDate(product.trashedAt)}`}
          {product.purgeAt && ` · gone for good on ${formatDate(product.purgeAt)}`}
        </p>
      </div>
      <div className="product-row__actions">
        {access.update && (
          <button
            type="button"
            className="button button--secondary button--small"
            aria-label={`Restore ${product.name}`}
            aria-disabled={restore.isPending}
            onClick={() =>
              !restore.isPending &&
              restore.mutate(product.id, {
                onSuccess: (restored) => {
                  focusNeighbour();
                  toast.success(`“${restored.name}” was restored.`);
                },
                onError: (error) => toast.error(describeError(error)),
              })
            }
          >
            Restore
          </button>
        )}
        {access.delete && (
          <button type="button" className="button button--danger-outline button--small" aria-label={`Delete ${product.name} forever`} onClick={() => setConfirming(true)}>
            Delete forever
          </button>
        )}
      </div>
      <ConfirmDialog
        open={confirming}
        title={`Delete “${product.name}” forever?`}
        confirmLabel="Delete forever"
        pending={remove.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() =>
          remove.mutate(product.id, {
            onSuccess: () => {
              focusOnClose.current = true;
              toast.success(`“${product.name}” was deleted for good.`);
            },
            onError: (error) => toast.error(describeError(error)),
            onSettled: () => setConfirming(false),
          })
        }
      >
        <p>It and its pictures are deleted now. This cannot be undone.</p>
      </ConfirmDialog>
    </li>
  );
}
