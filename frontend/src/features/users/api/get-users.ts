import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { components } from '../../../lib/api/schema';

export type UsersPage = components['schemas']['UserPage'];

export const userKeys = {
  all: ['users'] as const,
  lists: () => [...userKeys.all, 'list'] as const,
};

async function getUsers(cursor?: string): Promise<UsersPage> {
  const { data } = await apiClient.get<UsersPage>('/users', { params: { limit: 50, ...(cursor ? { cursor } : {}) } });
  return data;
}

const usersQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: userKeys.lists(),
    queryFn: ({ pageParam }) => getUsers(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export function useUsers() {
  return useInfiniteQuery(usersQueryOptions());
}
