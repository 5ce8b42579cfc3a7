import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { components } from '../../../lib/api/schema';
import { productKeys } from './query-keys';

type TagSuggestions = components['schemas']['TagSuggestions'];

async function getTagSuggestions(workspace: string, prefix: string): Promise<string[]> {
  const { data } = await apiClient.get<TagSuggestions>(`/workspaces/${encodeURIComponent(workspace)}/tags`, { params: { prefix, limit: 8 } });
  return data.data.map((tag) => tag.name);
}

/** Tags of the workspace starting with `prefix` (members only); nothing is asked for an empty prefix. */
export function useTagSuggestions(workspace: string | undefined, prefix: string) {
  return useQuery({
    queryKey: [...productKeys.all, 'tags', workspace, prefix] as const,
    queryFn: () => getTagSuggestions(workspace!, prefix),
    enabled: Boolean(workspace) && prefix.length > 0,
    staleTime: 30_000,
    placeholderData: keepPreviousData,
  });
}
