import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '../src/modules/auth/cursor.js';

describe('list cursors', () => {
  it('when a cursor is encoded, then decoding gives back the same position and it is URL-safe', () => {
    const position = { createdAt: new Date('2026-01-02T03:04:05.678Z'), id: '01a20000-0000-7000-8000-000000000001' };
    const cursor = encodeCursor(position);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor)).toEqual(position);
  });

  it.each([
    ['not base64 JSON', 'garbage!'],
    ['JSON of the wrong shape', Buffer.from('{"a":1}').toString('base64url')],
    ['an invalid date', Buffer.from('["yesterday","01a20000-0000-7000-8000-000000000001"]').toString('base64url')],
    ['an id that is not a uuid', Buffer.from('["2026-01-01T00:00:00.000Z","1; DROP TABLE"]').toString('base64url')],
  ])('when the cursor is %s, then it is a 400 invalid_cursor', (_case, cursor) => {
    expect(() => decodeCursor(cursor)).toThrow(expect.objectContaining({ status: 400, code: 'invalid_cursor' }));
  });
});
