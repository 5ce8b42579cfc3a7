import pg from 'pg';

/** One short-lived connection (admin work: create, clone, drop, inspect), always closed afterwards. */
export async function withPgClient<T>(
  url: string,
  use: (client: pg.Client) => Promise<T>,
  options: { connectionTimeoutMillis?: number } = {},
): Promise<T> {
  const client = new pg.Client({ connectionString: url, ...options });
  // A server that goes away mid-use surfaces as the failed query; without a listener it would crash the process.
  client.on('error', () => {});
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/** The same server URL, naming another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}
