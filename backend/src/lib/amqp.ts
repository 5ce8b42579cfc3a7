import { connect, type ChannelModel, type ConfirmChannel, type Options } from 'amqplib';

/** The part of a pino logger this module uses. */
interface AmqpLogger {
  warn(obj: object, msg: string): void;
}

interface AmqpMessage {
  routingKey: string;
  body: Buffer;
  options: Options.Publish;
}

export interface AmqpPublisher {
  /**
   * Publishes the messages in order on a confirm channel and resolves once the broker has
   * confirmed every one (a nack, or a connection lost meanwhile, rejects: the caller publishes
   * them again). Connects on first use, and again after a lost connection.
   */
  publish(messages: AmqpMessage[]): Promise<void>;
  close(): Promise<void>;
}

/**
 * Publishing to a RabbitMQ exchange with publisher confirms (amqplib): a message counts as sent
 * only once the broker has taken responsibility for it. No business rules; no retry of its own
 * (the caller's is the one that knows what may be sent twice).
 */
interface AmqpPublisherOptions {
  url: string;
  exchange: string;
  type: 'topic';
  /** How the connection is named in the broker's tools (its client properties' connection_name). */
  connectionName: string;
  logger: AmqpLogger;
}

export function createAmqpPublisher({ url, exchange, type, connectionName, logger }: AmqpPublisherOptions): AmqpPublisher {
  let opening: Promise<{ model: ChannelModel; channel: ConfirmChannel }> | null = null;

  function open(): Promise<{ model: ChannelModel; channel: ConfirmChannel }> {
    opening ??= (async () => {
      const model = await connect(url, { timeout: 5_000, clientProperties: { connection_name: connectionName } });
      const forget = (err?: Error) => {
        if (err) logger.warn({ err }, 'AMQP connection lost');
        opening = null;
      };
      model.on('error', forget);
      model.on('close', () => forget());
      try {
        const channel = await model.createConfirmChannel();
        channel.on('error', forget);
        channel.on('close', () => forget());
        await channel.assertExchange(exchange, type, { durable: true });
        return { model, channel };
      } catch (err) {
        await model.close().catch(() => {});
        throw err;
      }
    })();
    opening.catch(() => {
      opening = null;
    });
    return opening;
  }

  return {
    async publish(messages) {
      const { channel } = await open();
      for (const message of messages) {
        // false: the socket's buffer is full; wait for it to drain before the next one.
        if (!channel.publish(exchange, message.routingKey, message.body, message.options)) await drained(channel);
      }
      await channel.waitForConfirms();
    },
    async close() {
      const current = opening;
      opening = null;
      if (!current) return;
      const { model } = await current.catch(() => ({ model: null }));
      await model?.close().catch(() => {});
    },
  };
}

/** Resolves when the channel's buffer has drained; rejects when it closes first. */
function drained(channel: ConfirmChannel): Promise<void> {
  return new Promise((done, fail) => {
    const onDrain = () => {
      channel.off('close', onClose);
      done();
    };
    const onClose = () => {
      channel.off('drain', onDrain);
      fail(new Error('the AMQP channel closed before its buffer drained'));
    };
    channel.once('drain', onDrain);
    channel.once('close', onClose);
  });
}
