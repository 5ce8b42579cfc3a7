import { useQueries } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { components } from '../../../lib/api/schema';

type UserPage = components['schemas']['UserPage'];

/** An owner's name, or null when no user has the id any more (a deleted account). */
export type OwnerNames = ReadonlyMap<string, string | null>;

// Not under productKeys: a product's change says nothing about its owner's name.
const ownerKeys = (ids: readonly string[]) => ['owners', ids] as const;

async function getOwnerNames(ids: readonly string[]): Promise<Map<string, string | null>> {
  // The admins' user list filtered by ids (at most 100; a page of products holds fewer owners).
  const { data } = await apiClient.get<UserPage>('/users', { params: { ids: ids.join(','), limit: ids.length } });
  const names = new Map<string, string | null>(ids.map((id) => [id, null]));
  for (const user of data.data) names.set(user.id, user.name);
  return names;
}

/**
 * The names of the owners of each group of products (one group per page of a list), admins only:
 * one request per group, so "load more" asks for the new page's owners alone. An id is absent from
 * the answer while its group loads (or if that failed), and null when no user has it.
 */
export function useOwnerNames(groups: ReadonlyArray<readonly string[]>): OwnerNames {
  const keys = groups.map((ids) => [...new Set(ids)].sort()).filter((ids) => ids.length > 0);
  return useQueries({
    queries: keys.map((ids) => ({ queryKey: ownerKeys(ids), queryFn: () => getOwnerNames(ids), staleTime: 5 * 60_000 })),
    combine: (results) => new Map(results.flatMap((result) => [...(result.data ?? [])])),
  });
}
