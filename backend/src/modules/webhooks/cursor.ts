import { badRequest } from '../../lib/errors.js';

/** A position in an endpoint's delivery log, newest first: the last delivery of the previous page. */
export interface DeliveryCursor {
  createdAt: Date;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Opaque to clients (base64url JSON), so the ordering can change without breaking their code.
export function encodeDeliveryCursor(cursor: DeliveryCursor): string {
  return Buffer.from(JSON.stringify([cursor.createdAt.toISOString(), cursor.id])).toString('base64url');
}

/** Anything that is not one of ours is a 400, never a 500. */
export function decodeDeliveryCursor(raw: string): DeliveryCursor {
  try {
    const value: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && UUID.test(String(value[1]))) {
      const createdAt = new Date(value[0]);
      if (!Number.isNaN(createdAt.getTime())) return { createdAt, id: value[1] as string };
    }
  } catch {
    // falls through to the 400 below
  }
  throw badRequest('invalid_cursor', 'The cursor is not valid; start again from the first page', [
    { in: 'query', field: 'cursor', message: '"cursor" is not a cursor returned by this API', code: 'cursor.invalid' },
  ]);
}
