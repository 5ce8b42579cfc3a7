import type { NextFunction, Request, Response } from 'express';
import Joi from 'joi';
import { describe, expect, it, vi } from 'vitest';
import { decode, encode, entryKey, generationKey, namespacePrefix, namespaceVersionKey, tombstone, uniqueToken } from '../src/lib/cache/entry.js';
import { createSingleFlight } from '../src/lib/cache/single-flight.js';
import { classifyConnectionError } from '../src/lib/db-errors.js';
import { AppError, badRequest, conflict, forbidden, notFound, unauthorized } from '../src/lib/errors.js';
import { inputOf, validate } from '../src/lib/http/validate.js';

// Unit tests of lib/ found missing by mutation testing (npm run test:mutation): each pins down a
// behaviour that a deliberately broken copy of the module got away with.

describe('application errors', () => {
  it('when an AppError is made, then it carries status, code, message, field errors, headers, extensions and cause', () => {
    const cause = new Error('driver said no');
    const errors = [{ in: 'body' as const, field: 'name', message: '"name" is required', code: 'any.required' }];
    const err = new AppError(422, 'some_code', 'Something is off', { errors, headers: { 'Retry-After': '5' }, extensions: { limit: 3 }, cause });
    expect(err).toBeInstanceOf(Error);
    expect(err).toMatchObject({ name: 'AppError', status: 422, code: 'some_code', message: 'Something is off', errors, headers: { 'Retry-After': '5' }, extensions: { limit: 3 } });
    expect(err.cause).toBe(cause);
  });

  it('when a 401 is made, then it asks for a bearer token (WWW-Authenticate: Bearer), with a default message and code', () => {
    expect(unauthorized()).toMatchObject({ status: 401, code: 'unauthorized', message: 'Authentication is required', headers: { 'WWW-Authenticate': 'Bearer' } });
    expect(unauthorized('Sign in first', 'no_session')).toMatchObject({ status: 401, code: 'no_session', message: 'Sign in first', headers: { 'WWW-Authenticate': 'Bearer' } });
  });

  it('when the other shorthands are used, then each has its status and keeps the given code and message', () => {
    expect(notFound('thing_not_found', 'No such thing')).toMatchObject({ status: 404, code: 'thing_not_found', message: 'No such thing' });
    expect(forbidden()).toMatchObject({ status: 403, code: 'forbidden', message: 'You are not allowed to do this' });
    expect(forbidden('Not yours', 'not_owner')).toMatchObject({ status: 403, code: 'not_owner', message: 'Not yours' });
    expect(conflict('sku_taken', 'That SKU exists')).toMatchObject({ status: 409, code: 'sku_taken', message: 'That SKU exists' });
    const errors = [{ in: 'query' as const, field: 'limit', message: '"limit" must be a number', code: 'number.base' }];
    expect(badRequest('validation_failed', 'Bad', errors)).toMatchObject({ status: 400, code: 'validation_failed', message: 'Bad', errors });
  });
});

describe('connection failures', () => {
  it.each([
    ['a refused connection', 'ECONNREFUSED'],
    ['a reset connection', 'ECONNRESET'],
    ['a connect timeout', 'ETIMEDOUT'],
    ['a broken pipe', 'EPIPE'],
    ['an unreachable host', 'EHOSTUNREACH'],
    ['an unreachable network', 'ENETUNREACH'],
    ['an unknown host name', 'ENOTFOUND'],
    ['an admin shutdown', '57P01'],
    ['a crash shutdown', '57P02'],
    ['a server that cannot take connections yet', '57P03'],
    ['too many connections', '53300'],
    ["Prisma's can't reach the server", 'P1001'],
    ["Prisma's server timed out", 'P1002'],
    ["Prisma's server closed the connection", 'P1017'],
    ["Prisma's connection pool timeout", 'P2024'],
    ['a connection failure of class 08', '08006'],
    ['a connection that does not exist (class 08)', '08003'],
  ])('when the error code says %s (%s), then the server is unreachable', (_what, code) => {
    expect(classifyConnectionError({ code, message: 'opaque' })).toBe('unreachable');
  });

  it.each(['ConnectionClosed', 'DatabaseNotReachable', 'SocketTimeout', 'TooManyConnections'])(
    'when a driver adapter reports kind %s, then the server is unreachable',
    (kind) => {
      expect(classifyConnectionError({ code: 'P2010', message: 'raw query failed', meta: { driverAdapterError: { kind } } })).toBe('unreachable');
    },
  );

  it('when a code merely ends in 08 (22008 is a datetime overflow), then it is about the query, not the connection', () => {
    expect(classifyConnectionError({ code: '22008', message: 'date/time field value out of range' })).toBeNull();
  });

  it.each([
    'timeout exceeded when trying to connect',
    'Connection terminated unexpectedly',
    'Client has encountered a connection error and is not queryable',
    "Can't reach database server at `db:5432`",
    'Server has closed the connection.',
    'connect ECONNREFUSED 10.0.0.5:5432',
    'read ECONNRESET',
    'terminating connection due to administrator command',
  ])('when only the message says the connection failed (%j), then the server is unreachable', (message) => {
    expect(classifyConnectionError(new Error(message))).toBe('unreachable');
  });

  it('when a wrapper says nothing useful but the error it wraps does, then the wrapped message decides', () => {
    const wrapped = { message: 'Invalid `prisma.product.findMany()` invocation', cause: { message: 'Connection terminated unexpectedly' } };
    expect(classifyConnectionError(wrapped)).toBe('unreachable');
    expect(classifyConnectionError({ message: 'wrapped', cause: { originalMessage: 'Connection terminated' } })).toBe('unreachable');
  });

  it('when the driver code sits in originalCode with an unhelpful message, then it is still found', () => {
    expect(classifyConnectionError({ message: 'wrapped', cause: { originalCode: '57P01', originalMessage: 'bye' } })).toBe('unreachable');
  });

  it('when a replica cancels the query for a recovery conflict, then it is a conflict, told by code or by message alone', () => {
    expect(classifyConnectionError({ code: '40001', message: 'could not serialize access' })).toBe('conflict');
    expect(classifyConnectionError({ code: '40P01', message: 'deadlock detected' })).toBe('conflict');
    expect(classifyConnectionError({ message: 'wrapped', cause: { message: 'canceling statement due to conflict with recovery' } })).toBe('conflict');
  });

  it('when the connection is gone and a conflict is reported too, then unreachable wins', () => {
    expect(classifyConnectionError({ code: '40001', message: 'x', cause: { code: 'ECONNRESET' } })).toBe('unreachable');
  });

  it('when the error is not an object or has no cause, then it is not a connection failure, and nothing throws', () => {
    for (const err of [null, undefined, 'ECONNREFUSED', 42, { code: 'P2025', cause: null, meta: null }]) {
      expect(classifyConnectionError(err)).toBeNull();
    }
  });

  it('when the cause chain loops, then the search still ends and finds what is in the loop', () => {
    const a: Record<string, unknown> = { message: 'outer' };
    const b: Record<string, unknown> = { message: 'inner', code: 'ECONNRESET', cause: a };
    a.cause = b;
    expect(classifyConnectionError(a)).toBe('unreachable');
    const c: Record<string, unknown> = { message: 'alone' };
    c.cause = c;
    expect(classifyConnectionError(c)).toBeNull();
  });

  it('when the code is six wrappers down, then it is found; deeper than that the chain is not followed', () => {
    const buried = (depth: number) => {
      let err: Record<string, unknown> = { code: 'ECONNREFUSED' };
      for (let i = 0; i < depth; i++) err = { message: `wrapper ${i}`, cause: err };
      return err;
    };
    expect(classifyConnectionError(buried(6))).toBe('unreachable');
    expect(classifyConnectionError(buried(7))).toBeNull();
    const buriedInAdapters = (depth: number) => {
      let err: Record<string, unknown> = { kind: 'ConnectionClosed' };
      for (let i = 0; i < depth; i++) err = { message: `wrapper ${i}`, meta: { driverAdapterError: err } };
      return err;
    };
    expect(classifyConnectionError(buriedInAdapters(6))).toBe('unreachable');
    expect(classifyConnectionError(buriedInAdapters(7))).toBeNull();
  });
});

describe('cache entry format', () => {
  it('when keys of each kind are made, then all live under cache: and no two kinds collide', () => {
    const keys = [generationKey(), namespaceVersionKey('gen'), entryKey('gen'), entryKey('gen', 'gen'), entryKey('k', 'other')];
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key.startsWith('cache:')).toBe(true);
    expect(entryKey('k', 'gen').startsWith(namespacePrefix('gen'))).toBe(true);
    expect(entryKey('k', 'other').startsWith(namespacePrefix('gen'))).toBe(false);
    expect(entryKey('k').startsWith(namespacePrefix('gen'))).toBe(false);
    expect(entryKey('a')).not.toBe(entryKey('b'));
    // Not even with a namespace whose name happens to be "undefined".
    expect(entryKey('k')).not.toBe(entryKey('k', 'undefined'));
  });

  it.each(['a', 'products-list', 'v1.2_x', 'x'.repeat(64)])('when the namespace is %j, then it is accepted', (ns) => {
    expect(() => namespacePrefix(ns)).not.toThrow();
    expect(() => namespaceVersionKey(ns)).not.toThrow();
    expect(() => entryKey('k', ns)).not.toThrow();
  });

  it.each(['', 'x'.repeat(65), 'has space', 'a:b', 'ok!', '!ok', 'caf\u00e9'])('when the namespace is %j, then it is refused', (ns) => {
    expect(() => namespacePrefix(ns)).toThrow(TypeError);
    expect(() => namespaceVersionKey(ns)).toThrow(TypeError);
    expect(() => entryKey('k', ns)).toThrow(TypeError);
    expect(() => entryKey('k', ns)).toThrow(`cache namespace must match /^[A-Za-z0-9_.-]{1,64}$/: ${ns}`);
  });

  it('when nothing is stored, then there is no payload and the write token is empty (only an absent value matches)', () => {
    expect(decode(null, 'g', 'v')).toEqual({ token: '', payload: null, freshUntil: 0 });
  });

  it('when an entry is encoded and decoded with the same generation and version, then the payload and freshness come back', () => {
    const payload = 'a|b.c|{"x":1.5}';
    const raw = encode('g1', 'v1', payload, 1_700_000_000_123.9);
    const entry = decode(raw, 'g1', 'v1');
    expect(entry.payload).toBe(payload);
    expect(entry.freshUntil).toBe(1_700_000_000_123);
    // The token is the header the payload follows: what a compare-and-set finds at the start of the value.
    expect(entry.token + payload).toBe(raw);
    expect(entry.token.endsWith('|')).toBe(true);
  });

  it('when there is no namespace version (an un-namespaced entry), then the entry still decodes', () => {
    const raw = encode('0', '', 'p', 5000);
    expect(decode(raw, '0', '')).toMatchObject({ payload: 'p', freshUntil: 5000 });
  });

  it('when the generation or the namespace version moved on, then the payload is gone but the entry can still be replaced', () => {
    const raw = encode('g1', 'v1', 'old', 10_000);
    const header = raw.slice(0, raw.length - 'old'.length);
    expect(decode(raw, 'g2', 'v1')).toEqual({ token: header, payload: null, freshUntil: 0 });
    expect(decode(raw, 'g1', 'v2')).toEqual({ token: header, payload: null, freshUntil: 0 });
  });

  it('when the value is not in the entry format at all, then it is never served but can be replaced', () => {
    for (const foreign of ['plain', 'a|b']) expect(decode(foreign, 'a', 'b')).toEqual({ token: foreign, payload: null, freshUntil: 0 });
  });

  it('when the value is a tombstone, then it has no payload and the whole tombstone is the token', () => {
    const dead = tombstone();
    expect(decode(dead, 'g', 'v')).toEqual({ token: dead, payload: null, freshUntil: 0 });
    expect(tombstone()).not.toBe(dead);
  });

  it('when an entry was written before freshness stamps, then it is fresh for as long as it is kept', () => {
    expect(decode('g|v|nonce|payload', 'g', 'v')).toEqual({ token: 'g|v|nonce|', payload: 'payload', freshUntil: Infinity });
    // A dot in the version field is not a stamp either.
    expect(decode('g|v.2|nonce|payload', 'g', 'v.2').freshUntil).toBe(Infinity);
  });

  it('when the freshness stamp is unreadable, then the entry is already stale rather than fresh forever', () => {
    expect(decode('g|v|nonce.|payload', 'g', 'v')).toMatchObject({ payload: 'payload', freshUntil: 0 });
  });

  it('when tokens are made, then each differs from every other and none holds a field separator', () => {
    const tokens = Array.from({ length: 2000 }, () => uniqueToken());
    expect(new Set(tokens).size).toBe(tokens.length);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
  });
});

describe('single flight', () => {
  function deferred<T>() {
    let resolve!: (value: T) => void;
    let reject!: (err: unknown) => void;
    const promise = new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  }

  it('when callers of one key overlap, then they share one piece of work and its result', async () => {
    const flights = createSingleFlight<string>();
    const gate = deferred<string>();
    const work = vi.fn(() => gate.promise);
    const first = flights.run('k', work);
    const second = flights.run('k', work);
    gate.resolve('v');
    expect(await Promise.all([first, second])).toEqual(['v', 'v']);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('when callers of different keys overlap, then each key has its own work', async () => {
    const flights = createSingleFlight<string>();
    const a = flights.run('a', () => Promise.resolve('A'));
    const b = flights.run('b', () => Promise.resolve('B'));
    expect(await Promise.all([a, b])).toEqual(['A', 'B']);
  });

  it('when a flight has finished, then the next caller starts new work, after a failure too', async () => {
    const flights = createSingleFlight<string>();
    await expect(flights.run('k', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await flights.run('k', () => Promise.resolve('one'))).toBe('one');
    expect(await flights.run('k', () => Promise.resolve('two'))).toBe('two');
  });

  it('when a key is forgotten, then later callers start new work while other keys stay shared', async () => {
    const flights = createSingleFlight<string>();
    const oldK = deferred<string>();
    const oldOther = deferred<string>();
    const k1 = flights.run('k', () => oldK.promise);
    const o1 = flights.run('other', () => oldOther.promise);
    flights.forget((key) => key === 'k');
    const k2 = flights.run('k', () => Promise.resolve('new'));
    const o2 = flights.run('other', () => Promise.resolve('not shared'));
    oldK.resolve('old');
    oldOther.resolve('shared');
    expect(await Promise.all([k1, k2, o1, o2])).toEqual(['old', 'new', 'shared', 'shared']);
  });

  it('when a forgotten flight ends after its replacement started, then the replacement is still the one joined', async () => {
    const flights = createSingleFlight<string>();
    const old = deferred<string>();
    const replacement = deferred<string>();
    const first = flights.run('k', () => old.promise);
    flights.forget(() => true);
    const second = flights.run('k', () => replacement.promise);
    old.resolve('old');
    await first;
    const third = flights.run('k', () => Promise.resolve('a third load'));
    replacement.resolve('new');
    expect(await Promise.all([second, third])).toEqual(['new', 'new']);
  });
});

describe('request validation', () => {
  type Parts = { params?: unknown; query?: unknown; body?: unknown };
  function request(parts: Parts, url = '/things'): Request {
    return { params: {}, query: {}, originalUrl: url, ...parts } as unknown as Request;
  }
  function run(middleware: ReturnType<typeof validate>, req: Request) {
    const res = { locals: {} } as unknown as Response;
    const next = vi.fn() as unknown as NextFunction;
    try {
      middleware(req, res, next);
    } catch (err) {
      return { error: err as AppError, res, next };
    }
    return { error: undefined, res, next };
  }
  const query = Joi.object({ limit: Joi.number().integer().max(100).default(20), q: Joi.string() });

  it('when every part is valid, then the converted values are left for the controller and the request goes on', () => {
    const middleware = validate({
      params: Joi.object({ id: Joi.string().uuid() }),
      query,
      body: Joi.object({ price: Joi.number() }),
    });
    const id = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
    const { error, res, next } = run(middleware, request({ params: { id }, query: { limit: '5' }, body: { price: '9.5' } }));
    expect(error).toBeUndefined();
    expect(next).toHaveBeenCalledOnce();
    expect(inputOf(res, 'params')).toEqual({ id });
    expect(inputOf(res, 'query')).toEqual({ limit: 5 });
    expect(inputOf(res, 'body')).toEqual({ price: 9.5 });
  });

  it('when fields of several parts are wrong, then one 400 lists every one of them, unknown fields by name', () => {
    const middleware = validate({ query, body: Joi.object({ name: Joi.string().required(), price: Joi.number() }) });
    const { error, next } = run(middleware, request({ query: { limit: 'many', extra: '1' }, body: { price: 'cheap' } }));
    expect(next).not.toHaveBeenCalled();
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ status: 400, code: 'validation_failed', message: 'The request has invalid fields' });
    expect(error?.errors).toEqual([
      { in: 'query', field: 'limit', message: '"limit" must be a number', code: 'number.base' },
      { in: 'query', field: 'extra', message: '"extra" is not allowed', code: 'object.unknown' },
      { in: 'body', field: 'name', message: '"name" is required', code: 'any.required' },
      { in: 'body', field: 'price', message: '"price" must be a number', code: 'number.base' },
    ]);
  });

  it('when a schema words unknown fields its own way, then they are still reported as not allowed, like everywhere else', () => {
    const middleware = validate({ body: Joi.object({ name: Joi.string() }).messages({ 'object.unknown': '{{#label}} is unexpected here' }) });
    const { error } = run(middleware, request({ body: { colour: 'red' } }));
    expect(error?.errors).toEqual([{ in: 'body', field: 'colour', message: '"colour" is not allowed', code: 'object.unknown' }]);
  });

  it('when a field has a label or is nested, then the error names it by its path', () => {
    const middleware = validate({ body: Joi.object({ price: Joi.number().label('Price'), dims: Joi.object({ width: Joi.number() }) }) });
    const { error } = run(middleware, request({ body: { price: 'x', dims: { width: 'y' } } }));
    expect(error?.errors).toEqual([
      { in: 'body', field: 'price', message: '"price" must be a number', code: 'number.base' },
      { in: 'body', field: 'dims.width', message: '"dims.width" must be a number', code: 'number.base' },
    ]);
  });

  it('when the complaint is about the part as a whole, then the part is named', () => {
    const middleware = validate({ body: Joi.object({ a: Joi.string(), b: Joi.string() }).or('a', 'b') });
    const { error } = run(middleware, request({ body: {} }));
    expect(error?.errors).toEqual([{ in: 'body', field: 'body', message: '"body" must contain at least one of [a, b]', code: 'object.missing' }]);
  });

  it('when there is no body at all, then it is validated as an empty object', () => {
    const middleware = validate({ body: Joi.object({ note: Joi.string().default('none') }) });
    const { error, res } = run(middleware, request({ body: undefined }));
    expect(error).toBeUndefined();
    expect(inputOf(res, 'body')).toEqual({ note: 'none' });
  });

  it('when only some parts have schemas, then the others are neither checked nor passed on', () => {
    const middleware = validate({ query });
    const { error, res } = run(middleware, request({ query: { limit: '3' }, body: { anything: true }, params: { id: 'x' } }));
    expect(error).toBeUndefined();
    expect(res.locals.input).toEqual({ query: { limit: 3 } });
  });

  it('when queries are not remembered, then the same valid query is validated again each time', () => {
    const schema = Joi.object({ limit: Joi.number() });
    const spy = vi.spyOn(schema, 'validate');
    const middleware = validate({ query: schema });
    for (let i = 0; i < 2; i++) expect(run(middleware, request({ query: { limit: '1' } }, '/p?limit=1')).error).toBeUndefined();
    expect(spy).toHaveBeenCalledTimes(2);
  });

  it('when a remembered query string comes again, then its frozen value is reused without validating, whatever the path', () => {
    const schema = Joi.object({ limit: Joi.number() });
    const spy = vi.spyOn(schema, 'validate');
    const middleware = validate({ query: schema }, { rememberQueries: true });
    const first = run(middleware, request({ query: { limit: '7' } }, '/products?limit=7'));
    const again = run(middleware, request({ query: { limit: '7' } }, '/users/x/products?limit=7'));
    expect(spy).toHaveBeenCalledTimes(1);
    expect(again.next).toHaveBeenCalledOnce();
    expect(inputOf(again.res, 'query')).toEqual({ limit: 7 });
    expect(inputOf(again.res, 'query')).toBe(inputOf(first.res, 'query'));
    expect(Object.isFrozen(inputOf(again.res, 'query'))).toBe(true);
  });

  it('when another query string comes, or none, then it is validated on its own', () => {
    const schema = Joi.object({ limit: Joi.number().default(20) });
    const spy = vi.spyOn(schema, 'validate');
    const middleware = validate({ query: schema }, { rememberQueries: true });
    expect(inputOf(run(middleware, request({ query: { limit: '7' } }, '/p?limit=7')).res, 'query')).toEqual({ limit: 7 });
    expect(inputOf(run(middleware, request({ query: { limit: '8' } }, '/p?limit=8')).res, 'query')).toEqual({ limit: 8 });
    expect(inputOf(run(middleware, request({ query: {} }, '/p')).res, 'query')).toEqual({ limit: 20 });
    expect(inputOf(run(middleware, request({ query: {} }, '/p')).res, 'query')).toEqual({ limit: 20 });
    expect(spy).toHaveBeenCalledTimes(3);
  });

  it('when paths without a query string come, then they share the one remembered empty query', () => {
    const schema = Joi.object({ limit: Joi.number().default(20) });
    const spy = vi.spyOn(schema, 'validate');
    const middleware = validate({ query: schema }, { rememberQueries: true });
    expect(inputOf(run(middleware, request({ query: {} }, '/a')).res, 'query')).toEqual({ limit: 20 });
    expect(inputOf(run(middleware, request({ query: {} }, '/b')).res, 'query')).toEqual({ limit: 20 });
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it('when a remembered query string comes with other path parameters or body, then those are still validated from the request', () => {
    const middleware = validate(
      { params: Joi.object({ id: Joi.number() }), query: Joi.object({ limit: Joi.number() }), body: Joi.object({ n: Joi.number() }) },
      { rememberQueries: true },
    );
    run(middleware, request({ params: { id: '1' }, query: { limit: '5' }, body: { n: '1' } }, '/things/1?limit=5'));
    const second = run(middleware, request({ params: { id: '2' }, query: { limit: '5' }, body: { n: '2' } }, '/things/2?limit=5'));
    expect(second.res.locals.input).toEqual({ params: { id: 2 }, query: { limit: 5 }, body: { n: 2 } });
    const invalid = run(middleware, request({ params: { id: 'x' }, query: { limit: '5' }, body: { n: 'y' } }, '/things/x?limit=5'));
    expect(invalid.error?.errors?.map((e) => `${e.in}.${e.field}`)).toEqual(['params.id', 'body.n']);
  });

  it('when an invalid query string comes again, then it is refused again (invalid queries are never remembered)', () => {
    const middleware = validate({ query: Joi.object({ limit: Joi.number() }) }, { rememberQueries: true });
    for (let i = 0; i < 3; i++) {
      const { error, next } = run(middleware, request({ query: { limit: 'x' } }, '/p?limit=x'));
      expect(error?.code).toBe('validation_failed');
      expect(next).not.toHaveBeenCalled();
    }
  });

  it('when a few other queries come in between, then a remembered one is still remembered', () => {
    const schema = Joi.object({ n: Joi.number() });
    const spy = vi.spyOn(schema, 'validate');
    const middleware = validate({ query: schema }, { rememberQueries: true });
    for (const n of [0, 1, 2, 0]) run(middleware, request({ query: { n: String(n) } }, `/p?n=${n}`));
    expect(spy).toHaveBeenCalledTimes(3);
  });

  it('when 1,000 other query strings have been remembered since, then the first is forgotten (the memory is bounded)', () => {
    const schema = Joi.object({ n: Joi.number() });
    const spy = vi.spyOn(schema, 'validate');
    const middleware = validate({ query: schema }, { rememberQueries: true });
    for (let n = 0; n <= 1000; n++) run(middleware, request({ query: { n: String(n) } }, `/p?n=${n}`));
    expect(spy).toHaveBeenCalledTimes(1001);
    run(middleware, request({ query: { n: '0' } }, '/p?n=0'));
    expect(spy).toHaveBeenCalledTimes(1002);
  });
});
