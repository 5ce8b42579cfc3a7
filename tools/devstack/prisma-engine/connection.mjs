// Turns a Prisma PostgreSQL URL into `pg` settings, and `pg` failures into Prisma's error codes.
import pg from 'pg';

// Prisma-only URL parameters: `pg` would pass unknown ones on to the server as settings and fail.
const PRISMA_ONLY_PARAMS = [
  'schema', 'connection_limit', 'pool_timeout', 'pgbouncer', 'statement_cache_size',
  'socket_timeout', 'sslaccept', 'connect_timeout', 'max_connection_lifetime', 'max_idle_connection_lifetime',
];

// Catalog column types that @prisma/adapter-pg cannot map but the engine's introspection queries
// read (pg_class.relkind is "char", some aggregates are "char"[] and name[]). Presented to the
// adapter as text / text[], which is what the engine expects to deserialize anyway.
const CATALOG_TYPE_STAND_INS = new Map([
  [18, 25], // "char"   -> text
  [1002, 1009], // "char"[] -> text[]
  [1003, 1009], // name[]   -> text[]
]);

/**
 * A pg.Client that rewrites those type ids in each RowDescription before the result is parsed.
 * `_handleRowDescription` is pg's internal hook (pg is pinned); it is the one place that sees the
 * column types before both the value parsers and the adapter do.
 */
class CatalogFriendlyClient extends pg.Client {
  _handleRowDescription(msg) {
    for (const field of msg.fields) {
      const standIn = CATALOG_TYPE_STAND_INS.get(field.dataTypeID);
      if (standIn !== undefined) field.dataTypeID = standIn;
    }
    return super._handleRowDescription(msg);
  }
}

/**
 * Everything the stand-in needs to know about one database URL.
 * `schema` becomes the connection's search_path (as the native engine does) and the adapter's
 * schema name, which the engine uses for introspection and for the `_prisma_migrations` table.
 */
export function describeUrl(urlString) {
  let url;
  try {
    url = new URL(urlString);
  } catch {
    throw userFacing('P1013', 'The provided database string is invalid. The URL could not be parsed.');
  }
  if (url.protocol !== 'postgresql:' && url.protocol !== 'postgres:') {
    throw userFacing('P1013', `The provided database string is invalid. This offline schema engine only supports postgresql:// URLs, not ${url.protocol}//.`);
  }
  const schema = url.searchParams.get('schema') || 'public';
  const connectTimeoutSeconds = Number(url.searchParams.get('connect_timeout') ?? 5);
  for (const name of PRISMA_ONLY_PARAMS) url.searchParams.delete(name);
  const database = decodeURIComponent(url.pathname.replace(/^\//, '')) || 'postgres';
  url.pathname = `/${encodeURIComponent(database)}`;
  const host = url.searchParams.get('host') || url.hostname || 'localhost';
  const port = url.port || '5432';
  return {
    database,
    schema,
    user: decodeURIComponent(url.username),
    location: `${host}:${port}`,
    /** Pool settings for this URL, optionally for another database on the same server. */
    poolConfig(otherDatabase = database) {
      const target = new URL(url);
      target.pathname = `/${encodeURIComponent(otherDatabase)}`;
      return {
        connectionString: target.toString(),
        options: `-c search_path=${quoteIdentifier(schema)}`,
        connectionTimeoutMillis: (connectTimeoutSeconds || 5) * 1000,
        Client: CatalogFriendlyClient,
      };
    },
  };
}

export function quoteIdentifier(name) {
  return `"${String(name).replaceAll('"', '""')}"`;
}

/** An error carrying one of Prisma's user-facing codes (P1001, ...). */
export function userFacing(code, message) {
  return Object.assign(new Error(message), { prismaCode: code });
}

/** Maps a pg / network failure to Prisma's user-facing error for the same situation. */
export function toUserFacing(error, target) {
  if (error?.prismaCode) return error;
  const where = `\`${target.location}\``;
  switch (error?.code) {
    case '3D000':
      return userFacing('P1003', `Database \`${target.database}\` does not exist on the database server at ${where}.`);
    case '28P01':
      return userFacing('P1000', `Authentication failed against database server at ${where}, the provided database credentials for \`${target.user}\` are not valid.\n\nPlease make sure to provide valid database credentials for the database server at ${where}.`);
    case '28000':
    case '42501':
      return userFacing('P1010', `User \`${target.user}\` was denied access on the database \`${target.database}\`: ${error.message}`);
    case '42P04':
      return userFacing('P1009', `Database \`${target.database}\` already exists on the database server at ${where}`);
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'EAI_AGAIN':
    case 'ETIMEDOUT':
    case 'ENOENT': // a unix socket path that does not exist
      return userFacing('P1001', `Can't reach database server at ${where}\n\nPlease make sure your database server is running at ${where}.`);
    default:
      if (/timeout/i.test(error?.message ?? '')) {
        return userFacing('P1001', `Can't reach database server at ${where}\n\nPlease make sure your database server is running at ${where}.`);
      }
      if (/ssl|tls|certificate/i.test(error?.message ?? '')) {
        return userFacing('P1011', `Error opening a TLS connection: ${error.message}`);
      }
      return error instanceof Error ? error : new Error(String(error));
  }
}

/** Runs `work(client)` on a single short-lived connection to `database` (default: the URL's). */
export async function withClient(target, work, database = target.database) {
  const client = new CatalogFriendlyClient(target.poolConfig(database));
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => {});
    throw toUserFacing(error, { ...target, database });
  }
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Runs `work(client)` connected to a maintenance database of the server (`postgres`, else
 * `template1`), for creating and dropping databases, as the native engine does.
 */
export async function withMaintenanceClient(target, work) {
  try {
    return await withClient(target, work, 'postgres');
  } catch (error) {
    if (error?.prismaCode !== 'P1003') throw error;
    return withClient(target, work, 'template1');
  }
}
