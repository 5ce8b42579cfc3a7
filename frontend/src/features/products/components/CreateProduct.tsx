import { useRef, useState } from 'react';
import { toast } from '../../../components/toast';
import { useUnsavedChanges } from '../../../lib/use-unsaved-changes';
import { useSubmissionKey } from '../../../lib/use-submission-key';
import { useCreateProduct } from '../api/create-product';
import type { Product } from '../types';
import { isSkuConflict, toProductBody } from '../validation';
import { EMPTY_PRODUCT, ProductForm, type ProductFormSlots } from './ProductForm';
import { UnsavedChangesDialog } from './UnsavedChangesDialog';

/** The form for a new product of `workspace` (a slug). */
interface CreateProductProps extends Omit<ProductFormSlots, 'tagWorkspace'> {
  workspace: string;
  onCreated: (product: Product) => void;
}

export function CreateProduct({ workspace, onCreated, ...slots }: CreateProductProps) {
  const create = useCreateProduct();
  const [values, setValues] = useState(EMPTY_PRODUCT);
  const keyFor = useSubmissionKey();
  // The button is disabled once React has rendered the pending state; a second click that comes
  // before that (a double click) must not send the form again.
  const sending = useRef(false);
  const { blocker, allowLeaving } = useUnsavedChanges(JSON.stringify(values) !== JSON.stringify(EMPTY_PRODUCT));
  return (
    <>
      <ProductForm
        values={values}
        onChange={setValues}
        submitLabel="Create product"
        pending={create.isPending}
        tagWorkspace={workspace}
        {...slots}
        onSubmit={(values, form) => {
          if (sending.current) return;
          sending.current = true;
          const body = toProductBody(values);
          create.mutate(
            { workspace, body, idempotencyKey: keyFor(body) },
            {
              onSettled: () => {
                sending.current = false;
              },
              onSuccess: (product) => {
                toast.success(`“${product.name}” was created.`);
                allowLeaving();
                onCreated(product);
              },
              onError: (error) => {
                if (isSkuConflict(error)) form.reportFieldError('sku', error.message);
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
