import { access, appendFile, chown, constants, mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { withPgClient } from './pg-client.js';
import { findPostgresBinaries } from './postgres-binaries.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './postgres.js';
import { run } from '../process/run.js';
import { resolveServerUser } from './server-user.js';

const REPLICATION_USER = 'replicator';
const DEFAULT_SLOT = 'shelfwise_replica';

export interface EmbeddedReplicaOptions {
  /** Created by a base backup of the primary on first use; reused (and caught up) afterwards. */
  dataDir: string;
  /** Superuser URL of the primary (an embedded one: trust authentication on 127.0.0.1). */
  primaryUrl: string;
  port: number;
  database: string;
  log: (msg: string) => void;
  /** Physical replication slot on the primary, so it keeps the WAL a stopped replica still needs. */
  slot?: string;
  ephemeral?: boolean;
}

/**
 * A hot standby of an embedded primary, streaming from it: the primary gets a replication role and
 * a slot, pg_basebackup -R copies it (standby.signal and primary_conninfo written for us), and the
 * copy is started like any embedded server (same user handling, runtime port, reuse of a running one).
 */
export async function startEmbeddedReplica(opts: EmbeddedReplicaOptions): Promise<EmbeddedPostgres> {
  const slot = opts.slot ?? DEFAULT_SLOT;
  if (!(await hasData(opts.dataDir))) {
    await prepareReplication(opts.primaryUrl, slot);
    await baseBackup(opts, slot);
  }
  return startEmbeddedPostgres({ dataDir: opts.dataDir, port: opts.port, database: opts.database, log: opts.log, ephemeral: opts.ephemeral ?? false });
}

/** Replication role and slot on the primary; bounded WAL retention so a replica gone for good cannot fill the disk. */
async function prepareReplication(primaryUrl: string, slot: string): Promise<void> {
  await withPgClient(primaryUrl, async (client) => {
    await client.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${REPLICATION_USER}') THEN CREATE ROLE ${REPLICATION_USER} WITH REPLICATION LOGIN; END IF;
    END $$`);
    await client.query('SELECT pg_create_physical_replication_slot($1) WHERE NOT EXISTS (SELECT FROM pg_replication_slots WHERE slot_name = $1)', [slot]);
    await client.query("ALTER SYSTEM SET max_slot_wal_keep_size = '1GB'");
    await client.query('SELECT pg_reload_conf()');
  });
}

async function baseBackup(opts: EmbeddedReplicaOptions, slot: string): Promise<void> {
  const binaries = await findPostgresBinaries();
  const pgBasebackup = binaries && join(binaries.binDir, 'pg_basebackup');
  if (!pgBasebackup || !(await access(pgBasebackup, constants.X_OK).then(() => true, () => false))) {
    throw new Error(
      'A streaming replica needs pg_basebackup next to the PostgreSQL server binaries' +
        (binaries ? ` (${binaries.binDir}, from ${binaries.source}, has none)` : '') +
        '. Install PostgreSQL (as root: apt-get install -y postgresql) and run this again.',
    );
  }
  const as = await resolveServerUser();
  await mkdir(opts.dataDir, { recursive: true, mode: 0o700 });
  if (as) await chown(opts.dataDir, as.uid, as.gid);
  const primary = new URL(opts.primaryUrl);
  const started = performance.now();
  const result = await run(pgBasebackup, [
    '--host', primary.hostname, '--port', primary.port || '5432', '--username', REPLICATION_USER, '--no-password',
    '--pgdata', opts.dataDir, '--wal-method', 'stream', '--slot', slot, '--write-recovery-conf', '--checkpoint', 'fast',
    ...(opts.ephemeral ? ['--no-sync'] : []),
  ], { as });
  if (result.code !== 0) throw new Error(`pg_basebackup of ${primary.host} failed (exit ${result.code}): ${result.stderr.trim()}`);
  // Feedback: the primary keeps rows a replica query still reads, so fewer queries are cancelled by
  // recovery conflicts. A 1 s retry (default 5 s) reconnects soon after the primary restarts: until
  // then the replica is behind and reads go to the primary.
  await appendFile(join(opts.dataDir, 'postgresql.conf'),
    '\n# Added by Shelfwise for the replica.\nhot_standby = on\nhot_standby_feedback = on\nwal_retrieve_retry_interval = 1s\n');
  opts.log(`base backup of ${primary.host} taken in ${Math.round(performance.now() - started)} ms`);
}

async function hasData(dataDir: string): Promise<boolean> {
  const entries = await readdir(dataDir).catch(() => [] as string[]);
  return entries.includes('PG_VERSION');
}
