import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { components } from '../../../lib/api/schema';
import type { User } from '../../../lib/auth';
import { userKeys } from './get-users';

type UpdateUserRoleInput = { id: string } & components['schemas']['ChangeUserRoleRequest'];

async function updateUserRole({ id, role }: UpdateUserRoleInput): Promise<User> {
  const { data } = await apiClient.patch<components['schemas']['UserEnvelope']>(`/users/${encodeURIComponent(id)}`, { role });
  return data.user;
}

export function useUpdateUserRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUserRole,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.lists() }),
  });
}
