import { toDataURL } from 'qrcode';
import { AppError, conflict, notFound, unauthorized } from '../../lib/errors.js';
import type { Principal } from '../../lib/http/authenticate.js';
import type { Prisma as Db } from '../../lib/db.js';
import { actorOf, recordAudit, SYSTEM } from '../audit/index.js';
import { signedIn, type AuthResult } from './auth.service.js';
import type { AuthDeps, ClientMeta } from './deps.js';
import { mfaTokenInvalid, type MfaClaims } from './mfa-token.js';
import { checkCurrentPassword } from './passwords.js';
import {
  hashRecoveryCode,
  newRecoveryCodes,
  newTotpSecret,
  openTotpSecret,
  sealTotpSecret,
  totpCodeOf,
  totpKey,
  totpStep,
  totpUri,
} from './totp.js';
import { publicUserSelect, toPublicUser } from './user-view.js';

export interface TwoFactorSetup {
  secret: string;
  otpauthUrl: string;
  qrCode: string;
}

const alreadyEnabled = () => conflict('two_factor_already_enabled', 'Two-factor sign-in is already on; turn it off first to set it up again');
const notSetUp = () => conflict('two_factor_not_set_up', 'Start the set-up first: there is no pending two-factor secret to confirm');
const notEnabled = () => conflict('two_factor_not_enabled', 'Two-factor sign-in is not on for this account');

// Signed in (enable, disable), a bad code is a 400 on the field: a 401 would read as "your session ended".
function codeProblem(status: 400 | 401, outcome: 'invalid' | 'reused'): AppError {
  const [code, message] =
    outcome === 'reused'
      ? ['two_factor_code_reused', 'This code was already used; wait for the next one from your app']
      : ['two_factor_code_invalid', 'The code is not correct; enter the current code from your app or an unused recovery code'];
  return new AppError(status, code, message, {
    ...(status === 401 ? { headers: { 'WWW-Authenticate': 'Bearer' } } : {}),
    errors: [{ in: 'body', field: 'code', message, code: `code.${outcome}` }],
  });
}

type Outcome = 'ok' | 'invalid' | 'reused';

/**
 * Checks a TOTP code or a recovery code and uses it up. A TOTP code is accepted only for a time
 * step later than the last one accepted (RFC 6238 §5.2: each code once); the step is written with
 * a conditional update, so two requests racing with the same code cannot both pass. A recovery
 * code is marked used the same way.
 */
async function useSecondFactor(
  db: Pick<Db, 'user' | 'recoveryCode'>,
  deps: AuthDeps,
  user: { id: string; totpSealed: string | null; totpLastStep: number | null },
  code: string,
): Promise<Outcome> {
  const totp = totpCodeOf(code);
  if (totp !== null) {
    const secret = user.totpSealed ? openTotpSecret(totpKey(deps.auth.jwtSecret), user.id, user.totpSealed) : null;
    const step = secret ? await totpStep(secret, totp) : null;
    if (step === null) return 'invalid';
    if (user.totpLastStep !== null && step <= user.totpLastStep) return 'reused';
    const { count } = await db.user.updateMany({
      where: { id: user.id, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
      data: { totpLastStep: step },
    });
    return count === 1 ? 'ok' : 'reused';
  }
  const codeHash = hashRecoveryCode(code);
  const { count } = await db.recoveryCode.updateMany({ where: { userId: user.id, codeHash, usedAt: null }, data: { usedAt: new Date() } });
  if (count === 1) return 'ok';
  const used = await db.recoveryCode.count({ where: { userId: user.id, codeHash } });
  return used > 0 ? 'reused' : 'invalid';
}

/** A new pending secret (replacing any earlier pending one); two-factor stays off until enable. */
export async function setUpTwoFactor(deps: AuthDeps, principal: Principal): Promise<TwoFactorSetup> {
  const user = await deps.prisma.user.findUnique({ where: { id: principal.userId }, select: { email: true, totpEnabledAt: true } });
  if (!user) throw unauthorized();
  if (user.totpEnabledAt) throw alreadyEnabled();
  const secret = newTotpSecret();
  const sealed = sealTotpSecret(totpKey(deps.auth.jwtSecret), principal.userId, secret);
  const { count } = await deps.prisma.user.updateMany({
    where: { id: principal.userId, totpEnabledAt: null },
    data: { totpSealed: sealed, totpLastStep: null },
  });
  if (count === 0) throw alreadyEnabled();
  const otpauthUrl = totpUri(user.email, secret);
  deps.logger.info({ event: 'two_factor_setup_started', userId: principal.userId }, 'two-factor set-up started');
  return { secret, otpauthUrl, qrCode: await toDataURL(otpauthUrl, { errorCorrectionLevel: 'M', margin: 2, width: 240 }) };
}

/** Confirms the pending secret with a first code; returns the recovery codes, which are never shown again. */
export async function enableTwoFactor(deps: AuthDeps, principal: Principal, input: { code: string }): Promise<string[]> {
  const user = await deps.prisma.user.findUnique({ where: { id: principal.userId }, select: { totpSealed: true, totpEnabledAt: true } });
  if (!user) throw unauthorized();
  if (user.totpEnabledAt) throw alreadyEnabled();
  if (!user.totpSealed) throw notSetUp();
  const secret = openTotpSecret(totpKey(deps.auth.jwtSecret), principal.userId, user.totpSealed);
  if (!secret) throw notSetUp();
  const totp = totpCodeOf(input.code);
  const step = totp ? await totpStep(secret, totp) : null;
  if (step === null) throw codeProblem(400, 'invalid');
  const codes = newRecoveryCodes();
  // All or nothing: two-factor is on only together with its recovery codes and the audit row.
  await deps.prisma.$transaction(async (tx) => {
    // Only the secret this code was checked against: a set-up started meanwhile in another tab wins.
    const { count } = await tx.user.updateMany({
      where: { id: principal.userId, totpEnabledAt: null, totpSealed: user.totpSealed },
      data: { totpEnabledAt: new Date(), totpLastStep: step },
    });
    if (count === 0) throw notSetUp();
    await tx.recoveryCode.deleteMany({ where: { userId: principal.userId } });
    await tx.recoveryCode.createMany({ data: codes.map((code) => ({ userId: principal.userId, codeHash: hashRecoveryCode(code) })) });
    await recordAudit(tx, { action: 'two_factor_enabled', actor: actorOf(principal), target: { type: 'user', id: principal.userId } });
  });
  deps.logger.info({ event: 'two_factor_enabled', userId: principal.userId }, 'two-factor sign-in enabled');
  return codes;
}

const offData = { totpSealed: null, totpEnabledAt: null, totpLastStep: null };

/** Needs the password and a current code (or a recovery code): a stolen session alone cannot turn it off. */
export async function disableTwoFactor(deps: AuthDeps, principal: Principal, input: { currentPassword: string; code: string }): Promise<void> {
  const user = await deps.prisma.user.findUnique({
    where: { id: principal.userId },
    select: { id: true, passwordHash: true, totpSealed: true, totpEnabledAt: true, totpLastStep: true },
  });
  if (!user) throw unauthorized();
  if (!user.totpEnabledAt) throw notEnabled();
  await checkCurrentPassword(input.currentPassword, user.passwordHash, deps.auth.bcryptCost);
  await deps.prisma.$transaction(async (tx) => {
    const outcome = await useSecondFactor(tx, deps, user, input.code);
    if (outcome !== 'ok') throw codeProblem(400, outcome);
    await tx.user.update({ where: { id: user.id }, data: offData });
    await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
    await recordAudit(tx, { action: 'two_factor_disabled', actor: actorOf(principal), target: { type: 'user', id: user.id } });
  });
  deps.logger.info({ event: 'two_factor_disabled', userId: user.id }, 'two-factor sign-in disabled');
}

/**
 * The second step of a sign-in: the mfaToken (already verified by the route) and a code. The token
 * is spent with a conditional update of User.mfaTokenSpentAt, so two requests with one token cannot
 * both start a session; a wrong code leaves it usable (the route limits failures per user).
 */
export async function completeTwoFactorLogin(
  deps: AuthDeps,
  claims: MfaClaims,
  input: { code: string },
  meta: ClientMeta,
): Promise<{ result: AuthResult; email: string }> {
  const user = await deps.prisma.user.findUnique({
    where: { id: claims.userId },
    select: { id: true, totpEnabledAt: true, totpSealed: true, totpLastStep: true, mfaTokenSpentAt: true, deactivatedAt: true },
  });
  const issuedAt = new Date(claims.issuedAtMs);
  if (!user?.totpEnabledAt || user.deactivatedAt || (user.mfaTokenSpentAt && user.mfaTokenSpentAt >= issuedAt)) throw mfaTokenInvalid();
  const outcome = await deps.prisma.$transaction(async (tx) => {
    const checked = await useSecondFactor(tx, deps, user, input.code);
    // A refused code wrote nothing: the transaction ends and the refusal is recorded after it.
    if (checked !== 'ok') return checked;
    const { count } = await tx.user.updateMany({
      where: { id: user.id, OR: [{ mfaTokenSpentAt: null }, { mfaTokenSpentAt: { lt: issuedAt } }] },
      data: { mfaTokenSpentAt: new Date() },
    });
    if (count === 0) throw mfaTokenInvalid();
    return checked;
  });
  if (outcome !== 'ok') {
    deps.logger.info({ event: 'login_second_factor_failed', userId: user.id, outcome }, 'second factor refused');
    await recordAudit(deps.prisma, { action: 'sign_in_failed', actor: SYSTEM, target: { type: 'user', id: user.id }, detail: { reason: `second_factor_${outcome}` } });
    throw codeProblem(401, outcome);
  }
  // Read again for the answer: exactly the public fields, as every other sign-in answers.
  const row = await deps.prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: publicUserSelect });
  return { result: await signedIn(deps, toPublicUser(row), meta, { secondFactor: true }), email: row.email };
}

/** An admin turns a user's second factor off (a lost phone and lost codes); recorded with the admin as actor. */
export async function resetTwoFactor(deps: AuthDeps, actor: Principal, userId: string): Promise<void> {
  await deps.prisma.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: { totpEnabledAt: true } });
    if (!before) throw notFound('user_not_found', 'No user has this id');
    await tx.user.update({ where: { id: userId }, data: offData });
    await tx.recoveryCode.deleteMany({ where: { userId } });
    await recordAudit(tx, { action: 'two_factor_reset', actor: actorOf(actor), target: { type: 'user', id: userId }, detail: { wasEnabled: before.totpEnabledAt !== null } });
  });
  deps.logger.info({ event: 'two_factor_reset', userId, by: actor.userId }, 'two-factor sign-in reset by an admin');
}
