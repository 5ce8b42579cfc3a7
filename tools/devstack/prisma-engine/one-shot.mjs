// The `cli <command>` mode: short database-level tasks the Prisma CLI runs before starting the
// JSON-RPC engine (e.g. `migrate deploy` creates a missing database this way). They are plain
// `pg` work; the WebAssembly engine cannot do them (it needs a connection to the database first).
import { describeUrl, quoteIdentifier, toUserFacing, withClient, withMaintenanceClient } from './connection.mjs';

const commands = {
  async 'can-connect-to-database'(target) {
    await withClient(target, (client) => client.query('SELECT 1'));
  },
  async 'create-database'(target) {
    try {
      await withMaintenanceClient(target, (client) => client.query(`CREATE DATABASE ${quoteIdentifier(target.database)}`));
    } catch (error) {
      // The CLI asks after finding the database missing. If another process created it meanwhile
      // (two instances deploying at once), the goal is met: the migrations then wait on the
      // engine's advisory lock. 42P04: it exists; 23505: both CREATEs raced on pg_database.
      if (error?.code !== '42P04' && error?.code !== '23505') throw error;
    }
  },
  async 'drop-database'(target) {
    await withMaintenanceClient(target, (client) => client.query(`DROP DATABASE ${quoteIdentifier(target.database)}`));
  },
};

/** Runs one `cli` command; resolves to the process exit code. */
export async function runOneShot(command, datasource) {
  const run = commands[command];
  if (!run) throw new Error(`Unknown cli command: ${command}`);
  if (!datasource?.url) throw new Error('No datasource URL was given (--datasource \'{"url": ...}\').');
  const target = describeUrl(datasource.url);
  try {
    await run(target);
    return 0;
  } catch (error) {
    throw toUserFacing(error, target);
  }
}
