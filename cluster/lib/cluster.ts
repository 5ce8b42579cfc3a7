import { randomBytes } from 'node:crypto';
import { chmod, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyMigrations, appRoleUrl, asAppLogin, quitPostmasterNow, repoRoot as projectRoot, startMailCatcher, waitFor } from '@shelfwise/devstack';
import { apiInstance, type ApiInstance } from './api.js';
import { ensureHaproxy } from './haproxy-install.js';
import { startHaproxy, type Haproxy } from './haproxy.js';
import { assertPortsFree, type PortPlan } from './ports.js';
import { startPrimary, startReplica, type PostgresServer } from './postgres.js';
import { startRabbitMq } from './rabbitmq.js';
import { startRedis, type RedisServer } from './redis.js';

export interface ClusterOptions {
  ports: PortPlan;
  /** Environment for the API instances on top of the cluster's own (e.g. higher rate limits for the drills). */
  apiEnv?: NodeJS.ProcessEnv;
  log: (msg: string) => void;
  /** Keep the run folder (data and logs) after stop. */
  keep?: boolean;
}

export interface Cluster {
  dir: string;
  haproxy: Haproxy;
  apis: ApiInstance[];
  primary: PostgresServer;
  replica: PostgresServer;
  redis: RedisServer;
  /** The event relay's broker, every instance's AMQP_URL: ours, or the caller's AMQP_URL; null when rabbitmq-server is not installed. */
  rabbitmq: { url: string } | null;
  /** Waits until HAProxy sees every instance UP. */
  allUp(timeoutMs?: number): Promise<void>;
  /** Stops everything it started, in order (API instances gracefully first). Idempotent. */
  stop(): Promise<void>;
}

/**
 * HAProxy in front of N API instances, a PostgreSQL primary with a streaming replica, and one
 * Redis, all on 127.0.0.1, in a fresh folder under CLUSTER_DIR (default: the OS temp folder).
 */
export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const { ports, log } = options;
  await assertPortsFree(ports);
  const haproxyBinary = await ensureHaproxy(log);
  const parent = process.env.CLUSTER_DIR || tmpdir();
  await mkdir(parent, { recursive: true });
  const dir = await mkdtemp(join(parent, 'shelfwise-cluster-'));
  // As root PostgreSQL runs as the postgres user, which must be able to enter it.
  await chmod(dir, 0o755);
  log(`run folder (data and logs): ${dir}`);

  const stops: Array<() => Promise<void>> = [];
  let stopping: Promise<void> | null = null;
  // pg_ctl detaches PostgreSQL from us: if we die without stopping it, stop it on the way out anyway.
  const onExit = () => {
    for (const server of ['primary', 'replica']) quitPostmasterNow(join(dir, server));
  };
  process.once('exit', onExit);
  const stop = () => (stopping ??= (async () => {
    for (const step of stops.reverse()) await step().catch((err: Error) => log(`while stopping: ${err.message}`));
    if (!options.keep) await rm(dir, { recursive: true, force: true });
    process.off('exit', onExit);
  })());

  try {
    const redis = await startRedis(dir, ports.redis, log);
    stops.push(() => redis.stop());
    const primary = await startPrimary(dir, ports.primary, log);
    stops.push(() => primary.stop());
    const replica = await startReplica(dir, primary, ports.replica, log);
    stops.push(() => replica.stop());
    await applyMigrations(primary.url, () => {});
    log('migrations applied on the primary');
    // The instances connect as the role row-level security binds; roles replicate with the rest.
    const primaryApiUrl = (await appRoleUrl(primary.url))!;
    // Production needs an SMTP server; this one keeps the mail (every instance works the job queue).
    const mail = process.env.SMTP_URL ? null : await startMailCatcher();
    if (mail) {
      stops.push(() => mail.close());
      log(`mail goes to a local catcher: ${mail.webUrl}`);
    }
    // Likewise a broker of our own unless AMQP_URL names one.
    const rabbitmq = process.env.AMQP_URL ? { url: process.env.AMQP_URL, stop: async () => {} } : await startRabbitMq(dir, log);
    if (rabbitmq) stops.push(() => rabbitmq.stop());

    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
      DATABASE_URL: primaryApiUrl,
      DATABASE_REPLICA_URL: asAppLogin(replica.url),
      REDIS_URL: redis.url,
      SMTP_URL: process.env.SMTP_URL || mail!.smtpUrl,
      ...(rabbitmq ? { AMQP_URL: rabbitmq.url } : {}),
      // Under HAProxy's 15 s server timeout (lib/haproxy.ts): an idle SSE stream is not cut.
      SSE_HEARTBEAT_SECONDS: '10',
      // Webhook receivers of development and of drill 7 listen on 127.0.0.1, which production refuses (SSRF).
      WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
      // One secret for all instances: a token issued by one is accepted by every other.
      JWT_SECRET: randomBytes(32).toString('base64url'),
      // HAProxy is on loopback: trust its X-Forwarded-For, so req.ip is the client behind it.
      TRUST_PROXY: 'loopback',
      SHUTDOWN_GRACE_MS: '10000',
      DATABASE_POOL_TIMEOUT_MS: '2000',
      READINESS_TIMEOUT_MS: '400',
      ...options.apiEnv,
    };
    const apis = ports.apis.map((port, i) => apiInstance({ name: `api${i + 1}`, port, env, projectRoot, logDir: dir }));
    stops.push(async () => {
      await Promise.all(apis.map((api) => api.stop()));
    });
    await Promise.all(apis.map((api) => api.start()));
    log(`${apis.length} API instances ready on ports ${ports.apis.join(', ')}`);

    const haproxy = await startHaproxy({
      binary: haproxyBinary, dir, port: ports.http, statsPort: ports.stats,
      servers: apis.map((api) => ({ name: api.name, port: api.port })),
    }, log);
    // Stopped right after the instances (they drain while it still routes to the others), before the databases.
    stops.splice(stops.length - 1, 0, () => haproxy.stop());

    const allUp = (timeoutMs = 10_000) =>
      waitFor('HAProxy to see every instance UP', async () => (await haproxy.servers()).every((s) => s.status === 'UP'), timeoutMs, 100);
    await allUp();
    return { dir, haproxy, apis, primary, replica, redis, rabbitmq: rabbitmq && { url: rabbitmq.url }, allUp, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
