import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { Product, ProductImage } from '../types';
import { etagOf, type VersionedProduct } from './get-product';
import { productKeys } from './query-keys';

/** The file types the API accepts (it tells them by their bytes; this only narrows the file picker). */
export const ACCEPTED_IMAGE_TYPES = 'image/jpeg,image/png,image/webp,image/avif';
/** The API's limit per product. */
export const MAX_IMAGES = 12;

const imagesPath = (productId: string) => `/products/${encodeURIComponent(productId)}/images`;

interface UploadInput {
  productId: string;
  file: File;
  /** From 0 to 1 as the bytes go out. */
  onProgress: (fraction: number) => void;
}

/** One request per file (multipart, field `file`); the answer is the product with its new picture. */
async function uploadImage({ productId, file, onProgress }: UploadInput): Promise<VersionedProduct & { image: ProductImage }> {
  const body = new FormData();
  body.append('file', file);
  const response = await apiClient.post<{ image: ProductImage; product: Product }>(imagesPath(productId), body, {
    // A large picture on a slow line takes longer than the client's usual 20 s.
    timeout: 0,
    onUploadProgress: (event) => onProgress(event.total ? event.loaded / event.total : 0),
  });
  return { image: response.data.image, product: response.data.product, etag: etagOf(response.headers) };
}

async function reorderImages({ productId, order }: { productId: string; order: string[] }): Promise<VersionedProduct> {
  const response = await apiClient.put<Product>(imagesPath(productId), { order });
  return { product: response.data, etag: etagOf(response.headers) };
}

async function deleteImage({ productId, imageId }: { productId: string; imageId: string }): Promise<VersionedProduct> {
  const response = await apiClient.delete<Product>(`${imagesPath(productId)}/${encodeURIComponent(imageId)}`);
  return { product: response.data, etag: etagOf(response.headers) };
}

/** Each change answers with the product as it is now: the page shows that version, every list is refetched. */
function useImageMutation<I>(mutationFn: (input: I) => Promise<VersionedProduct>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (saved) => {
      queryClient.setQueryData(productKeys.detail(saved.product.id), { product: saved.product, etag: saved.etag });
      void queryClient.invalidateQueries({ queryKey: productKeys.lists() });
    },
  });
}

export const useUploadImage = () => useImageMutation(uploadImage);
export const useReorderImages = () => useImageMutation(reorderImages);
export const useDeleteImage = () => useImageMutation(deleteImage);
