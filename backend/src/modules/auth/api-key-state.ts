import { SCOPES, type Principal, type Role, type Scope } from '../../lib/http/authenticate.js';
import { parseApiKey, secretMatches } from './api-key-secret.js';
import type { AuthDeps } from './deps.js';
import { invalidToken } from './tokens.js';

/** What every request made with a key needs to know about it, cached like a session's state. */
interface ApiKeyState {
  id: string;
  userId: string;
  role: Role;
  emailVerified: boolean;
  scopes: Scope[];
  secretHash: string;
  expiresAt: number | null;
  revoked: boolean;
}

const UNKNOWN = 'unknown';
/** lastUsedAt moves at most this often: a listing needs "used today", not a database write per request. */
export const LAST_USED_RESOLUTION_SECONDS = 60;

const stateKey = (prefix: string) => `api-key:${prefix}`;
const usedKey = (keyId: string) => `api-key-used:${keyId}`;

const invalidApiKey = () => invalidToken('invalid_api_key', 'The API key is not valid');
const apiKeyRevoked = () => invalidToken('api_key_revoked', 'The API key has been revoked');
const apiKeyExpired = () => invalidToken('api_key_expired', 'The API key has expired');

/**
 * The check behind every request with an API key: one cache read (the database only on a miss,
 * as for sessions in session-state.ts), a SHA-256 and a constant-time comparison. The state lives
 * in the shared cache for SESSION_STATE_CACHE_SECONDS, and revoking a key deletes it there, so a
 * revocation stops the key on every instance at once. Only a key whose secret matches learns that
 * it is revoked or expired; any other value is just invalid.
 */
export async function verifyApiKey(deps: AuthDeps, token: string): Promise<Principal> {
  const parts = parseApiKey(token);
  if (!parts) throw invalidApiKey();
  const { value } = await deps.cache.getOrSet(stateKey(parts.prefix), deps.auth.sessionStateCacheSeconds, () =>
    loadApiKeyState(deps, parts.prefix),
  );
  const state = parse(value) ?? (value === UNKNOWN ? null : parse(await loadApiKeyState(deps, parts.prefix)));
  if (!state || !secretMatches(parts.secret, state.secretHash)) throw invalidApiKey();
  if (state.revoked) throw apiKeyRevoked();
  if (state.expiresAt !== null && state.expiresAt <= Date.now()) throw apiKeyExpired();
  await noteUse(deps, state.id);
  return {
    userId: state.userId,
    role: state.role,
    emailVerified: state.emailVerified,
    credential: { kind: 'api_key', keyId: state.id, scopes: state.scopes },
  };
}

async function loadApiKeyState(deps: AuthDeps, prefix: string): Promise<string> {
  const key = await deps.prisma.apiKey.findUnique({
    where: { prefix },
    select: {
      id: true, userId: true, scopes: true, secretHash: true, expiresAt: true, revokedAt: true,
      user: { select: { role: true, emailVerifiedAt: true, deactivatedAt: true } },
    },
  });
  if (!key) return UNKNOWN;
  const state: ApiKeyState = {
    id: key.id,
    userId: key.userId,
    role: key.user.role,
    emailVerified: key.user.emailVerifiedAt !== null,
    scopes: key.scopes.filter((s): s is Scope => (SCOPES as readonly string[]).includes(s)),
    secretHash: key.secretHash,
    expiresAt: key.expiresAt?.getTime() ?? null,
    // Deactivation revokes every key; this covers a user deactivated outside the API too.
    revoked: key.revokedAt !== null || key.user.deactivatedAt !== null,
  };
  return JSON.stringify(state);
}

// A value that is not ours (or cannot be read) is treated as a miss, never as "valid".
function parse(value: string | null): ApiKeyState | null {
  if (!value || value === UNKNOWN) return null;
  try {
    const state = JSON.parse(value) as ApiKeyState;
    return typeof state.id === 'string' && typeof state.secretHash === 'string' && Array.isArray(state.scopes) ? state : null;
  } catch {
    return null;
  }
}

/**
 * Records the use once per LAST_USED_RESOLUTION_SECONDS: the marker in the shared cache is loaded
 * (and the row written) only when absent, so on every instance together a busy key costs one
 * UPDATE a minute. The UPDATE is conditional as well, so while the cache is down (every call then
 * runs the loader) the row still changes at most once a minute. A failure to record is logged,
 * never the request's failure.
 */
async function noteUse(deps: AuthDeps, keyId: string): Promise<void> {
  try {
    await deps.cache.getOrSet(usedKey(keyId), LAST_USED_RESOLUTION_SECONDS, async () => {
      const now = Date.now();
      await deps.prisma.apiKey.updateMany({
        where: { id: keyId, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now - LAST_USED_RESOLUTION_SECONDS * 1000) } }] },
        data: { lastUsedAt: new Date(now) },
      });
      return '1';
    });
  } catch (err) {
    deps.logger.warn({ err, keyId }, 'could not record the API key use');
  }
}

/** Drops cached key states after a revocation or a change to their user (role, verified email). */
export async function forgetApiKeys(deps: Pick<AuthDeps, 'cache'>, prefixes: string[]): Promise<void> {
  if (prefixes.length > 0) await deps.cache.del(...prefixes.map(stateKey));
}

/** forgetApiKeys for every unrevoked key of a user. */
export async function forgetApiKeysOf(deps: Pick<AuthDeps, 'prisma' | 'cache'>, userId: string): Promise<void> {
  const keys = await deps.prisma.apiKey.findMany({ where: { userId, revokedAt: null }, select: { prefix: true } });
  await forgetApiKeys(deps, keys.map((k) => k.prefix));
}
