// Upgrading a database of the time before the audit log: the account events it had stay, as
// entries about a user, with their actor, action, detail and time; and the user they name can go
// without taking them along.
import { randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withDatabase, withPgClient } from '@shelfwise/devstack';
import { afterAll, describe, expect, inject, it } from 'vitest';

const MIGRATIONS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'prisma', 'migrations');
const AUDIT = '20261205090100_audit_log';
const adminUrl = () => inject('postgresAdminUrl');
const name = `shelfwise_t_${inject('testRunId')}_audit_migration`;

const sqlOf = (migration: string) => readFile(path.join(MIGRATIONS, migration, 'migration.sql'), 'utf8');
async function migrationsBefore(last: string): Promise<string[]> {
  const names = (await readdir(MIGRATIONS, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  return names.slice(0, names.indexOf(last));
}

afterAll(() => withPgClient(adminUrl(), (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)));

describe('the audit log migration on a database of the time before', () => {
  it('when it has run, then each AuditEvent is an entry about its user, and deleting the user keeps it', async () => {
    await withPgClient(adminUrl(), async (c) => {
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.query(`CREATE DATABASE "${name}"`);
    });
    const url = withDatabase(adminUrl(), name);
    await withPgClient(url, async (c) => {
      for (const migration of await migrationsBefore(AUDIT)) await c.query(await sqlOf(migration));
      const [userId, adminId, eventId] = [randomUUID(), randomUUID(), randomUUID()];
      await c.query(`INSERT INTO "User" ("id", "email", "name", "passwordHash", "updatedAt") VALUES ($1, $2, 'Before', 'x', now())`, [userId, `${userId}@example.com`]);
      await c.query(
        `INSERT INTO "AuditEvent" ("id", "actorId", "subjectId", "action", "detail", "createdAt") VALUES ($1, $2, $3, 'two_factor_reset', '{"wasEnabled": true}', '2026-11-30T12:00:00Z')`,
        [eventId, adminId, userId],
      );

      await c.query(await sqlOf(AUDIT));

      const select = `SELECT "id", "at", "actorUserId", "actorApiKeyId", "action", "targetType", "targetId", "workspaceId", "ip", "userAgent", "requestId", "detail" FROM "AuditEvent"`;
      const expected = {
        id: eventId, at: new Date('2026-11-30T12:00:00Z'), actorUserId: adminId, actorApiKeyId: null, action: 'two_factor_reset',
        targetType: 'user', targetId: userId, workspaceId: null, ip: null, userAgent: null, requestId: null, detail: { wasEnabled: true },
      };
      expect((await c.query(select)).rows).toEqual([expected]);
      await c.query(`DELETE FROM "User" WHERE "id" = $1`, [userId]);
      expect((await c.query(select)).rows).toEqual([expected]);
    });
  });
});
