import { pino, type DestinationStream, type Logger } from 'pino';
import { currentRequestId } from './request-context.js';

export type { Logger };

// Secrets never reach the log, wherever they sit in a logged object.
const REDACT = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.currentPassword',
  '*.newPassword',
  '*.passwordHash',
  '*.token',
  '*.accessToken',
  '*.refreshToken',
  '*.authorization',
  '*.cookie',
];

/**
 * stdout, written in batches: a write once 8 KB have gathered or every 250 ms, instead of one write
 * per line (under load, one system call per batch instead of one per request). pino flushes
 * what is left synchronously when the process exits, also after process.exit() and an uncaught
 * error; only a SIGKILL can lose the last 250 ms.
 */
export function bufferedStdout(): DestinationStream {
  // One per process, shared by every logger made without a destination (tests build many apps).
  stdout ??= pino.destination({ dest: 1, minLength: 8192, sync: false, periodicFlush: 250 });
  return stdout;
}
let stdout: DestinationStream | undefined;

export type LogFormat = 'auto' | 'json' | 'pretty';

/**
 * Where the process's log lines go: JSON lines (bufferedStdout) for machines, or pino-pretty's
 * coloured single lines for a person at a terminal. "auto" is pretty only outside production with
 * stdout on a terminal, so anything piped (a collector, `npm test`, a file) always gets JSON.
 * pino-pretty is a development dependency: where it is not installed (the production image) the
 * output stays JSON rather than failing.
 */
export async function logDestination(format: LogFormat, env: string, isTerminal: boolean): Promise<DestinationStream> {
  const pretty = env !== 'production' && (format === 'pretty' || (format === 'auto' && isTerminal));
  if (!pretty) return bufferedStdout();
  const loaded = await import('pino-pretty').catch(() => null);
  if (!loaded) return bufferedStdout();
  return loaded.default({ colorize: isTerminal, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,service' });
}

export function createLogger(level: string, destination: DestinationStream = bufferedStdout()): Logger {
  return pino(
    {
      level,
      base: { service: 'shelfwise-api' },
      redact: { paths: REDACT, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
      // Adds the request id to lines logged anywhere while a request is being served.
      mixin() {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
    },
    destination,
  );
}
