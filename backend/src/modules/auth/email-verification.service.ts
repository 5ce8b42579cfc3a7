import { isUniqueViolation } from '../../lib/db-errors.js';
import { AppError, conflict } from '../../lib/errors.js';
import type { Principal } from '../../lib/http/authenticate.js';
import { queueEmail } from '../../lib/mail/index.js';
import { addressChangeNoticeEmail, confirmNewAddressEmail, verifyAddressEmail } from './account-emails.js';
import { accountLinks } from './account-links.js';
import { consumeAccountToken, issueAccountToken, underHourlyLimit } from './account-tokens.js';
import { recordAudit } from '../audit/index.js';
import type { AuthDeps } from './deps.js';
import { checkCurrentPassword } from './passwords.js';
import { forgetUserStates } from './user-states.js';

const emailTaken = () => conflict('email_unavailable', 'This email address cannot be used');

/**
 * Follows a confirmation link: the account's own address becomes verified, or (an email change)
 * the new address replaces the old one, verified. The link is marked used in the same transaction.
 */
export async function verifyEmail(deps: AuthDeps, token: string): Promise<{ email: string }> {
  const link = await deps.prisma
    .$transaction(async (tx) => {
      const consumed = await consumeAccountToken(tx, token, ['email_verification', 'email_change'], 'verification_token');
      const user = await tx.user.findUniqueOrThrow({ where: { id: consumed.userId }, select: { email: true } });
      if (consumed.purpose === 'email_change') {
        await tx.user.update({ where: { id: consumed.userId }, data: { email: consumed.email, emailVerifiedAt: new Date() } });
        // The account's owner acted, proving the new address with the emailed link.
        await recordAudit(tx, { action: 'email_changed', actor: { userId: consumed.userId }, target: { type: 'user', id: consumed.userId }, detail: { from: user.email, to: consumed.email, via: 'emailed_link' } });
      } else if (user.email.toLowerCase() === consumed.email.toLowerCase()) {
        await tx.user.updateMany({ where: { id: consumed.userId, emailVerifiedAt: null }, data: { emailVerifiedAt: new Date() } });
      }
      return consumed;
    })
    .catch((err: unknown) => {
      // Someone else registered the new address between the request and the confirmation.
      if (isUniqueViolation(err)) throw emailTaken();
      throw err;
    });
  // Whether the email is verified is part of the cached session and API-key states: drop them.
  await forgetUserStates(deps, link.userId);
  deps.logger.info({ event: link.purpose === 'email_change' ? 'email_changed' : 'email_verified', userId: link.userId }, 'email address confirmed');
  return { email: link.email };
}

/** Mails the account's address a fresh confirmation link (earlier ones stop working). */
export async function resendVerification(deps: AuthDeps, principal: Principal): Promise<void> {
  await deps.prisma.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: principal.userId }, select: { id: true, email: true, name: true, emailVerifiedAt: true } });
    if (user.emailVerifiedAt) throw conflict('email_already_verified', 'Your email address is already confirmed');
    if (!(await underHourlyLimit(tx, user.id, 'email_verification', deps.accounts.emailsPerHour))) {
      throw tooManyEmails();
    }
    const ttlSeconds = deps.accounts.emailVerificationTtlSeconds;
    const token = await issueAccountToken(tx, { userId: user.id, purpose: 'email_verification', email: user.email, ttlSeconds });
    await queueEmail(deps.jobs, verifyAddressEmail(user, accountLinks(deps).verifyEmail(token), ttlSeconds), tx);
  });
}

/**
 * Starts a change of address: the new address gets a link (the change happens when it is
 * followed), the old one a notice, so a stolen session cannot quietly take the account over.
 * Needs the current password for the same reason. A taken new address is refused when the link
 * is followed, not here, so this answer does not tell whether an address has an account.
 */
export async function requestEmailChange(deps: AuthDeps, principal: Principal, input: { newEmail: string; currentPassword: string }): Promise<void> {
  const user = await deps.prisma.user.findUniqueOrThrow({ where: { id: principal.userId }, select: { id: true, email: true, name: true, passwordHash: true } });
  await checkCurrentPassword(input.currentPassword, user.passwordHash, deps.auth.bcryptCost);
  if (user.email.toLowerCase() === input.newEmail.toLowerCase()) {
    throw conflict('email_unchanged', 'This is already your email address');
  }
  await deps.prisma.$transaction(async (tx) => {
    if (!(await underHourlyLimit(tx, user.id, 'email_change', deps.accounts.emailsPerHour))) throw tooManyEmails();
    const ttlSeconds = deps.accounts.emailVerificationTtlSeconds;
    const token = await issueAccountToken(tx, { userId: user.id, purpose: 'email_change', email: input.newEmail, ttlSeconds });
    const links = accountLinks(deps);
    await queueEmail(deps.jobs, confirmNewAddressEmail({ email: input.newEmail, name: user.name }, links.verifyEmail(token), ttlSeconds), tx);
    await queueEmail(deps.jobs, addressChangeNoticeEmail(user, input.newEmail, links.forgotPassword()), tx);
  });
  deps.logger.info({ event: 'email_change_requested', userId: user.id }, 'email change requested');
}

function tooManyEmails() {
  return new AppError(429, 'too_many_emails', 'Too many emails were sent to this account in the last hour; try again later', {
    headers: { 'Retry-After': '3600' },
  });
}
