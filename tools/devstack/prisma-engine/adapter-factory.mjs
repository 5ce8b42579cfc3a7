// The driver-adapter factory the WebAssembly engine talks to PostgreSQL through:
// @prisma/adapter-pg over `pg`, with three differences from its defaults, each to behave like the
// native engine:
//  - connections are never closed for idleness: the engine takes a session-level advisory lock
//    (pg_advisory_lock) and expects it to hold for the whole run, as on the native engine's single
//    connection. The engine runs one query at a time; the pool keeps a second connection only so
//    that a transaction can never wait for the other one.
//  - migration scripts run as one simple-protocol query, like the native engine's `raw_cmd`:
//    adapter-pg's executeScript splits the script on every ";", which breaks `DO $$ ... $$`
//    blocks, functions and string literals containing ";".
//  - the shadow database: the configured `shadowDatabaseUrl` if any, otherwise a throw-away
//    database on the same server, dropped WITH (FORCE) when the engine lets go of it.
import { randomUUID } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { describeUrl, quoteIdentifier, withClient } from './connection.mjs';
import { log } from './log.mjs';

async function connectAdapter(target, database = target.database, onScriptFailure = () => {}) {
  const pool = new pg.Pool({ ...target.poolConfig(database), max: 2, idleTimeoutMillis: 0 });
  const adapter = await new PrismaPg(pool, { schema: target.schema, disposeExternalPool: true }).connect();
  adapter.executeScript = async (script) => {
    try {
      await pool.query(script);
    } catch (error) {
      onScriptFailure({ script, error });
      adapter.onError(error); // adapter-pg's own mapping to a DriverAdapterError (throws)
    }
  };
  return adapter;
}

/** Runs `cleanup` once the engine has disposed of (closed) `adapter`. */
function thenOnDispose(adapter, cleanup) {
  const dispose = adapter.dispose.bind(adapter);
  adapter.dispose = async () => {
    await dispose();
    await cleanup();
  };
  return adapter;
}

/** Empties the schema of a configured shadow database (only that schema: no multiSchema support). */
async function resetSchema(target) {
  const schema = quoteIdentifier(target.schema);
  await withClient(target, (client) => client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema};`));
}

/**
 * @param {{url?: string, shadowDatabaseUrl?: string}} datasource as given by the CLI
 * @returns the bound factory for `SchemaEngine.new`, and `dropLeftovers()` for shutdown
 */
export function createAdapterFactory(datasource) {
  if (!datasource?.url) {
    throw new Error(
      'No datasource URL: set DATABASE_URL (read by prisma.config.ts). This offline schema engine ' +
        'runs every command, even a diff between files, through a live PostgreSQL connection.',
    );
  }
  const main = describeUrl(datasource.url);
  const shadow = datasource.shadowDatabaseUrl ? describeUrl(datasource.shadowDatabaseUrl) : null;
  const throwAwayDatabases = new Set();
  // The engine reports a failed migration script as "external connector error" and loses the
  // database's own error; the last failure is kept ({script, error, shadow}) to report it properly.
  let lastScriptFailure = null;
  const recordFailure = (shadowDb) => (failure) => {
    lastScriptFailure = { ...failure, shadow: shadowDb };
  };

  async function dropThrowAway(name) {
    await withClient(main, async (client) => {
      try {
        await client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`);
      } catch (error) {
        if (error?.code !== '42601') throw error; // FORCE is PostgreSQL 13+; older servers: plain drop
        await client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)}`);
      }
    });
    throwAwayDatabases.delete(name);
    log('DEBUG', `Dropped the throw-away shadow database ${name}`);
  }

  async function connectToThrowAwayShadowDb() {
    const name = `prisma_migrate_shadow_db_${randomUUID()}`;
    await withClient(main, (client) => client.query(`CREATE DATABASE ${quoteIdentifier(name)}`));
    throwAwayDatabases.add(name);
    log('DEBUG', `Created the throw-away shadow database ${name}`);
    return thenOnDispose(await connectAdapter(main, name, recordFailure(true)), () => dropThrowAway(name));
  }

  const factory = {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    connect: () => connectAdapter(main, main.database, recordFailure(false)),
    async connectToShadowDb() {
      if (!shadow) return connectToThrowAwayShadowDb();
      if (shadow.location === main.location && shadow.database === main.database) {
        throw new Error('The shadow database you configured is the same as the main database. Please specify another shadow database.');
      }
      // The wasm engine replays the migrations into it as it is; the native engine empties it
      // before and after, and so does this.
      await resetSchema(shadow);
      return thenOnDispose(await connectAdapter(shadow, shadow.database, recordFailure(true)), () => resetSchema(shadow));
    },
  };

  return {
    factory: bindMigrationAwareSqlAdapterFactory(factory),
    /** The last migration script that failed ({script, error, shadow}), once. */
    takeScriptFailure() {
      const failure = lastScriptFailure;
      lastScriptFailure = null;
      return failure;
    },
    /** Drops throw-away shadow databases the engine did not dispose of (e.g. after a panic). */
    async dropLeftovers() {
      for (const name of [...throwAwayDatabases]) {
        await dropThrowAway(name).catch((error) => log('WARN', `Could not drop the shadow database ${name}: ${error.message}`));
      }
    },
  };
}
