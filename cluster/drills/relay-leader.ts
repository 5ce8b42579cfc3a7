import { run } from '@shelfwise/devstack';
import type { ApiInstance } from '../lib/api.js';
import type { Cluster } from '../lib/cluster.js';
import { withClient } from '../lib/postgres.js';

// The relay's advisory lock key (backend/src/modules/events/relay.ts, RELAY_LOCK): a bigint lock
// shows in pg_locks as classid (high 32 bits) and objid (low 32 bits).
const RELAY_LOCK = 0x5e1f_0019;

/**
 * The instance that relays the outbox: the one whose database session holds the relay's lock,
 * found from that session's client port (pg_stat_activity) and the process that owns the port
 * (ss -p). Null when nobody holds it or the port's owner cannot be told.
 */
export async function relayLeader(cluster: Cluster): Promise<ApiInstance | null> {
  const port = await withClient(cluster.primary.url, async (c) => (await c.query<{ port: number }>(
    `SELECT a.client_port AS port FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
     WHERE l.locktype = 'advisory' AND l.granted AND l.classid = 0 AND l.objid::text::bigint = $1`, [RELAY_LOCK])).rows[0]?.port);
  if (!port) return null;
  const sockets = await run('ss', ['-Htnp', 'sport', '=', `:${port}`]).catch(() => null);
  const pid = Number(/pid=(\d+)/.exec(sockets?.stdout ?? '')?.[1]);
  return cluster.apis.find((api) => api.running && api.pid === pid) ?? null;
}
