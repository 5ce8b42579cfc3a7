/**
 * Which database errors mean the server or the connection failed rather than the query: a read on
 * the replica that fails so is run again on the primary, and such a failure on the primary means a
 * write in flight may have committed unseen (read-routing.ts). Prisma wraps the driver's error
 * (code, message, or a `kind` such as ConnectionClosed) in its own, so the whole chain is searched.
 */

// The server or the connection is gone or refusing: stop using the replica for a while.
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND',
  '57P01', '57P02', '57P03', // admin/crash shutdown, cannot connect now (starting up)
  '53300', // too many connections
  'P1001', 'P1002', 'P1017', 'P2024',
  // Prisma's driver-adapter error kinds
  'ConnectionClosed', 'DatabaseNotReachable', 'SocketTimeout', 'TooManyConnections',
]);
const UNREACHABLE_MESSAGE =
  /timeout exceeded when trying to connect|Connection terminated|not queryable|Can't reach database|Server has closed the connection|ECONNREFUSED|ECONNRESET|terminating connection/i;

// The standby cancelled this query to apply WAL (recovery conflict): the replica is fine, retry elsewhere.
const CONFLICT_CODES = new Set(['40001', '40P01']);

export type ConnectionFailure = 'unreachable' | 'conflict' | null;

export function classifyConnectionError(err: unknown): ConnectionFailure {
  const { codes, messages } = collect(err);
  if (codes.some((c) => UNREACHABLE_CODES.has(c) || c.startsWith('08'))) return 'unreachable';
  if (messages.some((m) => UNREACHABLE_MESSAGE.test(m))) return 'unreachable';
  if (codes.some((c) => CONFLICT_CODES.has(c)) || messages.some((m) => /conflict with recovery/i.test(m))) return 'conflict';
  return null;
}

function collect(err: unknown): { codes: string[]; messages: string[] } {
  const codes: string[] = [];
  const messages: string[] = [];
  const seen = new Set<unknown>();
  const visit = (value: unknown, depth: number) => {
    if (!value || typeof value !== 'object' || seen.has(value) || depth > 6) return;
    seen.add(value);
    const e = value as Record<string, unknown>;
    for (const key of ['code', 'originalCode', 'kind']) if (typeof e[key] === 'string') codes.push(e[key]);
    for (const key of ['message', 'originalMessage']) if (typeof e[key] === 'string') messages.push(e[key]);
    visit(e.cause, depth + 1);
    visit((e.meta as Record<string, unknown> | undefined)?.driverAdapterError, depth + 1);
  };
  visit(err, 0);
  return { codes, messages };
}

/** Prisma's P2002: an insert or update hit a unique constraint (a taken email, a duplicate sku). */
export const isUniqueViolation = (err: unknown): boolean => (err as { code?: string } | null)?.code === 'P2002';

/**
 * PostgreSQL refused a row under a row-level security policy (42501 "new row violates row-level
 * security policy"): what the caller was allowed a moment ago, by a cached role, the database no longer allows.
 */
export function isRowSecurityRefusal(err: unknown): boolean {
  const { codes, messages } = collect(err);
  return codes.includes('42501') && messages.some((m) => /row-level security/i.test(m));
}
