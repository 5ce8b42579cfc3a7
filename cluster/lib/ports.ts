import { isPortFree } from '@shelfwise/devstack';

/**
 * Fixed ports, so a second run or another program clashes loudly instead of silently: every port
 * is checked before anything starts. Three bases, each overridable, because PostgreSQL, Redis and
 * HTTP ports are often reserved by different rules on a machine.
 *
 *   CLUSTER_HTTP_PORT   HAProxy; the API instances take the next ports; then HAProxy's stats page
 *   CLUSTER_PG_PORT     PostgreSQL primary; the replica takes the next port
 *   CLUSTER_REDIS_PORT  Redis
 */
export interface PortPlan {
  http: number;
  apis: number[];
  stats: number;
  primary: number;
  replica: number;
  redis: number;
}

export interface PortDefaults {
  http: number;
  pg: number;
  redis: number;
}

/** `npm run cluster`: 5080 (HAProxy), 5081-5083 (API), 5084 (stats); 5480-5481; 6480. */
export const CLUSTER_PORTS: PortDefaults = { http: 5080, pg: 5480, redis: 6480 };
/** `npm run drill`: its own range, so it can run beside `npm run cluster`. */
export const DRILL_PORTS: PortDefaults = { http: 5180, pg: 5580, redis: 6580 };

export function planPorts(defaults: PortDefaults, instances: number, env: NodeJS.ProcessEnv = process.env): PortPlan {
  const http = portFrom(env, 'CLUSTER_HTTP_PORT', defaults.http);
  const pg = portFrom(env, 'CLUSTER_PG_PORT', defaults.pg);
  const apis = Array.from({ length: instances }, (_, i) => http + 1 + i);
  return { http, apis, stats: http + 1 + instances, primary: pg, replica: pg + 1, redis: portFrom(env, 'CLUSTER_REDIS_PORT', defaults.redis) };
}

/** Refuses a plan with any port already taken, naming each one and the variable that moves it. */
export async function assertPortsFree(plan: PortPlan): Promise<void> {
  const named: Array<[number, string]> = [
    [plan.http, 'HAProxy (CLUSTER_HTTP_PORT)'],
    ...plan.apis.map((port, i): [number, string] => [port, `API instance ${i + 1} (CLUSTER_HTTP_PORT + ${i + 1})`]),
    [plan.stats, 'HAProxy stats page'],
    [plan.primary, 'PostgreSQL primary (CLUSTER_PG_PORT)'],
    [plan.replica, 'PostgreSQL replica (CLUSTER_PG_PORT + 1)'],
    [plan.redis, 'Redis (CLUSTER_REDIS_PORT)'],
  ];
  const taken: string[] = [];
  for (const [port, what] of named) if (!(await isPortFree(port))) taken.push(`127.0.0.1:${port} for ${what}`);
  if (taken.length) {
    throw new Error(
      `These ports are already in use (another cluster or drill still running, or another program):\n  ${taken.join('\n  ')}\n` +
        'Stop whatever holds them, or move the cluster with CLUSTER_HTTP_PORT, CLUSTER_PG_PORT and CLUSTER_REDIS_PORT.',
    );
  }
}

function portFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1024 || port > 65_000) throw new Error(`${name} must be a port between 1024 and 65000: ${raw}`);
  return port;
}
