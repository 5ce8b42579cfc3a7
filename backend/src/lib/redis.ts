import { Redis } from 'ioredis';

/** The part of a pino logger this module uses. */
interface RedisLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface RedisClientOptions {
  /** A command without a reply after this long fails, so a slow Redis can't hold a request. */
  commandTimeoutMs: number;
  /** Prepended by ioredis to every key (cache and rate limiter alike), so deployments can share a server. */
  keyPrefix?: string;
  logger: RedisLogger;
  /** TCP connect + handshake limit; default 5 s. */
  connectTimeoutMs?: number;
  /** Ceiling of the reconnect backoff; default 2 s, so recovery is noticed quickly. */
  maxReconnectDelayMs?: number;
}

/**
 * The one ioredis client of the process, shared by the cache and the rate limiter.
 *
 * - No offline queue: while disconnected a command fails at once instead of waiting, so callers fall
 *   back (cache → database, rate limiter → process memory) without adding latency.
 * - Commands that were in flight when the connection dropped are not replayed after reconnecting:
 *   their callers have long given up (command timeout), and a late replay would only double-count a
 *   rate-limit hit or write a cache entry nobody is waiting for.
 * - Auto-pipelining batches the commands issued in one tick into one write: under load, many requests'
 *   cache reads and rate-limit calls share a socket write instead of one system call each.
 * - Reconnects forever with capped, jittered backoff; the log gets one line per state change, not one
 *   per failed attempt.
 */
export function createRedisClient(url: string, opts: RedisClientOptions): Redis {
  const maxDelay = opts.maxReconnectDelayMs ?? 2000;
  const client = new Redis(url, {
    enableOfflineQueue: false,
    autoResendUnfulfilledCommands: false,
    commandTimeout: opts.commandTimeoutMs,
    connectTimeout: opts.connectTimeoutMs ?? 5000,
    enableAutoPipelining: true,
    maxRetriesPerRequest: 1,
    retryStrategy: (attempt) => reconnectDelayMs(attempt, maxDelay),
    ...(opts.keyPrefix ? { keyPrefix: opts.keyPrefix } : {}),
  });
  logStateChanges(client, opts.logger, redactUrl(url));
  return client;
}

/** 50 ms doubling up to `maxMs`, plus up to 20% jitter so a fleet doesn't reconnect in lockstep. */
export function reconnectDelayMs(attempt: number, maxMs: number): number {
  const base = Math.min(50 * 2 ** Math.min(Math.max(attempt - 1, 0), 16), maxMs);
  return Math.round(base + Math.random() * base * 0.2);
}

/**
 * Resolves true once the client is ready, false after `timeoutMs` (it keeps trying in the
 * background). With the offline queue off, commands fail until then: a server that wants its first
 * requests served from Redis awaits this at start.
 */
export function waitForRedisReady(client: Redis, timeoutMs: number): Promise<boolean> {
  if (client.status === 'ready') return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (ready: boolean) => {
      clearTimeout(timer);
      client.off('ready', onReady);
      resolve(ready);
    };
    const onReady = () => done(true);
    const timer = setTimeout(() => done(false), timeoutMs);
    timer.unref();
    client.on('ready', onReady);
  });
}

function logStateChanges(client: Redis, logger: RedisLogger, target: string): void {
  let state: 'starting' | 'up' | 'down' = 'starting';
  let failedAttempts = 0;
  client.on('ready', () => {
    if (state === 'down') logger.info({ redis: target, failedAttempts }, 'redis connection restored');
    else logger.info({ redis: target }, 'redis connected');
    state = 'up';
    failedAttempts = 0;
  });
  // ioredis emits 'error' on every failed reconnect attempt; an unhandled one would crash the process.
  client.on('error', (err: Error) => {
    failedAttempts++;
    if (state === 'down') return;
    state = 'down';
    logger.warn({ redis: target, err }, 'redis unavailable; serving without it and reconnecting in the background');
  });
  client.on('close', () => {
    // ioredis moves to 'end' right after 'close' when we closed it ourselves (quit at shutdown).
    setImmediate(() => {
      if (state !== 'up' || client.status === 'end') return;
      state = 'down';
      logger.warn({ redis: target }, 'redis connection lost; reconnecting in the background');
    });
  });
}

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable url)';
  }
}
