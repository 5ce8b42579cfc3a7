import type { VerifyCredential } from '../../lib/http/authenticate.js';
import type { AuthDeps } from './deps.js';
import { sessionEndReason, sessionState } from './session-state.js';
import { sessionRevoked, verifyAccessJwt } from './tokens.js';

/**
 * The check behind every authenticated request: a valid JWT (pure CPU, microseconds) and then a
 * session that is still active (one cache read; the database only on a miss). The second step is
 * what makes logout, logout-all, password change and reuse detection end access tokens at once
 * rather than when they expire.
 */
export function accessTokenVerifier(deps: AuthDeps): VerifyCredential {
  return async (token) => {
    const claims = verifyAccessJwt(deps.auth, token);
    const state = await sessionState(deps, claims.sessionId);
    if (!state || state.userId !== claims.userId) {
      // The signature proves the token was issued for this session, so its holder may learn why it ended.
      throw sessionRevoked(undefined, state ? null : await sessionEndReason(deps, claims.sessionId));
    }
    return {
      userId: claims.userId,
      role: state.role,
      emailVerified: state.emailVerified,
      credential: { kind: 'session', sessionId: claims.sessionId, tokenId: claims.tokenId },
    };
  };
}
