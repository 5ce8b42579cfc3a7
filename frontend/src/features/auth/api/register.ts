import { useMutation } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { components } from '../../../lib/api/schema';

type RegisterInput = components['schemas']['RegisterRequest'];

// Typed here until src/lib/api/schema.d.ts is regenerated with the 202 answer.
interface Accepted {
  message: string;
}

/**
 * 202 and no tokens, whether or not the address is taken (its owner gets an email instead), so the
 * answer never says who has an account. The person confirms via the emailed link, then signs in.
 */
async function register(input: RegisterInput): Promise<Accepted> {
  const { data } = await apiClient.post<Accepted>('/auth/register', input, { anonymous: true });
  return data;
}

export function useRegister() {
  return useMutation({ mutationFn: register });
}
