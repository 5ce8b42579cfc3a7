import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { components } from '../../../lib/api/schema';
import { type User, updateSessionUser } from '../../../lib/auth';
import { meQueryKey } from './get-me';

async function updateMe(input: components['schemas']['UpdateMeRequest']): Promise<User> {
  const { data } = await apiClient.patch<components['schemas']['UserEnvelope']>('/auth/me', input);
  return data.user;
}

export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMe,
    onSuccess: (user) => {
      // The header's name and the profile show the new one at once.
      updateSessionUser(user);
      queryClient.setQueryData(meQueryKey, user);
    },
  });
}
