import { conflict, notFound } from '../../lib/errors.js';
import type { Principal, Scope } from '../../lib/http/authenticate.js';
import { actorOf, recordAudit } from '../audit/index.js';
import { newApiKey } from './api-key-secret.js';
import { forgetApiKeys } from './api-key-state.js';
import type { AuthDeps } from './deps.js';

/** Why a key stopped working, stored with it. */
export type ApiKeyRevokeReason = 'revoked_by_owner' | 'password_reset' | 'account_deactivated';

/** Unrevoked keys per user: enough for every script and machine a person runs, and a bounded list. */
export const MAX_API_KEYS_PER_USER = 50;

/** The fields of a key that ever leave the API: never the secret or its hash. */
const apiKeySelect = { id: true, name: true, prefix: true, scopes: true, expiresAt: true, lastUsedAt: true, createdAt: true } as const;

export interface ApiKeyView {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  createdAt: Date;
}

export interface CreateApiKeyInput {
  name: string;
  scopes: Scope[];
  expiresAt?: Date;
  expiresInDays?: number;
}

const apiKeyNotFound = () => notFound('api_key_not_found', 'You have no API key with this id');

/** The caller's unrevoked keys, newest first (expired ones included, so they can be seen and removed). */
export async function listApiKeys(deps: AuthDeps, principal: Principal): Promise<ApiKeyView[]> {
  return deps.prisma.apiKey.findMany({
    where: { userId: principal.userId, revokedAt: null },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: apiKeySelect,
  });
}

/** Creates a key; the returned `key` is the only time anyone sees it. */
export async function createApiKey(deps: AuthDeps, principal: Principal, input: CreateApiKeyInput): Promise<ApiKeyView & { key: string }> {
  const expiresAt = input.expiresAt ?? (input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null);
  const { key, prefix, secretHash } = newApiKey();
  const created = await deps.prisma.$transaction(async (tx) => {
    // The user's row is locked so that two simultaneous creations cannot both pass the count.
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${principal.userId}::uuid FOR UPDATE`;
    const active = await tx.apiKey.count({ where: { userId: principal.userId, revokedAt: null } });
    if (active >= MAX_API_KEYS_PER_USER) {
      throw conflict('too_many_api_keys', `You already have ${MAX_API_KEYS_PER_USER} API keys; revoke one you no longer use first`);
    }
    const key = await tx.apiKey.create({
      data: { userId: principal.userId, name: input.name, prefix, secretHash, scopes: [...new Set(input.scopes)], expiresAt },
      select: apiKeySelect,
    });
    await recordAudit(tx, {
      action: 'api_key_created',
      actor: actorOf(principal),
      target: { type: 'api_key', id: key.id },
      detail: { name: key.name, scopes: key.scopes, expiresAt: key.expiresAt?.toISOString() ?? null },
    });
    return key;
  });
  deps.logger.info({ event: 'api_key_created', userId: principal.userId, keyId: created.id, scopes: created.scopes }, 'API key created');
  return { ...created, key };
}

/** Revokes one of the caller's keys; revoking it again is a no-op. Someone else's key is "not found". */
export async function revokeApiKey(deps: AuthDeps, principal: Principal, keyId: string): Promise<void> {
  const key = await deps.prisma.apiKey.findFirst({ where: { id: keyId, userId: principal.userId }, select: { name: true, prefix: true, revokedAt: true } });
  if (!key) throw apiKeyNotFound();
  if (key.revokedAt) return;
  await deps.prisma.$transaction(async (tx) => {
    const { count } = await tx.apiKey.updateMany({
      where: { id: keyId, revokedAt: null },
      data: { revokedAt: new Date(), revokedReason: 'revoked_by_owner' satisfies ApiKeyRevokeReason },
    });
    // Of two revocations at once, the one that revoked it records it.
    if (count === 1) await recordAudit(tx, { action: 'api_key_revoked', actor: actorOf(principal), target: { type: 'api_key', id: keyId }, detail: { name: key.name } });
  });
  await forgetApiKeys(deps, [key.prefix]);
  deps.logger.info({ event: 'api_key_revoked', userId: principal.userId, keyId }, 'API key revoked');
}

/**
 * Revokes every key of a user (password reset, deactivation) in one conditional UPDATE, then drops
 * their cached states so they stop working at once on every instance. The database is written
 * first: if the cache cannot be reached, the next check misses it and reads the database.
 */
export async function revokeApiKeys(deps: Pick<AuthDeps, 'prisma' | 'cache'>, userId: string, reason: ApiKeyRevokeReason): Promise<number> {
  const revoked = await deps.prisma.apiKey.updateManyAndReturn({
    where: { userId, revokedAt: null },
    data: { revokedAt: new Date(), revokedReason: reason },
    select: { prefix: true },
  });
  await forgetApiKeys(deps, revoked.map((k) => k.prefix));
  return revoked.length;
}
