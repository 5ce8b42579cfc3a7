import { createHash } from 'node:crypto';
import { AppError, badRequest } from '../../lib/errors.js';
import type { Prisma } from '../../lib/db.js';

/** How long a key is remembered: a client retrying for longer must use a new key. */
const IDEMPOTENCY_TTL_SECONDS = 24 * 3_600;
const KEY = /^[\x21-\x7e]{1,255}$/;

export interface KeyedRequest {
  ownerId: string;
  /** The operation, e.g. "products.create": the same key on another endpoint is another request. */
  scope: string;
  key: string;
  /** requestHash() of the validated body. */
  hash: string;
}

export interface StoredResponse {
  status: number;
  body: string;
}

type Transaction = Parameters<Parameters<Prisma['$transaction']>[0]>[0];

/** The Idempotency-Key header, if sent: 1-255 visible ASCII characters (a UUID is the usual choice). */
export function parseIdempotencyKey(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  if (!KEY.test(header)) {
    throw badRequest('invalid_idempotency_key', 'The Idempotency-Key header must be 1-255 visible ASCII characters', [
      { in: 'headers', field: 'Idempotency-Key', message: '"Idempotency-Key" must be 1-255 visible ASCII characters', code: 'idempotency_key.invalid' },
    ]);
  }
  return header;
}

/** SHA-256 of the body with its keys sorted: the same request in another key order is the same request. */
export function requestHash(body: unknown): string {
  return createHash('sha256').update(canonicalJson(body)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Runs `work` once per key. The key row is inserted in the same transaction as the work, first:
 * a concurrent request with the same key blocks on that insert until the first commits, then
 * finds the stored response instead of doing the work again. If the work fails, the key goes with
 * the rollback and a retry runs afresh. An expired row is taken over as if it were absent.
 */
export async function runIdempotent(
  prisma: Prisma,
  request: KeyedRequest,
  work: (tx: Transaction) => Promise<StoredResponse>,
): Promise<{ response: StoredResponse; replayed: boolean }> {
  const { ownerId, scope, key, hash } = request;
  return prisma.$transaction(async (tx) => {
    const claimed = await tx.$queryRaw<unknown[]>`
      INSERT INTO "IdempotencyKey" ("ownerId", "scope", "key", "requestHash", "expiresAt")
      VALUES (${ownerId}::uuid, ${scope}, ${key}, ${hash}, now() + make_interval(secs => ${IDEMPOTENCY_TTL_SECONDS}::int))
      ON CONFLICT ("ownerId", "scope", "key") DO UPDATE
        SET "requestHash" = EXCLUDED."requestHash", "status" = NULL, "body" = NULL, "createdAt" = now(), "expiresAt" = EXCLUDED."expiresAt"
        WHERE "IdempotencyKey"."expiresAt" <= now()
      RETURNING 1`;
    const where = { ownerId_scope_key: { ownerId, scope, key } };
    if (claimed.length > 0) {
      const response = await work(tx);
      await tx.idempotencyKey.update({ where, data: { status: response.status, body: response.body } });
      return { response, replayed: false };
    }
    const stored = await tx.idempotencyKey.findUnique({ where, select: { requestHash: true, status: true, body: true } });
    if (stored?.status == null || stored.body == null) {
      // Only if the row vanished (expired and purged) between the two statements.
      throw new AppError(409, 'idempotency_key_conflict', 'A request with this Idempotency-Key was being processed; retry it');
    }
    if (stored.requestHash !== hash) {
      throw new AppError(422, 'idempotency_key_reused', 'This Idempotency-Key was already used with a different request body');
    }
    return { response: { status: stored.status, body: stored.body }, replayed: true };
  });
}

/**
 * Deletes up to `limit` expired keys. Called after each new key, so the table stays near the number
 * of live keys without a scheduler; SKIP LOCKED keeps concurrent callers off each other's rows.
 */
export async function purgeExpiredKeys(prisma: Prisma, limit = 20): Promise<number> {
  return prisma.$executeRaw`
    DELETE FROM "IdempotencyKey" WHERE ("ownerId", "scope", "key") IN (
      SELECT "ownerId", "scope", "key" FROM "IdempotencyKey"
      WHERE "expiresAt" <= now() ORDER BY "expiresAt" LIMIT ${limit}::int FOR UPDATE SKIP LOCKED)`;
}
