// `npm run cluster`: HAProxy + 3 API instances + PostgreSQL primary and streaming replica + Redis
// + RabbitMQ (when installed),
// all on 127.0.0.1 (ports in lib/ports.ts). Ctrl-C (or SIGTERM) stops everything it started.
import { startCluster } from './lib/cluster.js';
import { CLUSTER_PORTS, planPorts } from './lib/ports.js';

const log = (msg: string) => console.log(`[cluster] ${msg}`);
const ports = planPorts(CLUSTER_PORTS, 3);

let cluster: Awaited<ReturnType<typeof startCluster>> | null = null;
let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log(`${signal}: stopping everything`);
  await cluster?.stop();
  log('stopped');
  process.exit(0);
}
// A signal during start-up is handled too: startCluster stops what it had started when it fails.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void shutdown(signal));

try {
  cluster = await startCluster({ ports, log, keep: process.env.CLUSTER_KEEP === '1' });
  if (stopping) {
    await cluster.stop();
  } else {
    console.log(`
Shelfwise cluster is up:
  API (through HAProxy)  http://127.0.0.1:${ports.http}   e.g. curl http://127.0.0.1:${ports.http}/health/ready
  HAProxy stats          http://127.0.0.1:${ports.stats}/
  API instances          ${cluster.apis.map((a) => a.url).join('  ')}
  PostgreSQL primary     ${cluster.primary.url}
  PostgreSQL replica     ${cluster.replica.url}  (streaming, hot standby)
  Redis                  ${cluster.redis.url}
  RabbitMQ (AMQP_URL)    ${cluster.rabbitmq?.url ?? 'none (rabbitmq-server is not installed)'}
  logs and data          ${cluster.dir}
Press Ctrl-C to stop everything.`);
  }
} catch (err) {
  console.error(`[cluster] could not start: ${(err as Error).message}`);
  process.exit(1);
}
