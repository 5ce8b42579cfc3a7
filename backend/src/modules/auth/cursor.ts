import { badRequest } from '../../lib/errors.js';
import { USER_SORTS, userSortSpec, type UserSort } from './user-sort.js';

/**
 * A position in the user list: the last row of the previous page, as its sort key's value and its
 * id, with the sort it belongs to (a position by name means nothing in a list by date).
 */
export interface Cursor {
  sort: UserSort;
  /** createdAt as ISO 8601, the name, or the email. */
  value: string;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
// The columns' bounds: name is VARCHAR(100); email is citext, written by the API at most 254 long
// but by the CLI or SQL longer, so only a generous bound against abuse.
const MAX_LENGTH = { name: 100, email: 1_000 } as const;

// Opaque to clients (base64url JSON), so the ordering can change without breaking their code.
// Not signed: every value is checked before it reaches the query, which binds it as a parameter.
export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify({ s: cursor.sort, v: cursor.value, i: cursor.id })).toString('base64url');
}

/** Decodes a cursor a client sent back for a list ordered by `sort`; anything else is a 400, never a 500. */
export function decodeCursor(raw: string, sort: UserSort): Cursor {
  const cursor = parse(raw);
  if (!cursor || !validValue(cursor)) throw invalidCursor('is not a cursor returned by this API');
  if (cursor.sort !== sort) throw invalidCursor(`belongs to sort=${cursor.sort}, not sort=${sort}`);
  return cursor;
}

function parse(raw: string): Cursor | null {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  // Before sorts (an array [createdAt, id]): still read, as the newest-first list it came from.
  if (Array.isArray(value)) {
    const [at, id, extra] = value as unknown[];
    return value.length === 2 && typeof at === 'string' && typeof id === 'string' && extra === undefined ? { sort: '-createdAt', value: at, id } : null;
  }
  const { s, v, i } = (value ?? {}) as Record<string, unknown>;
  if (typeof s !== 'string' || !(USER_SORTS as readonly string[]).includes(s) || typeof v !== 'string' || typeof i !== 'string') return null;
  return { sort: s as UserSort, value: v, id: i };
}

function validValue({ sort, value, id }: Cursor): boolean {
  if (!UUID.test(id)) return false;
  const key = userSortSpec(sort).key;
  if (key === 'createdAt') return ISO_TIME.test(value) && !Number.isNaN(Date.parse(value));
  return value.length >= 1 && value.length <= MAX_LENGTH[key] && !value.includes('\u0000');
}

function invalidCursor(reason: string) {
  return badRequest('invalid_cursor', 'The cursor is not valid for this list; start again from the first page', [
    { in: 'query', field: 'cursor', message: `"cursor" ${reason}`, code: 'cursor.invalid' },
  ]);
}
