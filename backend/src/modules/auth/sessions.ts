import type { AuthDeps, ClientMeta } from './deps.js';
import { forgetSessions } from './session-state.js';
import type { RevokeReason } from './session-end.js';
import { hashRefreshToken, newRefreshToken } from './tokens.js';

export interface IssuedRefreshToken {
  sessionId: string;
  refreshToken: string;
  refreshExpiresAt: Date;
}

// Listed in session-end.ts, which says why a session ended to the holder of its token.
export type { RevokeReason } from './session-end.js';

/** A refresh token never outlives its session's absolute cap, however often it rotates. */
export function refreshExpiry(deps: AuthDeps, sessionExpiresAt: Date): Date {
  const sliding = Date.now() + deps.auth.refreshTokenTtlSeconds * 1000;
  return new Date(Math.min(sliding, sessionExpiresAt.getTime()));
}

/** One sign-in: a Session row (the refresh-token family) and its first refresh token. */
export async function startSession(deps: AuthDeps, userId: string, meta: ClientMeta): Promise<IssuedRefreshToken> {
  const expiresAt = new Date(Date.now() + deps.auth.sessionMaxAgeSeconds * 1000);
  const refreshToken = newRefreshToken();
  const refreshExpiresAt = refreshExpiry(deps, expiresAt);
  const session = await deps.prisma.session.create({
    data: {
      userId,
      expiresAt,
      userAgent: meta.userAgent?.slice(0, 256) ?? null,
      ip: meta.ip?.slice(0, 64) ?? null,
      refreshTokens: { create: { tokenHash: hashRefreshToken(refreshToken), expiresAt: refreshExpiresAt } },
    },
    select: { id: true },
  });
  return { sessionId: session.id, refreshToken, refreshExpiresAt };
}

type Scope = { sessionId: string } | { userId: string; exceptSessionId?: string };

/**
 * Ends sessions in one conditional UPDATE (only those still active), then drops their cached
 * state so access tokens of those sessions stop working at once. The database is written first:
 * if the cache cannot be reached, the next check misses it and reads the database.
 */
export async function revokeSessions(deps: AuthDeps, scope: Scope, reason: RevokeReason): Promise<string[]> {
  const where =
    'sessionId' in scope
      ? { id: scope.sessionId }
      : { userId: scope.userId, ...(scope.exceptSessionId ? { id: { not: scope.exceptSessionId } } : {}) };
  const revoked = await deps.prisma.session.updateManyAndReturn({
    where: { ...where, revokedAt: null },
    data: { revokedAt: new Date(), revokedReason: reason },
    select: { id: true },
  });
  const ids = revoked.map((s) => s.id);
  await forgetSessions(deps, ids);
  return ids;
}

/** The session a refresh token belongs to, whatever the token's state (used by logout). */
export async function sessionOfRefreshToken(deps: AuthDeps, refreshToken: string): Promise<string | null> {
  const token = await deps.prisma.refreshToken.findUnique({
    where: { tokenHash: hashRefreshToken(refreshToken) },
    select: { sessionId: true },
  });
  return token?.sessionId ?? null;
}
