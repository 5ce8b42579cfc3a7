import { useState } from 'react';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { toast } from '../../../components/toast';
import { toApiError } from '../../../lib/api-error';
import { useProduct, type VersionedProduct } from '../api/get-product';
import { useUpdateProduct } from '../api/update-product';
import type { Product, ProductAccess } from '../types';
import { isSkuConflict, type ProductFormValues, toProductBody } from '../validation';
import { ConflictNotice } from './ConflictNotice';
import { DeleteProductButton } from './DeleteProductButton';
import { ProductForm, type ProductFormSlots, toFormValues } from './ProductForm';
import { ProductImages } from './ProductImages';

interface EditProductProps extends ProductFormSlots {
  id: string;
  /** What the user may do to this product (from its workspace, which only the loaded product names). */
  accessTo: (product: Product) => ProductAccess;
  onSaved: () => void;
  onDeleted: () => void;
}

export function EditProduct({ id, accessTo, onSaved, onDeleted, ...slots }: EditProductProps) {
  const query = useProduct(id);
  const [generation, setGeneration] = useState(0);

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

  async function reload() {
    const result = await query.refetch();
    // A new generation remounts the form with the values just loaded.
    if (result.isSuccess) setGeneration((n) => n + 1);
  }

  return (
    <>
      <EditForm
        key={generation}
        latest={query.data}
        access={access}
        reloading={query.isFetching}
        onReload={() => void reload()}
        onSaved={onSaved}
        onDeleted={onDeleted}
        {...slots}
      />
      <ProductImages product={query.data.product} />
    </>
  );
}

interface EditFormProps extends ProductFormSlots {
  /** The product as the page knows it now (a picture added since the form opened makes a new version). */
  latest: VersionedProduct;
  access: ProductAccess;
  reloading: boolean;
  onReload: () => void;
  onSaved: () => void;
  onDeleted: () => void;
}

function sameValues(a: ProductFormValues, b: ProductFormValues): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The form keeps the version it was opened on. A newer one whose fields are the same (only its
 * pictures changed, here on this page) is adopted silently, so saving is not refused for it; one
 * whose fields differ was changed elsewhere, and saving on the old version meets the conflict.
 */
function EditForm({ latest, access, reloading, onReload, onSaved, onDeleted, ...slots }: EditFormProps) {
  const update = useUpdateProduct();
  const [conflict, setConflict] = useState(false);
  const [base] = useState(() => ({ etag: latest.etag, values: toFormValues(latest.product) }));
  const etag = sameValues(toFormValues(latest.product), base.values) ? latest.etag : base.etag;
  const { product } = latest;
  const id = product.id;

  return (
    <ProductForm
      initialValues={base.values}
      submitLabel="Save changes"
      pending={update.isPending}
      blocked={conflict}
      banner={conflict && <ConflictNotice onReload={onReload} reloading={reloading} />}
      secondaryActions={
        access.delete && <DeleteProductButton product={product} etag={etag} onDeleted={onDeleted} onConflict={() => setConflict(true)} />
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
              onSaved();
            },
            onError: (error) => {
              const apiError = toApiError(error);
              if (apiError.is(412)) setConflict(true);
              else if (isSkuConflict(apiError)) form.reportFieldError('sku', apiError.message);
              else form.reportApiError(error);
            },
          },
        );
      }}
    />
  );
}
