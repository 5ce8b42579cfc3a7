import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { operations } from '../../../lib/api/schema';
import { userKeys } from './get-users';

type ResetUserTwoFactorInput = operations['resetUserTwoFactor']['parameters']['path'];

/** 204 on success: there is nothing to read back, so the list is fetched again. */
async function resetUserTwoFactor({ id }: ResetUserTwoFactorInput): Promise<void> {
  await apiClient.post(`/users/${encodeURIComponent(id)}/two-factor/reset`);
}

export function useResetUserTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resetUserTwoFactor,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.lists() }),
  });
}
