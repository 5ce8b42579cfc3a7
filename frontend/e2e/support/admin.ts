import { withPgClient } from '@shelfwise/devstack';
import { OWNER_DATABASE_URL_VARIABLE } from './settings.js';

/**
 * Makes the user with `email` a platform administrator, as `npm run user:create-admin` would: no
 * API grants that role. Done before they sign in, so their token carries it.
 */
export async function makePlatformAdmin(email: string): Promise<void> {
  const url = process.env[OWNER_DATABASE_URL_VARIABLE];
  if (!url) throw new Error(`${OWNER_DATABASE_URL_VARIABLE} is not set: run the tests with playwright test (e2e/global-setup.ts sets it)`);
  const updated = await withPgClient(url, (client) => client.query(`UPDATE "User" SET role = 'ADMIN' WHERE email = $1`, [email]));
  if (updated.rowCount !== 1) throw new Error(`no user ${email} to make an administrator`);
}
