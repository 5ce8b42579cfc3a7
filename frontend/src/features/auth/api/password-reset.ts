import { useMutation } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

// Typed here until src/lib/api/schema.d.ts is regenerated with the password-reset operations.

/** 202 whatever the address: the API never says whether it has an account. */
async function requestPasswordReset(input: { email: string }): Promise<void> {
  await apiClient.post('/auth/password-reset', input, { anonymous: true });
}

/** 204; every session and API key of the user ends with it. */
async function confirmPasswordReset(input: { token: string; newPassword: string }): Promise<void> {
  await apiClient.post('/auth/password-reset/confirm', input, { anonymous: true });
}

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: requestPasswordReset });
}

export function useConfirmPasswordReset() {
  return useMutation({ mutationFn: confirmPasswordReset });
}
