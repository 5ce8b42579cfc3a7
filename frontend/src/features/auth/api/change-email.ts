import { useMutation } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

// Typed here until src/lib/api/schema.d.ts is regenerated with the change-email operation.

/** 202: a link goes to the new address, and the address changes only when it is followed. */
async function changeEmail(input: { newEmail: string; currentPassword: string }): Promise<void> {
  await apiClient.post('/auth/change-email', input);
}

export function useChangeEmail() {
  return useMutation({ mutationFn: changeEmail });
}
