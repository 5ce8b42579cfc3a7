import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { toast } from '../../../components/toast';
import { describeError, toApiError } from '../../../lib/api-error';
import { useLiveEvents } from '../../../lib/live-events/provider';
import { useUnsavedChanges } from '../../../lib/use-unsaved-changes';
import { getProduct, useProduct, type VersionedProduct } from '../api/get-product';
import { getProductVersion } from '../api/history';
import { useLiveProduct } from '../api/live';
import { productKeys } from '../api/query-keys';
import { useUpdateProduct } from '../api/update-product';
import type { CategoryName } from '../field-labels';
import { mergeFields, unresolved } from '../merge';
import type { Product, ProductAccess } from '../types';
import { isSkuConflict, type ProductFormValues, toProductBody } from '../validation';
import { DeleteProductButton } from './DeleteProductButton';
import { type FormMerge, MergeNotice } from './MergeNotice';
import { ProductForm, type ProductFormSlots, toFormValues } from './ProductForm';
import { ProductImages } from './ProductImages';
import { UnsavedChangesDialog } from './UnsavedChangesDialog';

interface EditProductProps extends ProductFormSlots {
  id: string;
  /** What the user may do to this product (from its workspace, which only the loaded product names). */
  accessTo: (product: Product) => ProductAccess;
  categoryName?: CategoryName;
  onSaved: () => void;
  onDeleted: () => void;
}

export function EditProduct({ id, accessTo, onSaved, onDeleted, ...slots }: EditProductProps) {
  const query = useProduct(id);
  // Its pictures and fields follow the live events; the form itself keeps its base (EditForm).
  const gone = useLiveProduct(id);

  if (gone === 'deleted') return <EmptyState title="This product was deleted." />;
  if (query.isPending) return <LoadingState label="Loading the product…" />;
  if (query.isError) {
    if (query.error.status === 404) return <EmptyState title="This product does not exist, or you cannot see it." />;
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  const access = accessTo(query.data.product);
  if (!access.update) {
    return (
      <EmptyState title="You can see this product but not change it.">
        <p>Your role in its workspace does not allow changes.</p>
      </EmptyState>
    );
  }

  return (
    <>
      {gone === 'trashed' && (
        <p className="notice notice--warning" role="alert">
          This product was moved to the trash: restore it from the trash to change it.
        </p>
      )}
      <EditForm latest={query.data} access={access} onSaved={onSaved} onDeleted={onDeleted} {...slots} />
      <ProductImages product={query.data.product} />
    </>
  );
}

interface EditFormProps extends ProductFormSlots {
  /** The product as the page knows it now (a picture added since the form opened makes a new version). */
  latest: VersionedProduct;
  access: ProductAccess;
  categoryName?: CategoryName;
  onSaved: () => void;
  onDeleted: () => void;
}

function sameValues(a: ProductFormValues, b: ProductFormValues): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

interface Base {
  etag: string;
  version: number;
  values: ProductFormValues;
}

const baseOf = ({ product, etag }: VersionedProduct): Base => ({ etag, version: product.version, values: toFormValues(product) });

/**
 * The form keeps the version it was opened on (its base). A newer one whose fields are the same
 * (only its pictures changed, here on this page) is adopted silently, so saving is not refused for
 * it; one whose fields differ was changed elsewhere, and saving on the base meets a 412. Then the
 * form merges: the product now (theirs) against the base as the history has it, with what the
 * user typed (mine), and the next save is guarded by the version merged with.
 */
function EditForm({ latest, access, categoryName, onSaved, onDeleted, ...slots }: EditFormProps) {
  const queryClient = useQueryClient();
  const update = useUpdateProduct();
  const [base, setBase] = useState(() => baseOf(latest));
  const [values, setValues] = useState(base.values);
  const [conflict, setConflict] = useState<FormMerge | null>(null);
  const [merging, setMerging] = useState(false);
  const { blocker, allowLeaving } = useUnsavedChanges(!sameValues(values, base.values));
  const etag = sameValues(toFormValues(latest.product), base.values) ? latest.etag : base.etag;
  const { product } = latest;
  const id = product.id;
  const open = conflict ? unresolved(conflict.merge, conflict.choices) : [];
  // The version a live event said another change made, while the form is on an older one.
  const [changedTo, setChangedTo] = useState<number | null>(null);
  const changedElsewhere = changedTo !== null && changedTo > base.version;

  useLiveEvents((event) => {
    if (event.type !== 'product.updated' || event.subjectId !== id || event.version === null) return;
    // This form's own save (its answer makes the new base) is no one else's change.
    if (event.version <= base.version || update.isPending) return;
    const now = toFormValues(event.payload as Product);
    // Only its pictures changed (as on this page), or it is now what the form holds: nothing to merge.
    if (sameValues(now, base.values) || sameValues(now, values)) return;
    setChangedTo(event.version);
  });

  async function mergeWithLatest(mine: ProductFormValues) {
    setMerging(true);
    try {
      const [theirs, loaded] = await Promise.all([getProduct(id), getProductVersion(id, base.version)]);
      queryClient.setQueryData(productKeys.detail(id), theirs);
      const merge = mergeFields(loaded ? toFormValues(loaded.product) : null, toFormValues(theirs.product), mine);
      // What the other side changed goes into the form; whatever was typed meanwhile stays.
      const taken = merge.fields.filter((f) => f.outcome === 'theirs' || f.outcome === 'same');
      setValues((current) => ({ ...current, ...Object.fromEntries(taken.map((f) => [f.field, f.theirs])) }));
      setBase(baseOf(theirs));
      setConflict({ merge, choices: {} });
    } catch (error) {
      toast.error(describeError(error));
    } finally {
      setMerging(false);
    }
  }

  function choose(field: keyof ProductFormValues, choice: 'mine' | 'theirs') {
    if (!conflict) return;
    const merged = conflict.merge.fields.find((f) => f.field === field);
    if (!merged) return;
    setConflict({ ...conflict, choices: { ...conflict.choices, [field]: choice } });
    setValues((current) => ({ ...current, [field]: merged[choice] }));
  }

  return (
    <>
      <ProductForm
        values={values}
        onChange={setValues}
        submitLabel="Save changes"
        pending={update.isPending || merging}
        blocked={open.length > 0}
        banner={
          <>
            {changedElsewhere && (
              <div className="notice notice--warning" role="alert">
                <p>
                  <strong>This product was changed by someone else</strong> since you opened it. Your changes are not lost:
                  merge theirs in before you save.
                </p>
                <button type="button" className="button" disabled={merging} onClick={() => void mergeWithLatest(values)}>
                  Merge their changes
                </button>
              </div>
            )}
            {conflict && <MergeNotice state={conflict} onChoose={choose} categoryName={categoryName} saveLabel="Save changes" />}
          </>
        }
        secondaryActions={
          access.delete && (
            <DeleteProductButton
              product={product}
              etag={etag}
              onDeleted={() => {
                allowLeaving();
                onDeleted();
              }}
              onConflict={() => void mergeWithLatest(values)}
            />
          )
        }
        {...slots}
        onSubmit={(values, form) => {
          const changes = toProductBody(values, base.values);
          // Nothing to send: saving an unchanged form is simply done.
          if (Object.keys(changes).length === 0) return onSaved();
          update.mutate(
            { id, etag, changes },
            {
              onSuccess: ({ product: saved }) => {
                toast.success(`“${saved.name}” was saved.`);
                allowLeaving();
                onSaved();
              },
              onError: (error) => {
                const apiError = toApiError(error);
                if (apiError.is(412)) void mergeWithLatest(values);
                else if (isSkuConflict(apiError)) form.reportFieldError('sku', apiError.message);
                else form.reportApiError(error);
              },
            },
          );
        }}
      />
      <UnsavedChangesDialog blocker={blocker} />
    </>
  );
}
