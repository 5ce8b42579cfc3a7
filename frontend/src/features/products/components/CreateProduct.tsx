import { toast } from '../../../components/toast';
import { useCreateProduct } from '../api/create-product';
import type { Product } from '../types';
import { isSkuConflict, toProductBody } from '../validation';
import { EMPTY_PRODUCT, ProductForm, type ProductFormSlots } from './ProductForm';

/** The form for a new product of `workspace` (a slug). */
interface CreateProductProps extends Omit<ProductFormSlots, 'tagWorkspace'> {
  workspace: string;
  onCreated: (product: Product) => void;
}

export function CreateProduct({ workspace, onCreated, ...slots }: CreateProductProps) {
  const create = useCreateProduct();
  return (
    <ProductForm
      initialValues={EMPTY_PRODUCT}
      submitLabel="Create product"
      pending={create.isPending}
      tagWorkspace={workspace}
      {...slots}
      onSubmit={(values, form) =>
        create.mutate(
          { workspace, body: toProductBody(values) },
          {
            onSuccess: (product) => {
              toast.success(`“${product.name}” was created.`);
              onCreated(product);
            },
            onError: (error) => {
              if (isSkuConflict(error)) form.reportFieldError('sku', error.message);
              else form.reportApiError(error);
            },
          },
        )
      }
    />
  );
}
