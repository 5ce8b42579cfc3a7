import { useState } from 'react';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { toast } from '../../../components/toast';
import { toApiError } from '../../../lib/api-error';
import { useProduct } from '../api/get-product';
import { useUpdateProduct } from '../api/update-product';
import type { Product, ProductAccess } from '../types';
import { isSkuConflict, toProductBody } from '../validation';
import { ConflictNotice } from './ConflictNotice';
import { DeleteProductButton } from './DeleteProductButton';
import { ProductForm, toFormValues } from './ProductForm';

interface EditProductProps {
  id: string;
  /** What the user may do to this product (from its workspace, which only the loaded product names). */
  accessTo: (product: Product) => ProductAccess;
  onSaved: () => void;
  onDeleted: () => void;
}

export function EditProduct({ id, accessTo, onSaved, onDeleted }: EditProductProps) {
  const query = useProduct(id);
  const update = useUpdateProduct();
  const [conflict, setConflict] = useState(false);
  const [generation, setGeneration] = useState(0);

  if (query.isPending) return <LoadingState label="Loading the product…" />;
  if (query.isError) {
    if (query.error.status === 404) return <EmptyState title="This product does not exist, or you cannot see it." />;
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }

  const { product, etag } = query.data;
  const access = accessTo(product);
  if (!access.update) {
    return (
      <EmptyState title="You can see this product but not change it.">
        <p>Your role in its workspace does not allow changes.</p>
      </EmptyState>
    );
  }
  const initialValues = toFormValues(product);

  async function reload() {
    const result = await query.refetch();
    if (result.isSuccess) {
      setConflict(false);
      // A new generation remounts the form with the values just loaded.
      setGeneration((n) => n + 1);
    }
  }

  return (
    <ProductForm
      key={`${etag}:${generation}`}
      initialValues={initialValues}
      submitLabel="Save changes"
      pending={update.isPending}
      blocked={conflict}
      banner={conflict && <ConflictNotice onReload={() => void reload()} reloading={query.isFetching} />}
      secondaryActions={
        access.delete && <DeleteProductButton product={product} etag={etag} onDeleted={onDeleted} onConflict={() => setConflict(true)} />
      }
      onSubmit={(values, form) => {
        const changes = toProductBody(values, initialValues);
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
