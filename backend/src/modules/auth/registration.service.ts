import { isUniqueViolation } from '../../lib/db-errors.js';
import { queueEmail } from '../../lib/mail/index.js';
import { accountExistsEmail, verifyAddressEmail } from './account-emails.js';
import { accountLinks } from './account-links.js';
import { issueAccountToken } from './account-tokens.js';
import type { AuthDeps } from './deps.js';
import { hashPassword } from './passwords.js';

/**
 * A sign-up answers the same whether or not the address already has an account, so registration
 * cannot be used to find out who has one: a new address gets an account and a confirmation link;
 * a taken one gets an email telling its owner, and nothing else changes. Both paths hash the
 * password first (the cost that dominates), then write a few rows, so neither answers faster.
 */
export async function register(deps: AuthDeps, input: { email: string; password: string; name: string }): Promise<void> {
  const passwordHash = await hashPassword(input.password, deps.auth.bcryptCost);
  const links = accountLinks(deps);
  try {
    // One transaction: the user, the link and the queued email exist together or not at all.
    const userId = await deps.prisma.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { email: input.email, name: input.name, passwordHash }, select: { id: true } });
      const ttlSeconds = deps.accounts.emailVerificationTtlSeconds;
      const token = await issueAccountToken(tx, { userId: user.id, purpose: 'email_verification', email: input.email, ttlSeconds });
      await queueEmail(deps.jobs, verifyAddressEmail(input, links.verifyEmail(token), ttlSeconds), tx);
      return user.id;
    });
    deps.logger.info({ event: 'user_registered', userId }, 'user registered');
  } catch (err) {
    // Caught from the insert, not checked before it, so two simultaneous sign-ups cannot both pass.
    if (!isUniqueViolation(err)) throw err;
    const owner = await deps.prisma.user.findUnique({ where: { email: input.email }, select: { id: true, email: true, name: true } });
    if (!owner) return;
    await queueEmail(deps.jobs, accountExistsEmail(owner, { signIn: links.signIn(), reset: links.forgotPassword() }));
    deps.logger.info({ event: 'registration_for_existing_account', userId: owner.id }, 'sign-up with a taken address: owner told by email');
  }
}
