import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { asAppLogin, withDatabase, withPgClient } from '@shelfwise/devstack';

export interface TestDatabase {
  /** As the API connects: the login role shelfwise_api, which row-level security binds. */
  url: string;
  /** As the tables' owner (migrations, seeding rows the way a script would). */
  ownerUrl: string;
  drop(): Promise<void>;
}

/**
 * A database of its own for a test file: a copy of the template that global-setup migrated once.
 * Cloning is a file copy on the server, a few tens of ms, so isolation costs almost nothing.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = inject('postgresAdminUrl');
  const template = inject('postgresTemplateDatabase');
  // The run id lets global teardown find clones a crashed file left on a shared server.
  const name = `shelfwise_t_${inject('testRunId')}_${randomBytes(6).toString('hex')}`;
  await withPgClient(adminUrl, (client) =>
    client.query(`CREATE DATABASE ${client.escapeIdentifier(name)} TEMPLATE ${client.escapeIdentifier(template)}`),
  );
  const ownerUrl = withDatabase(adminUrl, name);
  return {
    url: asAppLogin(ownerUrl),
    ownerUrl,
    async drop() {
      // FORCE: a pool the test forgot to close must not keep the database alive.
      await withPgClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`));
    },
  };
}
