import { createHash, randomBytes } from 'node:crypto';
import type { AccountTokenPurpose } from '../../generated/prisma/client.js';
import { AppError } from '../../lib/errors.js';
import type { Prisma as Db } from '../../lib/db.js';

/**
 * Single-use links sent by email. The token is 32 random bytes (base64url) and only its SHA-256 is
 * stored: a fast hash is right for a secret this long, which no one can guess or brute-force, and it
 * lets the token be found by an index lookup. A database leak therefore yields no working link.
 */

type Writer = Pick<Db, 'accountToken'>;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Issues a token for `purpose`; earlier unused ones of the same purpose stop working (they expire now). */
export async function issueAccountToken(
  db: Writer,
  input: { userId: string; purpose: AccountTokenPurpose; email: string; ttlSeconds: number },
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const now = new Date();
  await db.accountToken.updateMany({
    where: { userId: input.userId, purpose: input.purpose, usedAt: null, expiresAt: { gt: now } },
    data: { expiresAt: now },
  });
  await db.accountToken.create({
    data: {
      userId: input.userId,
      purpose: input.purpose,
      email: input.email,
      tokenHash: hashToken(token),
      expiresAt: new Date(now.getTime() + input.ttlSeconds * 1000),
    },
  });
  return token;
}

export interface ConsumedToken {
  userId: string;
  purpose: AccountTokenPurpose;
  email: string;
}

/** The codes a refused link gets, per kind of link: `${prefix}_invalid`, `_expired`, `_used`. */
const REFUSALS = {
  reset_token: {
    invalid: 'This password-reset link is not valid. Ask for a new one.',
    expired: 'This password-reset link has expired. Ask for a new one.',
    used: 'This password-reset link has already been used. Ask for a new one if you need to.',
  },
  verification_token: {
    invalid: 'This confirmation link is not valid.',
    expired: 'This confirmation link has expired. Ask for a new one from your account page.',
    used: 'This confirmation link has already been used.',
  },
} as const;

const refusal = (prefix: keyof typeof REFUSALS, why: 'invalid' | 'expired' | 'used') =>
  new AppError(400, `${prefix}_${why}`, REFUSALS[prefix][why]);

/**
 * Marks the token used, in one conditional UPDATE, so two simultaneous uses cannot both succeed;
 * run it inside the transaction of the change the link makes, so a failed change leaves the link
 * unused. A refusal says whether the link is unknown, expired or already used.
 */
export async function consumeAccountToken(
  db: Writer,
  token: string,
  purposes: AccountTokenPurpose[],
  refusalPrefix: keyof typeof REFUSALS,
): Promise<ConsumedToken> {
  const tokenHash = hashToken(token);
  const now = new Date();
  const { count } = await db.accountToken.updateMany({
    where: { tokenHash, purpose: { in: purposes }, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  const row = await db.accountToken.findFirst({
    where: { tokenHash, purpose: { in: purposes } },
    select: { userId: true, purpose: true, email: true, usedAt: true, expiresAt: true },
  });
  if (!row) throw refusal(refusalPrefix, 'invalid');
  if (count === 1) return { userId: row.userId, purpose: row.purpose, email: row.email };
  if (row.usedAt) throw refusal(refusalPrefix, 'used');
  throw refusal(refusalPrefix, 'expired');
}

/**
 * Whether the account may be sent another `purpose` link this hour (at most `perHour`). Run inside
 * the transaction that issues the link: it locks the user's row first, so two requests for one
 * account count each other instead of both seeing room for one more.
 */
export async function underHourlyLimit(
  tx: Writer & Pick<Db, '$queryRaw'>,
  userId: string,
  purpose: AccountTokenPurpose,
  perHour: number,
): Promise<boolean> {
  await tx.$queryRaw`SELECT 1 FROM "User" WHERE id = ${userId}::uuid FOR UPDATE`;
  const sent = await tx.accountToken.count({ where: { userId, purpose, createdAt: { gte: new Date(Date.now() - 3_600_000) } } });
  return sent < perHour;
}
