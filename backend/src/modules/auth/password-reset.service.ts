import type { QueueDefinition } from '../../lib/jobs.js';
import { queueEmail } from '../../lib/mail/index.js';
import { passwordChangedByResetEmail, passwordResetEmail } from './account-emails.js';
import { accountLinks } from './account-links.js';
import { consumeAccountToken, issueAccountToken, underHourlyLimit } from './account-tokens.js';
import { revokeApiKeys } from './api-keys.service.js';
import { recordAudit, SYSTEM } from '../audit/index.js';
import type { AuthDeps } from './deps.js';
import { hashPassword } from './passwords.js';
import { revokeSessions } from './sessions.js';

const RESET_QUEUE = 'account.password-reset';
/**
 * A reset request only queues a job with the address: the request does the same work, in the same
 * time, whether or not an account has it, and answers the same. The job looks the account up and,
 * if there is one (and it is active and under its hourly email limit), mails it a link. So neither
 * the answer, nor its timing, nor a flood of requests for one address tells who has an account.
 */
export async function requestPasswordReset(deps: AuthDeps, email: string): Promise<void> {
  await deps.jobs.send(RESET_QUEUE, { email });
}

/** The job behind requestPasswordReset. */
export function passwordResetQueue(deps: AuthDeps): QueueDefinition<{ email: string }> {
  return {
    name: RESET_QUEUE,
    options: { retryLimit: 5, retryDelay: 5, retryBackoff: true, expireInSeconds: 60, deleteAfterSeconds: 3_600 },
    handle: ({ email }) => sendResetLink(deps, email),
  };
}

async function sendResetLink(deps: AuthDeps, email: string): Promise<void> {
  const user = await deps.prisma.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, deactivatedAt: true } });
  if (!user || user.deactivatedAt) return;
  const ttlSeconds = deps.accounts.passwordResetTtlSeconds;
  const sent = await deps.prisma.$transaction(async (tx) => {
    if (!(await underHourlyLimit(tx, user.id, 'password_reset', deps.accounts.emailsPerHour))) return false;
    const token = await issueAccountToken(tx, { userId: user.id, purpose: 'password_reset', email: user.email, ttlSeconds });
    await queueEmail(deps.jobs, passwordResetEmail(user, accountLinks(deps).resetPassword(token), ttlSeconds), tx);
    return true;
  });
  deps.logger.info({ event: sent ? 'password_reset_sent' : 'password_reset_limited', userId: user.id }, sent ? 'password-reset link queued' : 'password-reset email limit reached: none sent');
}

/**
 * Sets the new password if the link is genuine, unexpired and unused, and marks it used in the same
 * transaction. Then every session and API key of the user ends (whoever had the old password is
 * out), and the owner is told by email. Following the link also proves the address is theirs.
 */
export async function confirmPasswordReset(deps: AuthDeps, input: { token: string; newPassword: string }): Promise<void> {
  // Hashed before the transaction, which then holds its locks for milliseconds, not for bcrypt.
  const passwordHash = await hashPassword(input.newPassword, deps.auth.bcryptCost);
  const user = await deps.prisma.$transaction(async (tx) => {
    const link = await consumeAccountToken(tx, input.token, ['password_reset'], 'reset_token');
    const current = await tx.user.findUniqueOrThrow({ where: { id: link.userId }, select: { email: true, emailVerifiedAt: true } });
    const proved = current.email.toLowerCase() === link.email.toLowerCase();
    const updated = await tx.user.update({
      where: { id: link.userId },
      data: { passwordHash, ...(proved && !current.emailVerifiedAt ? { emailVerifiedAt: new Date() } : {}) },
      select: { id: true, email: true, name: true },
    });
    // The account's owner acted, proving it with the emailed link.
    await recordAudit(tx, { action: 'password_reset', actor: { userId: updated.id }, target: { type: 'user', id: updated.id }, detail: { via: 'emailed_link' } });
    await queueEmail(deps.jobs, passwordChangedByResetEmail(updated, accountLinks(deps).forgotPassword()), tx);
    return updated;
  });
  const sessions = await revokeSessions(deps, { userId: user.id }, 'password_reset');
  const keys = await revokeApiKeys(deps, user.id, 'password_reset');
  if (sessions.length + keys > 0) {
    await recordAudit(deps.prisma, { action: 'sessions_revoked', actor: SYSTEM, target: { type: 'user', id: user.id }, detail: { reason: 'password_reset', sessions: sessions.length, apiKeys: keys } });
  }
  deps.logger.info({ event: 'password_reset', userId: user.id, revokedSessions: sessions.length, revokedKeys: keys }, 'password reset by emailed link');
}
