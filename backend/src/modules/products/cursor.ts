import { createHmac, timingSafeEqual } from 'node:crypto';
import { badRequest } from '../../lib/errors.js';
import { SORTS, sortSpec, type Sort } from './sort.js';

/**
 * A position in a list: the last row of the page the client has, as (sort key value, id), plus the
 * sort it belongs to. The next page is the rows after it in that order (keyset pagination), so
 * inserts and deletes elsewhere never shift what a client has not seen yet.
 */
export interface Cursor {
  sort: Sort;
  /** createdAt as ISO 8601, price as "USD 19.90", or the name. */
  value: string;
  id: string;
  /**
   * The list it belongs to: a workspace's id, or absent for the public catalogue. A cursor from one
   * workspace's list is refused by another's, so no position crosses workspaces.
   */
  list?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
// Price cursors carry the currency too (price sorts within a currency: list.query.ts).
const PRICE = /^[A-Z]{3} \d{1,10}\.\d{2}$/;
const MAC_BYTES = 16;

/** Derives the cursor key from a server secret, so no secret of its own has to be configured. */
export function cursorKeyFrom(secret: string): Buffer {
  return createHmac('sha256', secret).update('shelfwise/products/list-cursor/v1').digest();
}

// base64url(JSON) + "." + base64url(HMAC): opaque to clients and tamper-evident, so a cursor can
// only ever be one this server produced. The values are still checked after the MAC (defence in
// depth, and a 400 rather than a database error if a key is ever shared by mistake).
export function encodeCursor(key: Buffer, cursor: Cursor): string {
  const payload = Buffer.from(JSON.stringify({ s: cursor.sort, v: cursor.value, i: cursor.id, ...(cursor.list ? { w: cursor.list } : {}) })).toString('base64url');
  return `${payload}.${mac(key, payload).toString('base64url')}`;
}

/** The cursor a client sent back, for a list sorted by `sort`; anything else is a 400 invalid_cursor. */
export function decodeCursor(key: Buffer, raw: string, sort: Sort, list?: string): Cursor {
  const [payload, signature, extra] = raw.split('.');
  if (!payload || !signature || extra !== undefined) throw invalidCursor('is not a cursor returned by this API');
  const given = Buffer.from(signature, 'base64url');
  const expected = mac(key, payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalidCursor('is not a cursor returned by this API');
  let data: unknown;
  try {
    data = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor('is not a cursor returned by this API');
  }
  const { s, v, i, w } = (data ?? {}) as Record<string, unknown>;
  if (typeof s !== 'string' || !(SORTS as readonly string[]).includes(s) || typeof v !== 'string' || typeof i !== 'string' || !UUID.test(i)) {
    throw invalidCursor('is not a cursor returned by this API');
  }
  if (s !== sort) throw invalidCursor(`belongs to sort=${s}, not sort=${sort}`);
  if ((w ?? undefined) !== list) throw invalidCursor('belongs to another list (another workspace, or the public catalogue)');
  if (!validValue(s, v)) throw invalidCursor('is not a cursor returned by this API');
  return { sort: s, value: v, id: i, ...(list ? { list } : {}) };
}

function validValue(sort: Sort, value: string): boolean {
  switch (sortSpec(sort).key) {
    case 'createdAt':
      return ISO_TIME.test(value) && !Number.isNaN(Date.parse(value));
    case 'price':
      return PRICE.test(value);
    case 'name':
      return value.length >= 1 && value.length <= 200 && !value.includes('\u0000');
  }
}

function mac(key: Buffer, payload: string): Buffer {
  return createHmac('sha256', key).update(payload).digest().subarray(0, MAC_BYTES);
}

function invalidCursor(reason: string) {
  return badRequest('invalid_cursor', 'The cursor is not valid for this list; start again from the first page', [
    { in: 'query', field: 'cursor', message: `"cursor" ${reason}`, code: 'cursor.invalid' },
  ]);
}
