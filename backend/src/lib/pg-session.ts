import pg from 'pg';
import { reconnectDelayMs } from './redis.js';

/** The part of a pino logger this module uses. */
interface SessionLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

export interface PgSessionOptions {
  connectionString: string;
  applicationName: string;
  /** Channels to LISTEN on, again after each reconnection. */
  channels: string[];
  /** Statements run on each new connection before it is used (session settings). */
  setup?: string[];
  statementTimeoutMs: number;
  logger: SessionLogger;
}

export interface PgSession {
  /** Connects, and keeps reconnecting (capped, jittered backoff) until stop(). */
  start(): void;
  /** Rows of one statement; fails at once while disconnected. */
  query<T extends object>(text: string, values?: unknown[]): Promise<T[]>;
  /**
   * pg_try_advisory_lock on this connection: held until the connection ends, so a process that dies
   * (or loses its connection) gives it up and another session can take it.
   */
  tryAdvisoryLock(key: number): Promise<boolean>;
  readonly connected: boolean;
  /** Each NOTIFY on one of the channels: its payload. */
  onNotification(listener: (channel: string, payload: string) => void): void;
  /** After each (re)connection, LISTEN and setup done. */
  onConnected(listener: () => void): void;
  /** When the connection breaks: its advisory locks are gone. */
  onLost(listener: () => void): void;
  stop(): Promise<void>;
}

/**
 * One dedicated PostgreSQL connection, outside the pool: LISTEN and session-level advisory locks
 * need the same connection for as long as they matter, which a pooled client never promises. No
 * business rules; modules/events runs its relay and fan-out on it.
 */
export function createPgSession(options: PgSessionOptions): PgSession {
  let client: pg.Client | null = null;
  let ready = false;
  let stopped = true;
  let attempt = 0;
  let timer: NodeJS.Timeout | undefined;
  const notificationListeners: Array<(channel: string, payload: string) => void> = [];
  const connectedListeners: Array<() => void> = [];
  const lostListeners: Array<() => void> = [];

  function scheduleReconnect(): void {
    if (stopped || timer) return;
    attempt++;
    timer = setTimeout(() => {
      timer = undefined;
      void connect();
    }, reconnectDelayMs(attempt, 2_000));
  }

  function lose(from: pg.Client, err?: Error): void {
    if (client !== from) return;
    client = null;
    const wasReady = ready;
    ready = false;
    from.removeAllListeners('notification');
    void from.end().catch(() => {});
    if (wasReady) {
      options.logger.warn({ err, application: options.applicationName }, 'dedicated PostgreSQL connection lost: reconnecting');
      for (const listener of lostListeners) listener();
    }
    scheduleReconnect();
  }

  async function connect(): Promise<void> {
    if (stopped) return;
    const next = new pg.Client({
      connectionString: options.connectionString,
      application_name: options.applicationName,
      statement_timeout: options.statementTimeoutMs,
      // A silently dead peer (a crashed host, a cut network) is noticed by TCP keepalives.
      keepAlive: true,
    });
    client = next;
    next.on('error', (err) => lose(next, err));
    next.on('end', () => lose(next));
    next.on('notification', (message) => {
      for (const listener of notificationListeners) listener(message.channel, message.payload ?? '');
    });
    try {
      await next.connect();
      for (const statement of options.setup ?? []) await next.query(statement);
      for (const channel of options.channels) await next.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    } catch (err) {
      lose(next, err as Error);
      return;
    }
    if (client !== next || stopped) return;
    ready = true;
    if (attempt > 0) options.logger.info({ application: options.applicationName }, 'dedicated PostgreSQL connection back');
    attempt = 0;
    for (const listener of connectedListeners) listener();
  }

  return {
    start() {
      if (!stopped) return;
      stopped = false;
      void connect();
    },
    async query<T extends object>(text: string, values?: unknown[]) {
      if (!client || !ready) throw new Error('the dedicated PostgreSQL connection is down');
      const result = await client.query<T>(text, values);
      return result.rows;
    },
    async tryAdvisoryLock(key) {
      const [row] = await this.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [key]);
      return row?.locked === true;
    },
    get connected() {
      return ready;
    },
    onNotification(listener) {
      notificationListeners.push(listener);
    },
    onConnected(listener) {
      connectedListeners.push(listener);
    },
    onLost(listener) {
      lostListeners.push(listener);
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      timer = undefined;
      const current = client;
      client = null;
      ready = false;
      // Ending the connection is what releases its advisory locks on the server.
      if (current) await current.end().catch(() => {});
    },
  };
}
