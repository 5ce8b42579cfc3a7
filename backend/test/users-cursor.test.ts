import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '../src/modules/auth/cursor.js';
import { USER_SORTS } from '../src/modules/auth/user-sort.js';

const ID = '01a20000-0000-7000-8000-000000000001';
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('user list cursors', () => {
  it.each([
    ['-createdAt', '2026-01-02T03:04:05.678Z'],
    ['createdAt', '2026-01-02T03:04:05.678Z'],
    ['name', 'Zoë O’Brien, 李小龙 and more'],
    ['-name', 'a'],
    ['email', 'Someone+Tag@Example.com'],
    ['-email', 'x@example.com'],
  ] as const)('when a %s cursor is encoded, then decoding it for that sort gives back the same position, URL-safe', (sort, value) => {
    const cursor = encodeCursor({ sort, value, id: ID });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, sort)).toEqual({ sort, value, id: ID });
  });

  it.each(USER_SORTS.filter((sort) => sort !== 'name'))('when a cursor of sort=name is sent back under sort=%s, then it is refused as belonging to name', (other) => {
    const cursor = encodeCursor({ sort: 'name', value: 'Ada', id: ID });
    expect(() => decodeCursor(cursor, other)).toThrow(
      expect.objectContaining({ status: 400, code: 'invalid_cursor', errors: [expect.objectContaining({ field: 'cursor', message: `"cursor" belongs to sort=name, not sort=${other}` })] }),
    );
  });

  it('when a cursor from before sorts (an array of createdAt and id) comes back, then it still continues the newest-first list, and only that one', () => {
    const legacy = b64(['2026-01-02T03:04:05.678Z', ID]);
    expect(decodeCursor(legacy, '-createdAt')).toEqual({ sort: '-createdAt', value: '2026-01-02T03:04:05.678Z', id: ID });
    expect(() => decodeCursor(legacy, 'createdAt')).toThrow(expect.objectContaining({ code: 'invalid_cursor' }));
  });

  it.each([
    ['not base64 JSON', 'garbage!', '-createdAt'],
    ['JSON of the wrong shape', b64({ a: 1 }), '-createdAt'],
    ['an unknown sort', b64({ s: 'price', v: '1.00', i: ID }), '-createdAt'],
    ['an invalid date under a date sort', b64({ s: '-createdAt', v: 'yesterday', i: ID }), '-createdAt'],
    ['a name longer than the column', b64({ s: 'name', v: 'x'.repeat(101), i: ID }), 'name'],
    ['an empty name', b64({ s: 'name', v: '', i: ID }), 'name'],
    ['a NUL in an email', b64({ s: 'email', v: 'a\u0000@b', i: ID }), 'email'],
    ['an id that is not a uuid', b64({ s: 'name', v: 'Ada', i: '1; DROP TABLE' }), 'name'],
    ['an old array with an id that is not a uuid', b64(['2026-01-01T00:00:00.000Z', '1; DROP TABLE']), '-createdAt'],
    ['an old array of three', b64(['2026-01-01T00:00:00.000Z', ID, 'x']), '-createdAt'],
  ] as const)('when the cursor is %s, then it is a 400 invalid_cursor', (_case, cursor, sort) => {
    expect(() => decodeCursor(cursor, sort)).toThrow(expect.objectContaining({ status: 400, code: 'invalid_cursor' }));
  });
});
