import { join } from 'node:path';
import { startEmbeddedRabbitMq, type EmbeddedRabbitMq } from '@shelfwise/devstack';

/**
 * The broker the event relay publishes to (AMQP_URL): a private RabbitMQ node (Debian's
 * rabbitmq-server, started by the development stack) with its data in the run folder. Optional:
 * without rabbitmq-server the cluster runs without a broker and says so, as everything else about
 * the events (the outbox, SSE, webhooks) works without one.
 */
export async function startRabbitMq(dir: string, log: (msg: string) => void): Promise<EmbeddedRabbitMq | null> {
  const broker = await startEmbeddedRabbitMq({ dataDir: join(dir, 'rabbitmq'), log });
  if (!broker) log('rabbitmq-server is not installed (as root: apt-get install -y rabbitmq-server): running without a broker, no AMQP_URL');
  return broker;
}
