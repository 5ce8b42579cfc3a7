import { forgetApiKeysOf } from './api-key-state.js';
import type { AuthDeps } from './deps.js';
import { forgetSessions } from './session-state.js';

/**
 * The cached states of a user's live sessions and API keys copy fields of the user row (role,
 * whether the email is confirmed): after a change to those, drop them all, so the next request of
 * any of that user's credentials, on any instance, reads the new values.
 */
export async function forgetUserStates(deps: AuthDeps, userId: string): Promise<void> {
  const sessions = await deps.prisma.session.findMany({ where: { userId, revokedAt: null }, select: { id: true } });
  await forgetSessions(deps, sessions.map((s) => s.id));
  await forgetApiKeysOf(deps, userId);
}
