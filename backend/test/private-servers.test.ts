import { Redis } from 'ioredis';
import { withPgClient } from '@shelfwise/devstack';
import type pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { startPrivatePostgres, startPrivateRedis } from './support/private-servers.js';

// Servers a test started; stopped after it even when it fails, so none outlives the run.
const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
});

function sql<T extends pg.QueryResultRow>(url: string, text: string): Promise<T[]> {
  return withPgClient(url, async (client) => (await client.query<T>(text)).rows, { connectionTimeoutMillis: 3_000 });
}

describe('private servers (support/private-servers)', () => {
  it('when a private PostgreSQL is stopped and started again, then it is back on the same URL with its data', async () => {
    const server = await startPrivatePostgres();
    cleanups.push(() => server.destroy());
    await sql(server.url, 'CREATE TABLE kept (v int); INSERT INTO kept VALUES (1)');

    await server.stop();
    await expect(sql(server.url, 'SELECT 1')).rejects.toThrow();
    await server.start();
    expect(await sql(server.url, 'SELECT v FROM kept')).toEqual([{ v: 1 }]);
  });

  it('when a private Redis is stopped and started again, then a client reconnects on the same URL', async () => {
    const server = await startPrivateRedis();
    cleanups.push(() => server.destroy());
    const client = new Redis(server.url, { maxRetriesPerRequest: 0, retryStrategy: () => 50 });
    client.on('error', () => {});
    cleanups.push(() => Promise.resolve(client.disconnect()));
    expect(await client.ping()).toBe('PONG');

    await server.stop();
    await expect(client.ping()).rejects.toThrow();
    await server.start();
    await expect.poll(() => client.ping().catch(() => 'down'), { timeout: 5_000 }).toBe('PONG');
  });
});
