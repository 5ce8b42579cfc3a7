import { recordAudit, SYSTEM } from '../audit/index.js';
import type { AuthDeps } from './deps.js';
import { revokeReasonOf } from './session-end.js';
import { forgetSessions } from './session-state.js';
import { refreshExpiry, type IssuedRefreshToken, type RevokeReason } from './sessions.js';
import { hashRefreshToken, newRefreshToken, openSuccessor, sealSuccessor } from './tokens.js';

/**
 * How long a just-rotated refresh token may still be presented. Two tabs of one SPA refreshing at
 * the same moment both send the same token; the later one must not look like theft and log the
 * user out. Inside the window it gets the successor already issued (the same token, so a family
 * keeps a single live chain); after it, or once that successor has rotated too, it is reuse.
 */
const REUSE_GRACE_SECONDS = 10;

interface TokenRow {
  id: string;
  sessionId: string;
  userId: string;
  unused: boolean;
  inGrace: boolean;
  live: boolean;
  active: boolean;
  revokedReason: string | null;
  sessionExpiresAt: Date;
  successorSealed: string | null;
}

interface SuccessorRow {
  unused: boolean;
  live: boolean;
  expiresAt: Date;
}

export type RotateOutcome =
  | ({ kind: 'rotated'; userId: string } & IssuedRefreshToken)
  /** `endedBecause`: the token was found, and its session was revoked for this reason. */
  | { kind: 'invalid'; endedBecause: RevokeReason | null }
  | { kind: 'reused'; sessionId: string; userId: string };

type Tx = Parameters<Parameters<AuthDeps['prisma']['$transaction']>[0]>[0];

/**
 * Trades a refresh token for a new one in one transaction. The token row is locked (FOR UPDATE),
 * so of two simultaneous requests one rotates it and the other waits, then sees it rotated moments
 * ago (the grace window) and is handed the same successor, recovered from the copy sealed under
 * the presented token. A family therefore never has more than one token that can still rotate.
 * Presenting a token that is not the parent of that live token (a grandparent, a parent whose
 * successor has rotated since) or one rotated before the window revokes the whole family, here in
 * the same transaction, so no successor can be issued from it afterwards. Times are compared with
 * the database clock, the one that wrote them.
 */
export async function rotateRefreshToken(deps: AuthDeps, refreshToken: string): Promise<RotateOutcome> {
  const tokenHash = hashRefreshToken(refreshToken);
  const outcome = await deps.prisma.$transaction(async (tx): Promise<RotateOutcome> => {
    const [row] = await tx.$queryRaw<TokenRow[]>`
      SELECT t.id, t."sessionId", s."userId",
             t."rotatedAt" IS NULL AS unused,
             t."rotatedAt" IS NOT NULL AND t."rotatedAt" > now() - make_interval(secs => ${REUSE_GRACE_SECONDS}) AS "inGrace",
             t."expiresAt" > now() AND s."expiresAt" > now() AS live,
             s."revokedAt" IS NULL AS active, s."revokedReason",
             s."expiresAt" AS "sessionExpiresAt",
             t."successorSealed"
      FROM "RefreshToken" t JOIN "Session" s ON s.id = t."sessionId"
      WHERE t."tokenHash" = ${tokenHash}
      FOR UPDATE OF t`;
    if (!row) return { kind: 'invalid', endedBecause: null };
    if (!row.active) return { kind: 'invalid', endedBecause: revokeReasonOf(row.revokedReason) };
    if (!row.live) return { kind: 'invalid', endedBecause: null };
    if (row.unused) return rotate(deps, tx, row, refreshToken);
    const reissued = row.inGrace && row.successorSealed ? await reissue(deps, tx, row, refreshToken, row.successorSealed) : null;
    if (reissued) return reissued;
    await tx.session.update({
      where: { id: row.sessionId },
      data: { revokedAt: new Date(), revokedReason: 'refresh_token_reuse' },
    });
    return { kind: 'reused', sessionId: row.sessionId, userId: row.userId };
  });

  if (outcome.kind === 'reused') {
    await forgetSessions(deps, [outcome.sessionId]);
    // The API caught it and ended the session: the system acted; whoever presented the token is unknown.
    await recordAudit(deps.prisma, { action: 'refresh_token_reused', actor: SYSTEM, target: { type: 'user', id: outcome.userId }, detail: { sessionId: outcome.sessionId } });
    deps.logger.warn(
      { event: 'refresh_token_reuse', sessionId: outcome.sessionId, userId: outcome.userId },
      'a rotated refresh token was presented again: its session is revoked',
    );
  }
  return outcome;
}

/** The presented token is the family's live one: mark it rotated and issue its one successor. */
async function rotate(deps: AuthDeps, tx: Tx, row: TokenRow, parent: string): Promise<RotateOutcome> {
  const next = newRefreshToken();
  const refreshExpiresAt = refreshExpiry(deps, row.sessionExpiresAt);
  await tx.refreshToken.create({
    data: { sessionId: row.sessionId, tokenHash: hashRefreshToken(next), expiresAt: refreshExpiresAt },
  });
  const sealed = sealSuccessor(deps.auth.jwtSecret, parent, next);
  await tx.$executeRaw`UPDATE "RefreshToken" SET "rotatedAt" = now(), "successorSealed" = ${sealed} WHERE id = ${row.id}::uuid`;
  // This token's parent can no longer be answered with a successor (this one just rotated), so its
  // sealed copy is dropped. A parent row locked right now is being presented: that request waits
  // for us and then finds this token rotated (reuse), so it is skipped rather than waited for,
  // which would deadlock with it (it holds the parent and waits for this row).
  await tx.$executeRaw`
    UPDATE "RefreshToken" SET "successorSealed" = NULL
    WHERE id IN (SELECT id FROM "RefreshToken"
                 WHERE "sessionId" = ${row.sessionId}::uuid AND "successorSealed" IS NOT NULL AND id <> ${row.id}::uuid
                 FOR UPDATE SKIP LOCKED)`;
  return { kind: 'rotated', userId: row.userId, sessionId: row.sessionId, refreshToken: next, refreshExpiresAt };
}

/**
 * The presented token was rotated moments ago: the same successor again, if it is still the live
 * one. Null when it is not (it has rotated since, or cannot be recovered): that is reuse.
 */
async function reissue(deps: AuthDeps, tx: Tx, row: TokenRow, parent: string, sealed: string): Promise<RotateOutcome | null> {
  const successor = openSuccessor(deps.auth.jwtSecret, parent, sealed);
  if (!successor) return null;
  // Locked, so a concurrent rotation of the successor finishes first and is seen here.
  const [next] = await tx.$queryRaw<SuccessorRow[]>`
    SELECT "rotatedAt" IS NULL AS unused, "expiresAt" > now() AS live, "expiresAt"
    FROM "RefreshToken"
    WHERE "tokenHash" = ${hashRefreshToken(successor)} AND "sessionId" = ${row.sessionId}::uuid
    FOR UPDATE`;
  if (!next || !next.unused || !next.live) return null;
  return { kind: 'rotated', userId: row.userId, sessionId: row.sessionId, refreshToken: successor, refreshExpiresAt: next.expiresAt };
}
