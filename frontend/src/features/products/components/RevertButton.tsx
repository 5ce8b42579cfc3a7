import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { toast } from '../../../components/toast';
import { describeError, toApiError } from '../../../lib/api-error';
import type { VersionedProduct } from '../api/get-product';
import { getProductVersion, historyKeys, useRevertProduct } from '../api/history';
import { productKeys } from '../api/query-keys';
import { type CategoryName, describeFormValue, FIELD_LABELS } from '../field-labels';
import { sameValue } from '../merge';
import { isSkuConflict, type ProductField } from '../validation';
import { toFormValues } from './ProductForm';

interface RevertButtonProps {
  latest: VersionedProduct;
  version: number;
  categoryName?: CategoryName;
}

/** "Revert to this version", after a dialog that lists what it will change (pictures and the trash stay as they are). */
export function RevertButton({ latest, version, categoryName }: RevertButtonProps) {
  const [open, setOpen] = useState(false);
  const queryClient = useQueryClient();
  const revert = useRevertProduct();
  const id = latest.product.id;
  const target = useQuery({
    queryKey: [...historyKeys.list(id), 'version', version],
    queryFn: () => getProductVersion(id, version),
    enabled: open,
  });
  const now = toFormValues(latest.product);
  const then = target.data ? toFormValues(target.data.product) : null;
  const changes = then ? (Object.keys(now) as ProductField[]).filter((field) => !sameValue(field, now[field], then[field])) : [];

  function confirm() {
    // Nothing to restore: the dialog says why.
    if (!then) return setOpen(false);
    revert.mutate(
      { id, etag: latest.etag, version },
      {
        onSuccess: ({ product }) => {
          setOpen(false);
          toast.success(`“${product.name}” was reverted to version ${version}.`);
        },
        onError: (error) => {
          setOpen(false);
          const apiError = toApiError(error);
          if (apiError.is(412)) {
            toast.error('The product was changed since this page showed it. Here it is as it is now; revert again if you still want to.');
            void queryClient.invalidateQueries({ queryKey: productKeys.detail(id) });
          } else if (isSkuConflict(apiError)) toast.error(`Version ${version}’s SKU is now used by another product: ${apiError.message}`);
          else toast.error(describeError(apiError));
        },
      },
    );
  }

  return (
    <>
      <button type="button" className="button button--secondary button--small" onClick={() => setOpen(true)} aria-label={`Revert to version ${version}`}>
        Revert to this version
      </button>
      <ConfirmDialog
        open={open}
        title={`Revert to version ${version}?`}
        confirmLabel="Revert"
        pending={revert.isPending}
        onConfirm={confirm}
        onCancel={() => setOpen(false)}
      >
        {target.isPending ? (
          <p role="status">Loading version {version}…</p>
        ) : target.isError ? (
          <p role="alert">Could not load version {version}: {target.error.message}</p>
        ) : !then ? (
          <p>Version {version} is no longer in the history, so it cannot be restored.</p>
        ) : changes.length === 0 ? (
          <p>Its values are the ones the product has now; reverting records a new version all the same.</p>
        ) : (
          <>
            <p>These fields go back to their values of version {version}:</p>
            <ul className="revert__changes" aria-label="What the revert changes">
              {changes.map((field) => (
                <li key={field}>
                  {FIELD_LABELS[field]}: {describeFormValue(field, now[field], categoryName)} → {describeFormValue(field, then[field], categoryName)}
                </li>
              ))}
            </ul>
          </>
        )}
        <p className="muted">Pictures and the trash are left as they are.</p>
      </ConfirmDialog>
    </>
  );
}
