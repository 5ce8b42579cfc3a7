import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { CreateProductRequest, Product } from '../types';
import { productKeys, productsPath } from './query-keys';

interface CreateProductInput {
  /** The slug of the workspace it is created in. */
  workspace: string;
  body: CreateProductRequest;
  /** Kept across retries of one submission (lib/use-submission-key.ts) so a lost response cannot create the product twice. */
  idempotencyKey: string;
}

async function createProduct({ workspace, body, idempotencyKey }: CreateProductInput): Promise<Product> {
  const { data } = await apiClient.post<Product>(productsPath(workspace), body, { headers: { 'Idempotency-Key': idempotencyKey } });
  return data;
}

export function useCreateProduct() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createProduct,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: productKeys.lists() }),
  });
}
