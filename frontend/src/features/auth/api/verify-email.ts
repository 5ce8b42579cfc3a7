import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { meQueryKey } from './get-me';

// Typed here until src/lib/api/schema.d.ts is regenerated with the verify-email operations.

/** Confirms the address the emailed link was for: the account's own, or the new one of an email change. */
async function verifyEmail(input: { token: string }): Promise<{ email: string }> {
  // The link works signed in or not; a signed-in tab still sends its token, harmlessly.
  const { data } = await apiClient.post<{ email: string }>('/auth/verify-email', input);
  return data;
}

async function resendVerification(): Promise<void> {
  await apiClient.post('/auth/verify-email/resend');
}

export function useVerifyEmail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: verifyEmail,
    // The profile now says verified (or shows the new address).
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueryKey }),
  });
}

export function useResendVerification() {
  return useMutation({ mutationFn: resendVerification });
}
