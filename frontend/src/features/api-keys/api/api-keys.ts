import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { components } from '../../../lib/api/schema';

export type ApiKey = components['schemas']['ApiKey'];
export type CreatedApiKey = components['schemas']['CreatedApiKey'];
type CreateApiKeyInput = components['schemas']['CreateApiKeyRequest'];
export type ApiKeyScope = ApiKey['scopes'][number];

const apiKeyKeys = { list: ['api-keys', 'list'] as const };

async function getApiKeys(): Promise<ApiKey[]> {
  const { data } = await apiClient.get<components['schemas']['ApiKeyList']>('/auth/api-keys');
  return data.data;
}

async function createApiKey(input: CreateApiKeyInput): Promise<CreatedApiKey> {
  const { data } = await apiClient.post<CreatedApiKey>('/auth/api-keys', input);
  return data;
}

async function revokeApiKey(id: string): Promise<void> {
  await apiClient.delete(`/auth/api-keys/${encodeURIComponent(id)}`);
}

export function useApiKeys() {
  return useQuery(queryOptions({ queryKey: apiKeyKeys.list, queryFn: getApiKeys }));
}

export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createApiKey, onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeyKeys.list }) });
}

export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: revokeApiKey, onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeyKeys.list }) });
}
