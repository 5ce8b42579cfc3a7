import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { components } from '../../../lib/api/schema';
import { type User, updateSessionUser } from '../../../lib/auth';

async function getMe(): Promise<User> {
  const { data } = await apiClient.get<components['schemas']['UserEnvelope']>('/auth/me');
  // The profile may have changed since sign-in (an admin changed the role): keep the session in step.
  updateSessionUser(data.user);
  return data.user;
}

export const meQueryKey = ['auth', 'me'] as const;

const meQueryOptions = () => queryOptions({ queryKey: meQueryKey, queryFn: getMe });

export function useMe() {
  return useQuery(meQueryOptions());
}
