import { isUniqueViolation } from '../../lib/db-errors.js';
import { AppError, conflict, forbidden, unauthorized } from '../../lib/errors.js';
import { sessionOf, type Principal } from '../../lib/http/authenticate.js';
import { actorOf, recordAudit, SYSTEM } from '../audit/index.js';
import type { AuthDeps, ClientMeta } from './deps.js';
import { mfaChallenge, type MfaChallenge } from './mfa-token.js';
import { checkCurrentPassword, hashPassword, needsRehash, verifyPassword } from './passwords.js';
import { rotateRefreshToken } from './refresh.js';
import { endReasonExtension } from './session-end.js';
import { revokeSessions, sessionOfRefreshToken, startSession, type IssuedRefreshToken, type RevokeReason } from './sessions.js';
import { signAccessToken } from './tokens.js';
import { publicUserSelect, toPublicUser, type PublicUser } from './user-view.js';

export interface AuthResult {
  user: PublicUser;
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  refreshExpiresAt: Date;
}

// One answer for an unknown email and a wrong password, so neither can be told apart.
const accountDeactivated = () => forbidden('This account has been deactivated by an administrator', 'account_deactivated');
const invalidCredentials = () => unauthorized('The email or password is incorrect', 'invalid_credentials');
// `reason` only when the token was found and its session revoked (session-end.ts).
const invalidRefreshToken = (reason: RevokeReason | null = null) =>
  new AppError(401, 'invalid_refresh_token', 'The refresh token is invalid or has expired; sign in again', {
    headers: { 'WWW-Authenticate': 'Bearer' },
    ...endReasonExtension(reason),
  });

function issue(deps: AuthDeps, user: PublicUser, refresh: IssuedRefreshToken): AuthResult {
  return {
    user,
    accessToken: signAccessToken(deps.auth, user.id, refresh.sessionId),
    refreshToken: refresh.refreshToken,
    expiresIn: deps.auth.accessTokenTtlSeconds,
    refreshExpiresAt: refresh.refreshExpiresAt,
  };
}

export async function createUser(
  deps: Pick<AuthDeps, 'prisma' | 'auth'>,
  input: { email: string; password: string; name: string; role?: 'USER' | 'ADMIN'; emailVerified?: boolean },
): Promise<PublicUser> {
  // Hashing first keeps a taken email from answering faster than a free one.
  const passwordHash = await hashPassword(input.password, deps.auth.bcryptCost);
  try {
    return toPublicUser(
      await deps.prisma.user.create({
        data: {
          email: input.email,
          name: input.name,
          passwordHash,
          role: input.role ?? 'USER',
          // Set by an operator (the admin CLI) who vouches for the address; a sign-up confirms it by link.
          emailVerifiedAt: input.emailVerified ? new Date() : null,
        },
        select: publicUserSelect,
      }),
    );
  } catch (err) {
    // Caught from the insert, not checked before it, so two simultaneous sign-ups cannot both pass.
    if (isUniqueViolation(err)) throw conflict('email_unavailable', 'This email cannot be used to register');
    throw err;
  }
}

/** Tokens, or only an mfaToken when the account has two-factor on (then /login/two-factor finishes). */
export async function login(
  deps: AuthDeps,
  input: { email: string; password: string },
  meta: ClientMeta,
): Promise<AuthResult | MfaChallenge> {
  const found = await deps.prisma.user.findUnique({
    where: { email: input.email },
    select: { ...publicUserSelect, passwordHash: true },
  });
  // Runs bcrypt whether or not the account exists (against a dummy hash when it does not).
  const ok = await verifyPassword(input.password, found?.passwordHash ?? null, deps.auth.bcryptCost);
  if (!found || !ok) {
    deps.logger.info({ event: 'login_failed', userId: found?.id }, 'sign-in refused');
    // Written either way (an account or none), so that the answer takes as long.
    await recordAudit(deps.prisma, {
      action: 'sign_in_failed',
      actor: SYSTEM,
      target: { type: 'user', id: found?.id ?? null },
      detail: { email: input.email, reason: found ? 'wrong_password' : 'unknown_account' },
    });
    throw invalidCredentials();
  }
  // Only after the right password, so that this answer does not tell which accounts exist.
  if (found.deactivatedAt) {
    await recordAudit(deps.prisma, { action: 'sign_in_failed', actor: SYSTEM, target: { type: 'user', id: found.id }, detail: { email: input.email, reason: 'account_deactivated' } });
    throw accountDeactivated();
  }
  const { passwordHash, ...row } = found;
  const user = toPublicUser(row);
  if (needsRehash(passwordHash, deps.auth.bcryptCost)) {
    await deps.prisma.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(input.password, deps.auth.bcryptCost) } });
  }
  if (user.twoFactorEnabled) {
    deps.logger.info({ event: 'login_needs_second_factor', userId: user.id }, 'password accepted; second factor required');
    return mfaChallenge(deps.auth, user.id);
  }
  return signedIn(deps, user, meta);
}

/** A new session for a user who has proved who they are (password, and the second factor when on). */
export async function signedIn(deps: AuthDeps, user: PublicUser, meta: ClientMeta, how = { secondFactor: false }): Promise<AuthResult> {
  const refresh = await startSession(deps, user.id, meta);
  await recordAudit(deps.prisma, {
    action: 'signed_in',
    actor: { userId: user.id },
    target: { type: 'user', id: user.id },
    detail: { sessionId: refresh.sessionId, secondFactor: how.secondFactor },
  });
  deps.logger.info({ event: 'login_succeeded', userId: user.id, sessionId: refresh.sessionId }, 'signed in');
  return issue(deps, user, refresh);
}

export async function refresh(deps: AuthDeps, refreshToken: string): Promise<AuthResult> {
  const outcome = await rotateRefreshToken(deps, refreshToken);
  if (outcome.kind === 'invalid') throw invalidRefreshToken(outcome.endedBecause);
  if (outcome.kind === 'reused') throw invalidRefreshToken('refresh_token_reuse');
  const user = await deps.prisma.user.findUnique({ where: { id: outcome.userId }, select: publicUserSelect });
  if (!user) throw invalidRefreshToken();
  return issue(deps, toPublicUser(user), outcome);
}

/** Ends the session named by the access token, or else by the refresh token; idempotent. */
export async function logout(deps: AuthDeps, by: { principal?: Principal; refreshToken?: string }): Promise<void> {
  const sessionId = sessionOf(by.principal)?.sessionId ?? (by.refreshToken ? await sessionOfRefreshToken(deps, by.refreshToken) : null);
  if (!sessionId) return;
  const ended = await revokeSessions(deps, { sessionId }, 'logout');
  deps.logger.info({ event: 'logout', sessionId, userId: by.principal?.userId }, 'signed out');
  // Only a session this call ended: signing out of an ended one again records nothing.
  if (ended.length === 0) return;
  const userId = by.principal?.userId ?? (await deps.prisma.session.findUnique({ where: { id: sessionId }, select: { userId: true } }))?.userId;
  if (userId) await recordAudit(deps.prisma, { action: 'signed_out', actor: { userId }, target: { type: 'user', id: userId }, detail: { sessionId } });
}

export async function logoutAll(deps: AuthDeps, principal: Principal): Promise<void> {
  const ids = await revokeSessions(deps, { userId: principal.userId }, 'logout_all');
  await recordAudit(deps.prisma, {
    action: 'sessions_revoked',
    actor: actorOf(principal),
    target: { type: 'user', id: principal.userId },
    detail: { reason: 'logout_all', sessions: ids.length },
  });
  deps.logger.info({ event: 'logout_all', userId: principal.userId, sessions: ids.length }, 'signed out everywhere');
}

export async function me(deps: AuthDeps, principal: Principal): Promise<PublicUser> {
  const user = await deps.prisma.user.findUnique({ where: { id: principal.userId }, select: publicUserSelect });
  if (!user) throw unauthorized();
  return toPublicUser(user);
}

/** The caller's own profile: for now only the display name. */
export async function updateProfile(deps: AuthDeps, principal: Principal, input: { name: string }): Promise<PublicUser> {
  try {
    const user = toPublicUser(
      await deps.prisma.user.update({ where: { id: principal.userId }, data: { name: input.name }, select: publicUserSelect }),
    );
    deps.logger.info({ event: 'profile_updated', userId: principal.userId }, 'profile updated');
    return user;
  } catch (err) {
    // The row went away under a still-cached session: the same answer as me().
    if ((err as { code?: string } | null)?.code === 'P2025') throw unauthorized();
    throw err;
  }
}

export async function changePassword(
  deps: AuthDeps,
  principal: Principal,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const user = await deps.prisma.user.findUnique({ where: { id: principal.userId }, select: { passwordHash: true } });
  if (!user) throw unauthorized();
  await checkCurrentPassword(input.currentPassword, user.passwordHash, deps.auth.bcryptCost);
  const passwordHash = await hashPassword(input.newPassword, deps.auth.bcryptCost);
  await deps.prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: principal.userId }, data: { passwordHash } });
    await recordAudit(tx, { action: 'password_changed', actor: actorOf(principal), target: { type: 'user', id: principal.userId } });
  });
  // Whoever else knew the old password is signed out; this device stays signed in.
  const ids = await revokeSessions(deps, { userId: principal.userId, exceptSessionId: sessionOf(principal)?.sessionId }, 'password_changed');
  if (ids.length > 0) {
    await recordAudit(deps.prisma, { action: 'sessions_revoked', actor: actorOf(principal), target: { type: 'user', id: principal.userId }, detail: { reason: 'password_changed', sessions: ids.length } });
  }
  deps.logger.info({ event: 'password_changed', userId: principal.userId, revokedSessions: ids.length }, 'password changed');
}
