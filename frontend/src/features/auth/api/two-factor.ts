import { useMutation } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { components } from '../../../lib/api/schema';
import { getSession, updateSessionUser } from '../../../lib/auth';

export type TwoFactorSetup = components['schemas']['TwoFactorSetup'];
type EnableInput = components['schemas']['EnableTwoFactorRequest'];
type DisableInput = components['schemas']['DisableTwoFactorRequest'];

// The signed-in user's flag follows at once, so the page (and /me's next read) agree.
function markTwoFactor(enabled: boolean): void {
  const session = getSession();
  if (session.status === 'authenticated') updateSessionUser({ ...session.user, twoFactorEnabled: enabled });
}

async function setUp(): Promise<TwoFactorSetup> {
  const { data } = await apiClient.post<TwoFactorSetup>('/auth/two-factor/setup');
  return data;
}

async function enable(input: EnableInput): Promise<string[]> {
  const { data } = await apiClient.post<components['schemas']['RecoveryCodes']>('/auth/two-factor/enable', input);
  return data.recoveryCodes;
}

async function disable(input: DisableInput): Promise<void> {
  await apiClient.post('/auth/two-factor/disable', input);
}

export function useSetUpTwoFactor() {
  return useMutation({ mutationFn: setUp });
}

export function useEnableTwoFactor() {
  return useMutation({ mutationFn: enable, onSuccess: () => markTwoFactor(true) });
}

export function useDisableTwoFactor() {
  return useMutation({ mutationFn: disable, onSuccess: () => markTwoFactor(false) });
}
