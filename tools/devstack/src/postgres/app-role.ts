import { withPgClient } from './pg-client.js';

/** The login role the API connects as on the private servers; a member of the migrations' shelfwise_app. */
const APP_LOGIN_ROLE = 'shelfwise_api';
/** The role the migrations grant row rights to (backend/prisma/migrations/*_workspaces). */
const APP_GROUP_ROLE = 'shelfwise_app';

/**
 * The URL the API should use, given the migrating (owner) URL of a migrated database: the same server
 * and database as the login role shelfwise_api, created when missing, which owns nothing and cannot
 * bypass row-level security. The private servers trust loopback connections, so it needs no password;
 * a password in `ownerUrl` is not carried over. Null when the database is not migrated yet (no
 * shelfwise_app role to join).
 */
export async function appRoleUrl(ownerUrl: string): Promise<string | null> {
  const made = await withPgClient(ownerUrl, async (client) => {
    const group = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [APP_GROUP_ROLE]);
    if (!group.rowCount) return false;
    // Roles belong to the whole server: two runs creating it at once race, hence "already exists" is fine.
    const exists = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [APP_LOGIN_ROLE]);
    if (exists.rowCount) return true;
    await client
      .query(`CREATE ROLE ${APP_LOGIN_ROLE} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE IN ROLE ${APP_GROUP_ROLE}`)
      .catch((error: unknown) => {
        // 42710 when it existed before; 23505 (pg_authid's unique index) when the other run made it meanwhile.
        const code = (error as { code?: string }).code;
        if (code !== '42710' && code !== '23505') throw error;
      });
    return true;
  });
  if (!made) return null;
  return asAppLogin(ownerUrl);
}

/**
 * The same server and database (any URL of it: the primary, a replica) as the login role
 * shelfwise_api, which appRoleUrl made. Loopback trust, so no password is carried over.
 */
export function asAppLogin(serverUrl: string): string {
  const url = new URL(serverUrl);
  url.username = APP_LOGIN_ROLE;
  url.password = '';
  return url.toString();
}
