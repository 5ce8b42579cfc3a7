import { randomBytes } from 'node:crypto';

/*
 * What a store holds under an entry key, shared by both drivers:
 *
 *   value      "<generation>|<namespace version>|<nonce>.<fresh until>|<payload>"
 *   tombstone  "x|<nonce>"                  (written by del instead of deleting)
 *
 * The generation and namespace version are the ones current when the reader started, so an entry is
 * served only while both are still current: bumping either invalidates without touching entries, and
 * a slow loader that began before a bump writes an entry that is already dead.
 *
 * Writes are compare-and-set against the header the reader saw (or the absence of a value). The
 * nonce makes every header unique, and tombstones make a del visible to that comparison, so a loader
 * that read the database before a write cannot store the old value after the write's del.
 *
 * "fresh until" (epoch ms, base 36) is when the entry stops being a hit. The store may keep it longer
 * (a getOrSet with staleIfError, core.ts), as a copy to answer with while the loader's source is down.
 * It sits in the nonce's field so that a value without one (written before it existed) still parses
 * the same: such an entry is fresh for as long as the store keeps it.
 */

const GENERATION_KEY = 'cache:gen';
const NAMESPACE = /^[A-Za-z0-9_.-]{1,64}$/;

export function generationKey(): string {
  return GENERATION_KEY;
}

export function namespaceVersionKey(namespace: string): string {
  return `cache:ns:${checkNamespace(namespace)}`;
}

/** Also the single-flight key: one flight per stored entry. */
export function entryKey(key: string, namespace?: string): string {
  return namespace === undefined ? `cache:k:${key}` : `cache:n:${checkNamespace(namespace)}:${key}`;
}

export function namespacePrefix(namespace: string): string {
  return `cache:n:${checkNamespace(namespace)}:`;
}

export interface Decoded {
  /** What a compare-and-set must find to overwrite this state: '' = nothing stored. */
  token: string;
  /** The payload if the entry is current, else null (missing, tombstone, older generation or version). */
  payload: string | null;
  /** Epoch ms after which the payload is only a stale copy; Infinity for an entry without the stamp. */
  freshUntil: number;
}

export function decode(raw: string | null, generation: string, nsVersion: string): Decoded {
  if (raw === null) return { token: '', payload: null, freshUntil: 0 };
  const a = raw.indexOf('|');
  const b = a < 0 ? -1 : raw.indexOf('|', a + 1);
  const c = b < 0 ? -1 : raw.indexOf('|', b + 1);
  if (c < 0) return { token: raw, payload: null, freshUntil: 0 }; // tombstone (or foreign data): replaceable
  const token = raw.slice(0, c + 1);
  const current = raw.slice(0, a) === generation && raw.slice(a + 1, b) === nsVersion;
  if (!current) return { token, payload: null, freshUntil: 0 };
  const dot = raw.lastIndexOf('.', c);
  const freshUntil = dot > b ? parseInt(raw.slice(dot + 1, c), 36) : Infinity;
  return { token, payload: raw.slice(c + 1), freshUntil: Number.isNaN(freshUntil) ? 0 : freshUntil };
}

export function encode(generation: string, nsVersion: string, payload: string, freshUntil: number): string {
  return `${generation}|${nsVersion}|${uniqueToken()}.${Math.floor(freshUntil).toString(36)}|${payload}`;
}

export function tombstone(): string {
  return `x|${uniqueToken()}`;
}

// Unique across processes (random prefix) and within one (counter); cheaper than random per write.
// Never contains '|' or '.'. Also used as generation and namespace version values (redis-cache.ts).
const processNonce = randomBytes(6).toString('base64url');
let counter = 0;
export function uniqueToken(): string {
  counter = (counter + 1) % Number.MAX_SAFE_INTEGER;
  return `${processNonce}${counter.toString(36)}`;
}

function checkNamespace(namespace: string): string {
  if (!NAMESPACE.test(namespace)) throw new TypeError(`cache namespace must match ${NAMESPACE}: ${namespace}`);
  return namespace;
}
