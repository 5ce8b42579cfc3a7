import type { AuthDeps } from './deps.js';
import { forgetSessions } from './session-state.js';
import { refreshExpiry, type IssuedRefreshToken } from './sessions.js';
import { hashRefreshToken, newRefreshToken } from './tokens.js';

/**
 * How long a just-rotated refresh token may still be presented. Two tabs of one SPA refreshing at
 * the same moment both send the same token; the later one must not look like theft and log the
 * user out. Inside the window it gets its own successor in the same family; after it, reuse.
 */
export const REUSE_GRACE_SECONDS = 10;

interface TokenRow {
  id: string;
  sessionId: string;
  userId: string;
  unused: boolean;
  inGrace: boolean;
  live: boolean;
  active: boolean;
  sessionExpiresAt: Date;
}

export type RotateOutcome =
  | ({ kind: 'rotated'; userId: string } & IssuedRefreshToken)
  | { kind: 'invalid' }
  | { kind: 'reused'; sessionId: string; userId: string };

/**
 * Trades a refresh token for a new one in one transaction. The token row is locked (FOR UPDATE),
 * so of two simultaneous requests one marks it rotated and the other waits, then sees it rotated
 * moments ago (the grace window). Times are compared with the database clock, the one that wrote
 * them. Presenting a token rotated earlier than the window revokes the whole family, here in the
 * same transaction, so no successor can be issued from it afterwards.
 */
export async function rotateRefreshToken(deps: AuthDeps, refreshToken: string): Promise<RotateOutcome> {
  const tokenHash = hashRefreshToken(refreshToken);
  const outcome = await deps.prisma.$transaction(async (tx): Promise<RotateOutcome> => {
    const [row] = await tx.$queryRaw<TokenRow[]>`
      SELECT t.id, t."sessionId", s."userId",
             t."rotatedAt" IS NULL AS unused,
             t."rotatedAt" IS NOT NULL AND t."rotatedAt" > now() - make_interval(secs => ${REUSE_GRACE_SECONDS}) AS "inGrace",
             t."expiresAt" > now() AND s."expiresAt" > now() AS live,
             s."revokedAt" IS NULL AS active,
             s."expiresAt" AS "sessionExpiresAt"
      FROM "RefreshToken" t JOIN "Session" s ON s.id = t."sessionId"
      WHERE t."tokenHash" = ${tokenHash}
      FOR UPDATE OF t`;
    if (!row || !row.active || !row.live) return { kind: 'invalid' };
    if (!row.unused && !row.inGrace) {
      await tx.session.update({
        where: { id: row.sessionId },
        data: { revokedAt: new Date(), revokedReason: 'refresh_token_reuse' },
      });
      return { kind: 'reused', sessionId: row.sessionId, userId: row.userId };
    }
    if (row.unused) await tx.$executeRaw`UPDATE "RefreshToken" SET "rotatedAt" = now() WHERE id = ${row.id}::uuid`;
    const next = newRefreshToken();
    const refreshExpiresAt = refreshExpiry(deps, row.sessionExpiresAt);
    await tx.refreshToken.create({
      data: { sessionId: row.sessionId, tokenHash: hashRefreshToken(next), expiresAt: refreshExpiresAt },
    });
    return { kind: 'rotated', userId: row.userId, sessionId: row.sessionId, refreshToken: next, refreshExpiresAt };
  });

  if (outcome.kind === 'reused') {
    await forgetSessions(deps, [outcome.sessionId]);
    deps.logger.warn(
      { event: 'refresh_token_reuse', sessionId: outcome.sessionId, userId: outcome.userId },
      'a rotated refresh token was presented again: its session is revoked',
    );
  }
  return outcome;
}
