import { Counter, Gauge, type Registry } from 'prom-client';

/** The events' figures in /metrics (relayed on the instance that leads; streams on each). */
export interface EventMetrics {
  delivered(consumer: string, count: number): void;
  failed(consumer: string): void;
}

export function eventMetrics(registry: Registry, streams: () => number): EventMetrics {
  const delivered = new Counter({
    name: 'shelfwise_events_relayed_total',
    help: 'Events the relay handed to a consumer that took them (live fan-out, amqp, ...), by consumer; counted on the instance that relays',
    labelNames: ['consumer'] as const,
    registers: [registry],
  });
  const failures = new Counter({
    name: 'shelfwise_events_consumer_failures_total',
    help: 'Batches a consumer failed to take (handed again later), by consumer',
    labelNames: ['consumer'] as const,
    registers: [registry],
  });
  new Gauge({
    name: 'shelfwise_sse_streams',
    help: 'Server-sent event streams open on this instance',
    registers: [registry],
    collect() {
      this.set(streams());
    },
  });
  return {
    delivered: (consumer, count) => delivered.inc({ consumer }, count),
    failed: (consumer) => failures.inc({ consumer }),
  };
}
