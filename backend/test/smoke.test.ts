import { Redis } from 'ioredis';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './support/database.js';
import { injectRedisUrl, uniqueRedisPrefix } from './support/redis.js';

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('the test infrastructure (global-setup)', () => {
  const databases: TestDatabase[] = [];
  afterAll(async () => {
    for (const db of databases) await db.drop();
  });

  it('when a test file asks for a database, then it gets a migrated one of its own', async () => {
    const first = await createTestDatabase();
    const second = await createTestDatabase();
    databases.push(first, second);

    const tables = await query<{ table_name: string }>(
      first.url,
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
    );
    expect(tables.map((t) => t.table_name)).toContain('User');

    await query(first.ownerUrl, 'CREATE TABLE only_in_first (id int)');
    const inSecond = await query(second.ownerUrl, "SELECT 1 FROM information_schema.tables WHERE table_name = 'only_in_first'");
    expect(inSecond).toHaveLength(0);
  });

  it('when a dropped database is dropped again, then nothing fails', async () => {
    const db = await createTestDatabase();
    await db.drop();
    await db.drop();
  });

  it('when a test file asks for Redis, then the shared server answers and prefixes keep files apart', async () => {
    const prefixA = uniqueRedisPrefix();
    const prefixB = uniqueRedisPrefix();
    expect(prefixA).not.toBe(prefixB);
    const a = new Redis(injectRedisUrl(), { keyPrefix: prefixA });
    const b = new Redis(injectRedisUrl(), { keyPrefix: prefixB });
    try {
      expect(await a.ping()).toBe('PONG');
      await a.set('key', 'a', 'EX', 60);
      expect(await b.get('key')).toBeNull();
      expect(await a.get('key')).toBe('a');
    } finally {
      a.disconnect();
      b.disconnect();
    }
  });
});
