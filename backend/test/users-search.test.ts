import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Prisma as Sql } from '../src/generated/prisma/client.js';
import { encodeCursor } from '../src/modules/auth/cursor.js';
import { USER_SORTS, userSortSpec, type UserSort } from '../src/modules/auth/user-sort.js';
import { listUsersSql } from '../src/modules/auth/users.query.js';
import { createTestApp, type TestApp } from './support/app.js';
import { createAdmin, expectProblem, registerUser, type Session } from './auth-support.js';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  admin = await createAdmin(t);
});
afterAll(() => t.close());

interface Listed {
  id: string;
  name: string;
  email: string;
  createdAt: string;
}

const list = (query: Record<string, string | number>, token = admin.accessToken) =>
  request(t.app).get('/api/v1/users').query(query).set('Authorization', `Bearer ${token}`);

const uniqueWord = () => `w${randomUUID().slice(0, 8)}`;

/**
 * 14 users whose names and emails hold `word`, with ties on every sort key (three share a name,
 * three a creation time), so only the id orders them; names and emails in mixed case.
 */
async function arrange(word: string) {
  const sameTime = new Date(Date.now() - 60_000);
  const rows = Array.from({ length: 14 }, (_, i) => ({
    id: randomUUID(),
    name: i % 5 === 0 ? `Same ${word}` : `${String.fromCharCode(65 + ((i * 7) % 26))}${i} ${word.toUpperCase()}`,
    email: `${String.fromCharCode(97 + ((i * 11) % 26))}${i}.${word}@Example.com`,
    passwordHash: 'not-a-hash',
    createdAt: i % 4 === 0 ? sameTime : new Date(sameTime.getTime() - i * 1_000),
  }));
  await t.owner.prisma.user.createMany({ data: rows });
  return rows;
}

/** The order the API promises, as the test database (collation C) compares; emails ignoring case (citext). */
function compareBy(sort: UserSort) {
  const { key, descending } = userSortSpec(sort);
  const sign = descending ? -1 : 1;
  const value = (u: Listed) => (key === 'email' ? u.email.toLowerCase() : u[key]);
  return (a: Listed, b: Listed) => {
    const [va, vb] = [value(a), value(b)];
    if (va !== vb) return (va < vb ? -1 : 1) * sign;
    return (a.id < b.id ? -1 : 1) * sign;
  };
}

async function walk(query: Record<string, string | number>, between: () => Promise<unknown> = async () => {}) {
  const seen: Listed[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const res = await list(cursor ? { ...query, cursor } : query);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.data.length).toBeLessThanOrEqual(Number(query.limit));
    seen.push(...res.body.data);
    cursor = res.body.nextCursor;
    await between();
    expect(++pages).toBeLessThan(20);
  } while (cursor);
  return { seen, pages };
}

describe.each(USER_SORTS)('GET /users?sort=%s', (sort) => {
  it('when every page is followed while users sign up, then each matching user appears exactly once, in that order', async () => {
    const word = uniqueWord();
    const rows = await arrange(word);
    let n = 0;
    const signUp = () => registerUser(t.app, { name: `Late ${n++} ${word}`, email: `late-${randomUUID()}@example.com` });

    const { seen, pages } = await walk({ q: word, sort, limit: 3 }, signUp);

    expect(pages).toBeGreaterThanOrEqual(5);
    const ids = seen.map((u) => u.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const row of rows) expect(ids.filter((id) => id === row.id)).toHaveLength(1);
    expect(seen).toEqual([...seen].sort(compareBy(sort)));
  });

  it('when the page’s cursor is sent back under another sort, then 400 invalid_cursor names the sort it belongs to', async () => {
    const word = uniqueWord();
    await arrange(word);
    const first = await list({ q: word, sort, limit: 2 });
    expect(first.body.nextCursor).toEqual(expect.any(String));
    for (const other of USER_SORTS.filter((s) => s !== sort)) {
      const refused = await list({ q: word, sort: other, limit: 2, cursor: first.body.nextCursor });
      expectProblem(refused, 400, 'invalid_cursor');
      expect(refused.body.errors).toEqual([expect.objectContaining({ in: 'query', field: 'cursor', message: `"cursor" belongs to sort=${sort}, not sort=${other}` })]);
    }
  });
});

describe('GET /users?q=', () => {
  it('when q is part of a name or an email in another case, with spaces around, then exactly those users are listed', async () => {
    const word = uniqueWord();
    const byName = await registerUser(t.app, { name: `Grace ${word.toUpperCase()} Hopper` });
    const byEmail = await registerUser(t.app, { email: `hopper.${word}@example.com` });
    await registerUser(t.app, { name: `Grace ${word.slice(0, -1)}` }); // one letter short: no match

    const res = await list({ q: `  ${word.toUpperCase()} ` });
    expect(res.status).toBe(200);
    expect(res.body.data.map((u: Listed) => u.id).sort()).toEqual([byName.userId, byEmail.userId].sort());
    expect(res.body.nextCursor).toBeNull();
    // A part of the email's domain or the middle of a name is "contains" as well.
    expect((await list({ q: `${word} hop` })).body.data.map((u: Listed) => u.id)).toEqual([byName.userId]);
  });

  it('when q holds % or _, then they are plain characters, not wildcards', async () => {
    const word = uniqueWord();
    const literal = await registerUser(t.app, { name: `50%_off ${word}` });
    await registerUser(t.app, { name: `50 and off ${word}` });
    const res = await list({ q: `50%_off ${word}` });
    expect(res.body.data.map((u: Listed) => u.id)).toEqual([literal.userId]);
    expect((await list({ q: `%${word.slice(2)}` })).body.data).toEqual([]);
  });

  it('when q is blank, then it is no filter; when it is over 100 characters or holds a control character, then 400 naming q', async () => {
    const all = await list({ limit: 100 });
    expect((await list({ q: '   ', limit: 100 })).body.data).toEqual(all.body.data);
    for (const q of ['x'.repeat(101), 'tab\there']) {
      const res = await list({ q });
      expectProblem(res, 400, 'validation_failed');
      expect(res.body.errors[0]).toMatchObject({ in: 'query', field: 'q' });
    }
  });
});

describe('GET /users?ids=', () => {
  it('when ids name users (in any case, one twice) and one no user has, then the page holds exactly those users, once each', async () => {
    const [a, b] = [await registerUser(t.app), await registerUser(t.app)];
    await registerUser(t.app);
    const gone = randomUUID();
    const res = await list({ ids: [a.userId.toUpperCase(), gone, b.userId, a.userId].join(','), limit: 100 });
    expect(res.status).toBe(200);
    expect(res.body.data.map((u: Listed) => u.id).sort()).toEqual([a.userId, b.userId].sort());
    expect(res.body.nextCursor).toBeNull();
  });

  it('when ids is combined with q, sort and a small limit, then both filters apply and the pages still follow the sort', async () => {
    const word = uniqueWord();
    const rows = await arrange(word);
    const chosen = rows.filter((_, i) => i % 2 === 0);
    const outsider = await registerUser(t.app);
    const { seen } = await walk({ ids: [...chosen.map((r) => r.id), outsider.userId].join(','), q: word, sort: 'name', limit: 2 });
    expect(seen.map((u) => u.id).sort()).toEqual(chosen.map((r) => r.id).sort());
    expect(seen).toEqual([...seen].sort(compareBy('name')));
  });

  it('when ids holds 100 users, then all come back; 101 ids, an id that is not a uuid, an empty entry or an empty list, then 400 naming ids', async () => {
    const hundred = Array.from({ length: 99 }, () => randomUUID());
    const ok = await list({ ids: [...hundred, admin.userId].join(','), limit: 100 });
    expect(ok.status).toBe(200);
    expect(ok.body.data.map((u: Listed) => u.id)).toEqual([admin.userId]);

    for (const ids of [[...hundred, randomUUID(), randomUUID()].join(','), `${admin.userId},nope`, `${admin.userId},`, '']) {
      const res = await list({ ids });
      expectProblem(res, 400, 'validation_failed');
      expect(res.body.errors[0]).toMatchObject({ in: 'query', field: 'ids' });
    }
  });
});

describe('who may search', () => {
  it('when a USER asks with q, ids or sort, then 403 and no user is listed; anonymous, then 401', async () => {
    const user = await registerUser(t.app);
    for (const query of [{ q: 'a' }, { ids: admin.userId }, { sort: 'email' }] as Record<string, string>[]) {
      const res = await list(query, user.accessToken);
      expectProblem(res, 403, 'forbidden');
      expect(res.body.data).toBeUndefined();
    }
    expectProblem(await request(t.app).get('/api/v1/users').query({ ids: admin.userId }), 401, 'unauthorized');
  });

  it('when a sort is not one of the six, then 400 naming sort', async () => {
    const res = await list({ sort: 'role' });
    expectProblem(res, 400, 'validation_failed');
    expect(res.body.errors[0]).toMatchObject({ in: 'query', field: 'sort' });
  });
});

describe('the queries behind the list', () => {
  // With the other ways priced out, the plan shows whether the index can answer the query at all
  // (on a table this small the planner would rightly rather read it whole), so these fail if the
  // query's expressions stop matching the migration's indexes.
  async function plan(sql: Sql.Sql, off: string[]): Promise<string> {
    return t.owner.prisma.$transaction(async (tx) => {
      for (const setting of off) await tx.$executeRawUnsafe(`SET LOCAL ${setting} = off`);
      const rows = await tx.$queryRaw<{ 'QUERY PLAN': string }[]>(Sql.sql`EXPLAIN ${sql}`);
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    });
  }

  it('when searched, then the trigram indexes on lower(name) and lower(email) answer the search', async () => {
    const text = await plan(listUsersSql({ q: 'hopper' }, userSortSpec('-createdAt'), null, 21), ['enable_seqscan', 'enable_indexscan']);
    expect(text).toContain('User_name_trgm_idx');
    expect(text).toContain('User_email_trgm_idx');
  });

  it.each(USER_SORTS)('when a later page is asked under sort=%s, then it starts with a range scan of the sort’s (key, id) index', async (sort) => {
    const { key } = userSortSpec(sort);
    const value = key === 'createdAt' ? new Date().toISOString() : 'm';
    const text = await plan(listUsersSql({}, userSortSpec(sort), { sort, value, id: randomUUID() }, 21), ['enable_seqscan']);
    expect(text).toMatch(new RegExp(`"User_${key}_id_idx"[^\\n]*\\n\\s+Index Cond: \\(ROW\\(`));
  });

  it('when a cursor is hand-made with a value of the right shape, then it is only a position: the page is the users after it', async () => {
    const word = uniqueWord();
    const rows = await arrange(word);
    const after = [...rows].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1))[5]!;
    const res = await list({ q: word, sort: 'name', limit: 100, cursor: encodeCursor({ sort: 'name', value: after.name, id: after.id }) });
    expect(res.status).toBe(200);
    expect(res.body.data).toHaveLength(rows.length - 6);
  });
});
