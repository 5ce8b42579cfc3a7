import { useMutation } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { endSession } from '../../../lib/auth';
import { announce } from '../../../lib/session-sync';

/** `everywhere` revokes every session of the user (other devices included), not just this one. */
async function logout({ everywhere }: { everywhere: boolean }): Promise<void> {
  await apiClient.post(everywhere ? '/auth/logout-all' : '/auth/logout');
}

export function useLogout() {
  return useMutation({
    mutationFn: logout,
    // Signed out locally whatever the API said: the user asked to leave, and a dead session is gone anyway.
    onSettled: (_data, _error, { everywhere }) => {
      const reason = everywhere ? 'signed_out_everywhere' : 'signed_out';
      endSession(reason);
      announce({ type: 'signed-out', reason });
    },
  });
}
