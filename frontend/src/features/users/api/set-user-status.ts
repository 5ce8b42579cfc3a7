import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { components } from '../../../lib/api/schema';
import type { User } from '../../../lib/auth';
import { userKeys } from './get-users';

async function setUserStatus({ id, active }: { id: string; active: boolean }): Promise<User> {
  const action = active ? 'reactivate' : 'deactivate';
  const { data } = await apiClient.post<components['schemas']['UserEnvelope']>(`/users/${encodeURIComponent(id)}/${action}`);
  return data.user;
}

export function useSetUserStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setUserStatus,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.lists() }),
  });
}
