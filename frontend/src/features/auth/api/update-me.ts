import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { components } from '../../../lib/api/schema';
import { type User, updateSessionUser } from '../../../lib/auth';
import { meQueryKey } from './get-me';

// The request body is typed here until src/lib/api/schema.d.ts is regenerated with PATCH /auth/me.
async function updateMe(input: { name: string }): Promise<User> {
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
