import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { Role, User } from '../../../lib/auth';
import { userKeys } from './get-users';

export interface UpdateUserRoleInput {
  id: string;
  role: Role;
}

export async function updateUserRole({ id, role }: UpdateUserRoleInput): Promise<User> {
  const { data } = await apiClient.patch<{ user: User }>(`/users/${encodeURIComponent(id)}`, { role });
  return data.user;
}

export function useUpdateUserRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUserRole,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.lists() }),
  });
}
