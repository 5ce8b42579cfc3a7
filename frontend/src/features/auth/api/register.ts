import { useMutation } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { components } from '../../../lib/api/schema';
import { type AuthResponse, startSession } from '../../../lib/auth';
import { announce } from '../../../lib/session-sync';

type RegisterInput = components['schemas']['RegisterRequest'];

async function register(input: RegisterInput): Promise<AuthResponse> {
  const { data } = await apiClient.post<AuthResponse>('/auth/register', input, { anonymous: true });
  return data;
}

export function useRegister() {
  return useMutation({
    mutationFn: register,
    onSuccess: (auth) => {
      startSession(auth);
      announce({ type: 'signed-in' });
    },
  });
}
