import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { components, operations } from '../../../lib/api/schema';

export type UsersPage = components['schemas']['UserPage'];
export type UserSort = NonNullable<NonNullable<operations['listUsers']['parameters']['query']>['sort']>;

/** The list's search and order; absent ones are the API's defaults (everyone, newest first). */
export interface UserListParams {
  q?: string;
  sort?: UserSort;
}

export const userKeys = {
  all: ['users'] as const,
  lists: () => [...userKeys.all, 'list'] as const,
  list: (params: UserListParams) => [...userKeys.lists(), params] as const,
};

async function getUsers(params: UserListParams, cursor?: string): Promise<UsersPage> {
  const query = Object.fromEntries(Object.entries({ ...params, cursor }).filter(([, value]) => value !== undefined && value !== ''));
  const { data } = await apiClient.get<UsersPage>('/users', { params: { limit: 50, ...query } });
  return data;
}

const usersQueryOptions = (params: UserListParams) =>
  infiniteQueryOptions({
    queryKey: userKeys.list(params),
    queryFn: ({ pageParam }) => getUsers(params, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

/** Pages of users, "load more" following the API's cursor. The previous result stays while a new search loads. */
export function useUsers(params: UserListParams) {
  return useInfiniteQuery({ ...usersQueryOptions(params), placeholderData: keepPreviousData });
}
