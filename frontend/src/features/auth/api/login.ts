import { useMutation } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { components } from '../../../lib/api/schema';
import { type AuthResponse, startSession } from '../../../lib/auth';
import { announce } from '../../../lib/session-sync';

type LoginInput = components['schemas']['LoginRequest'];

async function login(input: LoginInput): Promise<AuthResponse> {
  const { data } = await apiClient.post<AuthResponse>('/auth/login', input, { anonymous: true });
  return data;
}

export function useLogin() {
  return useMutation({
    mutationFn: login,
    onSuccess: (auth) => {
      startSession(auth);
      announce({ type: 'signed-in' });
    },
  });
}
