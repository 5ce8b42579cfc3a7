import { badRequest } from '../errors.js';

/** A keyset position in a newest-first log ordered by (time, id): the last row of the previous page. */
export interface TimeIdCursor {
  at: Date;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Opaque to clients (base64url JSON), so the ordering can change without breaking their code.
export function encodeTimeIdCursor(cursor: TimeIdCursor): string {
  return Buffer.from(JSON.stringify([cursor.at.toISOString(), cursor.id])).toString('base64url');
}

/** Anything that is not one of ours is a 400 invalid_cursor, never a 500. */
export function decodeTimeIdCursor(raw: string): TimeIdCursor {
  try {
    const value: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && UUID.test(String(value[1]))) {
      const at = new Date(value[0]);
      if (!Number.isNaN(at.getTime())) return { at, id: value[1] as string };
    }
  } catch {
    // falls through to the 400 below
  }
  throw badRequest('invalid_cursor', 'The cursor is not valid; start again from the first page', [
    { in: 'query', field: 'cursor', message: '"cursor" is not a cursor returned by this API', code: 'cursor.invalid' },
  ]);
}
