import { useQueryClient } from '@tanstack/react-query';
import { toast } from '../../../components/toast';
import { describeError, toApiError } from '../../../lib/api-error';
import { useDeleteProduct } from '../api/delete-product';
import { restoreFromToast } from '../api/trash';
import type { Product } from '../types';

interface DeleteProductButtonProps {
  product: Product;
  /** The ETag of the version shown; without it (in a list) the shown version is checked first. */
  etag?: string;
  onDeleted?: () => void;
  /** The product changed since it was shown: 412 on the If-Match. */
  onConflict: () => void;
}

/**
 * Moves the product to its workspace's trash at once: nothing is lost (it can be restored there
 * for 30 days), so instead of asking first, the confirmation offers Undo.
 */
export function DeleteProductButton({ product, etag, onDeleted, onConflict }: DeleteProductButtonProps) {
  const queryClient = useQueryClient();
  const remove = useDeleteProduct();

  function undo() {
    restoreFromToast(queryClient, product.id).then(
      (restored) => toast.success(`“${restored.name}” was restored.`),
      (error: unknown) => toast.error(describeError(error)),
    );
  }

  function moveToTrash() {
    if (remove.isPending) return;
    remove.mutate(
      { id: product.id, etag, expectedVersion: product.version },
      {
        onSuccess: () => {
          toast.success(`“${product.name}” was moved to the trash.`, { action: { label: 'Undo', onAction: undo } });
          onDeleted?.();
        },
        onError: (error) => {
          const apiError = toApiError(error);
          if (apiError.is(412)) onConflict();
          else toast.error(describeError(apiError));
        },
      },
    );
  }

  return (
    <button
      type="button"
      className="button button--danger-outline"
      onClick={moveToTrash}
      aria-disabled={remove.isPending}
      aria-label={`Delete ${product.name}`}
    >
      {remove.isPending ? 'Deleting…' : 'Delete'}
    </button>
  );
}
