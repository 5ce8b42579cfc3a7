// The storage contract (src/lib/storage), run against both drivers: postgres on a real PostgreSQL
// (the StoredObject table, as the API's role), s3 on a real S3-compatible server (s3rver).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type Database } from '../src/lib/db.js';
import { postgresStorage, s3Storage, type Storage } from '../src/lib/storage/index.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';
import { startTestS3, type TestS3 } from './storage-support.js';

let database: TestDatabase;
let db: Database;
let s3: TestS3;
const drivers: Record<string, Storage> = {};

beforeAll(async () => {
  database = await createTestDatabase();
  db = createDatabase({ url: database.url, poolSize: 2, poolTimeoutMs: 5_000, statementTimeoutMs: 10_000 });
  s3 = await startTestS3();
  drivers.postgres = postgresStorage(db.prisma);
  drivers.s3 = s3Storage(s3.options);
});
afterAll(async () => {
  await Promise.all(Object.values(drivers).map((d) => d.close()));
  await s3?.close();
  await db?.close();
  await database?.drop();
});

const bytes = (text: string) => Buffer.from(text, 'utf8');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(['postgres', 's3'])('the %s storage driver', (name) => {
  const storage = () => drivers[name]!;
  // Each test its own prefix: the drivers' objects live as long as the file.
  const prefix = () => `t/${randomUUID()}/`;

  it('when an object is put, then get returns its bytes and content type', async () => {
    const key = `${prefix()}a.webp`;
    const body = Buffer.from([0, 1, 2, 250, 255, 0, 128]);
    await storage().put(key, body, 'image/webp');
    const got = await storage().get(key);
    expect(got).not.toBeNull();
    expect(Buffer.compare(got!.body, body)).toBe(0);
    expect(got!.contentType).toBe('image/webp');
  });

  it('when a key was never put, then get returns null', async () => {
    expect(await storage().get(`${prefix()}missing.webp`)).toBeNull();
  });

  it('when a key is put again, then get returns the new bytes and the listing shows it written anew', async () => {
    const p = prefix();
    await storage().put(`${p}k`, bytes('first'), 'text/plain');
    const [before] = await storage().list(p, { limit: 10 });
    // s3rver (like S3) keeps LastModified to the second.
    await sleep(1_100);
    await storage().put(`${p}k`, bytes('second'), 'text/plain');
    const [after] = await storage().list(p, { limit: 10 });
    expect((await storage().get(`${p}k`))!.body.toString()).toBe('second');
    expect(after!.writtenAt.getTime()).toBeGreaterThan(before!.writtenAt.getTime());
  });

  it('when keys are deleted, then they are gone, the others remain, and keys that never existed are no error', async () => {
    const p = prefix();
    await Promise.all(['a', 'b', 'c'].map((k) => storage().put(`${p}${k}`, bytes(k), 'text/plain')));
    await storage().delete([`${p}a`, `${p}c`, `${p}never`]);
    expect(await storage().get(`${p}a`)).toBeNull();
    expect(await storage().get(`${p}c`)).toBeNull();
    expect((await storage().get(`${p}b`))!.body.toString()).toBe('b');
    await storage().delete([]);
  });

  it('when a delete says writtenBefore, then an object written since is kept and an older one goes', async () => {
    const p = prefix();
    await storage().put(`${p}old`, bytes('old'), 'text/plain');
    await sleep(1_100);
    const cutoff = new Date();
    await sleep(1_100);
    await storage().put(`${p}fresh`, bytes('fresh'), 'text/plain');
    await storage().delete([`${p}old`, `${p}fresh`], { writtenBefore: cutoff });
    expect(await storage().get(`${p}old`)).toBeNull();
    expect((await storage().get(`${p}fresh`))!.body.toString()).toBe('fresh');
  });

  it('when a prefix is listed, then its keys come in key order, page by page after the last one, and no other prefix\'s', async () => {
    const p = prefix();
    const keys = ['e', 'a', 'd', 'b', 'c'].map((k) => `${p}${k}.webp`);
    await Promise.all(keys.map((k) => storage().put(k, bytes(k), 'image/webp')));
    await storage().put(`${prefix()}a.webp`, bytes('elsewhere'), 'image/webp');

    const first = await storage().list(p, { limit: 2 });
    const second = await storage().list(p, { limit: 2, after: first.at(-1)!.key });
    const third = await storage().list(p, { limit: 2, after: second.at(-1)!.key });
    expect([...first, ...second, ...third].map((k) => k.key)).toEqual([...keys].sort());
    expect(third).toHaveLength(1);
    for (const k of first) expect(Math.abs(k.writtenAt.getTime() - Date.now())).toBeLessThan(60_000);
  });
});
