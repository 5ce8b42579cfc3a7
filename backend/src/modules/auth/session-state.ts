import type { Role } from '../../lib/http/authenticate.js';
import type { AuthDeps } from './deps.js';
import { revokeReasonOf, type RevokeReason } from './session-end.js';

/** What every authenticated request needs to know about its session, cached. */
export interface SessionState {
  userId: string;
  role: Role;
  emailVerified: boolean;
  expiresAt: number;
}

// A revoked session is cached as `revoked`, or `revoked:<reason>` when its row says why.
const REVOKED = 'revoked';
const isRevoked = (value: string | null) => value === REVOKED || value?.startsWith(`${REVOKED}:`) === true;

const sessionKey = (sessionId: string) => `session:${sessionId}`;

/**
 * Whether a session is still active, and its user's current role. Read through the cache on every
 * authenticated request (one Redis GET); on a miss, or when Redis is down, the loader asks the
 * database, so a revoked session is never let through because the cache failed. Revocation is
 * permanent, so "revoked" is cached too. The role comes from here, not from the token, so a role
 * change takes effect at once (users.service drops these entries).
 *
 * What the API changes it invalidates at once; what changes behind its back (a user row deleted,
 * a session revoked in SQL) is only seen when the entry expires, so entries live for seconds
 * (SESSION_STATE_CACHE_SECONDS), not for the access token's lifetime. The entry is in the shared
 * store, with no copy kept per process (lib/cache only shares loads in flight), so every instance
 * sees the change within that bound.
 */
export async function sessionState(deps: AuthDeps, sessionId: string): Promise<SessionState | null> {
  const { value } = await deps.cache.getOrSet(sessionKey(sessionId), deps.auth.sessionStateCacheSeconds, () =>
    loadSessionState(deps, sessionId),
  );
  if (isRevoked(value)) return null;
  const state = parse(value) ?? parse(await loadSessionState(deps, sessionId));
  if (!state || state.expiresAt <= Date.now()) return null;
  return state;
}

async function loadSessionState(deps: AuthDeps, sessionId: string): Promise<string> {
  const session = await deps.prisma.session.findUnique({
    where: { id: sessionId },
    select: { userId: true, expiresAt: true, revokedAt: true, revokedReason: true, user: { select: { role: true, emailVerifiedAt: true } } },
  });
  if (!session) return REVOKED;
  if (session.revokedAt) return session.revokedReason ? `${REVOKED}:${session.revokedReason}` : REVOKED;
  const state: SessionState = {
    userId: session.userId,
    role: session.user.role,
    emailVerified: session.user.emailVerifiedAt !== null,
    expiresAt: session.expiresAt.getTime(),
  };
  return JSON.stringify(state);
}

// A value that is not ours (or cannot be read) is treated as a miss, never as "active".
function parse(value: string | null): SessionState | null {
  if (!value || isRevoked(value)) return null;
  try {
    const state = JSON.parse(value) as SessionState;
    return typeof state.userId === 'string' && typeof state.expiresAt === 'number' && typeof state.emailVerified === 'boolean' ? state : null;
  } catch {
    return null;
  }
}

/**
 * Why a session that sessionState() refused was revoked, from the same cache entry (read again only
 * on that refusal); null when it was not revoked on purpose (it expired, or is gone).
 */
export async function sessionEndReason(deps: AuthDeps, sessionId: string): Promise<RevokeReason | null> {
  const { value } = await deps.cache.getOrSet(sessionKey(sessionId), deps.auth.sessionStateCacheSeconds, () =>
    loadSessionState(deps, sessionId),
  );
  return value?.startsWith(`${REVOKED}:`) ? revokeReasonOf(value.slice(REVOKED.length + 1)) : null;
}

/** Drops cached session states after a revocation, a role change or a verified email. */
export async function forgetSessions(deps: AuthDeps, sessionIds: string[]): Promise<void> {
  if (sessionIds.length > 0) await deps.cache.del(...sessionIds.map(sessionKey));
}
