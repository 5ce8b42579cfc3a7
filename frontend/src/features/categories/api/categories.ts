import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { Category, CreateCategoryRequest, UpdateCategoryRequest } from '../types';

const categoryKeys = { tree: ['categories'] as const };

async function getCategories(): Promise<Category[]> {
  const { data } = await apiClient.get<{ data: Category[] }>('/categories');
  return data.data;
}

/** The whole tree, depth-first with siblings by position, as the API lists it (public, small). */
const categoriesQuery = queryOptions({ queryKey: categoryKeys.tree, queryFn: getCategories, staleTime: 60_000 });

export function useCategories() {
  return useQuery(categoriesQuery);
}

function useTreeMutation<I, R>(mutationFn: (input: I) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: categoryKeys.tree }) });
}

export const useCreateCategory = () =>
  useTreeMutation(async (body: CreateCategoryRequest) => (await apiClient.post<Category>('/categories', body)).data);

export const useUpdateCategory = () =>
  useTreeMutation(
    async ({ id, changes }: { id: string; changes: UpdateCategoryRequest }) =>
      (await apiClient.patch<Category>(`/categories/${encodeURIComponent(id)}`, changes)).data,
  );

/** Only an empty one: 409 category_not_empty while it has children or products. */
export const useDeleteCategory = () =>
  useTreeMutation(async (id: string) => {
    await apiClient.delete(`/categories/${encodeURIComponent(id)}`);
  });
