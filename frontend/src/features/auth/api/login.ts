import { useMutation } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { components } from '../../../lib/api/schema';
import { type AuthResponse, startSession } from '../../../lib/auth';
import { announce } from '../../../lib/session-sync';

type LoginInput = components['schemas']['LoginRequest'];
/** The 202 answer when the account has two-factor sign-in on: no session until the code step. */
export type MfaChallenge = components['schemas']['MfaChallenge'];
type LoginTwoFactorInput = components['schemas']['LoginTwoFactorRequest'];

async function login(input: LoginInput): Promise<AuthResponse | MfaChallenge> {
  const { data } = await apiClient.post<AuthResponse | MfaChallenge>('/auth/login', input, { anonymous: true });
  return data;
}

function signedIn(auth: AuthResponse): void {
  startSession(auth);
  announce({ type: 'signed-in' });
}

export function useLogin() {
  return useMutation({
    mutationFn: login,
    onSuccess: (result) => {
      if (!('mfaRequired' in result)) signedIn(result);
    },
  });
}

async function loginTwoFactor(input: LoginTwoFactorInput): Promise<AuthResponse> {
  const { data } = await apiClient.post<AuthResponse>('/auth/login/two-factor', input, { anonymous: true });
  return data;
}

/** The second step: the mfaToken from useLogin's 202 and a TOTP or recovery code. */
export function useLoginTwoFactor() {
  return useMutation({ mutationFn: loginTwoFactor, onSuccess: signedIn });
}
