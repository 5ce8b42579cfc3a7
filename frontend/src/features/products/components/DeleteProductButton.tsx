import { useState } from 'react';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { toast } from '../../../components/toast';
import { describeError, toApiError } from '../../../lib/api-error';
import { useDeleteProduct } from '../api/delete-product';
import type { Product } from '../types';

interface DeleteProductButtonProps {
  product: Product;
  /** The ETag of the version shown; without it (in a list) the shown version is checked first. */
  etag?: string;
  onDeleted?: () => void;
  /** The product changed since it was shown: 412 on the If-Match. */
  onConflict: () => void;
}

export function DeleteProductButton({ product, etag, onDeleted, onConflict }: DeleteProductButtonProps) {
  const [open, setOpen] = useState(false);
  const remove = useDeleteProduct();

  function confirm() {
    remove.mutate(
      { id: product.id, etag, expectedVersion: product.version },
      {
        onSuccess: () => {
          setOpen(false);
          toast.success(`“${product.name}” was deleted.`);
          onDeleted?.();
        },
        onError: (error) => {
          setOpen(false);
          const apiError = toApiError(error);
          if (apiError.is(412)) onConflict();
          else toast.error(describeError(apiError));
        },
      },
    );
  }

  return (
    <>
      <button
        type="button"
        className="button button--danger-outline"
        onClick={() => setOpen(true)}
        aria-label={`Delete ${product.name}`}
      >
        Delete
      </button>
      <ConfirmDialog
        open={open}
        title={`Delete “${product.name}”?`}
        confirmLabel="Delete product"
        pending={remove.isPending}
        onCancel={() => setOpen(false)}
        onConfirm={confirm}
      >
        <p>This cannot be undone.</p>
      </ConfirmDialog>
    </>
  );
}
