// One bounded autocannon run against 127.0.0.1. Latencies are recorded here from each response
// (float milliseconds) because autocannon's own histogram keeps whole milliseconds and has no p95.
import { readFile } from 'node:fs/promises';
import autocannon from 'autocannon';

export interface LoadOptions {
  url: string;
  /** Concurrent keep-alive connections. */
  connections: number;
  seconds: number;
  /** Discarded run before the measured one (JIT, connection pools, caches). */
  warmupSeconds?: number;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** Fixed offered load (req/s over all connections) instead of as fast as possible. */
  rate?: number;
  /** A different path per request, e.g. to walk through distinct ids. Called once per request. */
  nextPath?: () => string;
  /** A different body per request. */
  nextBody?: () => string;
  /** The server's pid: its CPU time per request is reported (steadier than req/s on a busy machine). */
  serverPid?: number;
}

export interface LoadResult {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  requests: number;
  /** Responses that were not 2xx, plus connection errors and timeouts: a valid run has none. */
  failures: number;
  /** Server CPU (user + system) per request, in µs, when serverPid was given. */
  cpuUs?: number;
}

export async function measure(options: LoadOptions): Promise<LoadResult> {
  if (options.warmupSeconds) await run({ ...options, seconds: options.warmupSeconds });
  return run(options);
}

async function run(options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  let done!: (err: Error | null, result: autocannon.Result) => void;
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    done = (err, result) => (err ? reject(err) : resolve(result));
  });
  const instance = autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    method: options.method ?? 'GET',
    headers: options.headers ?? {},
    ...(options.body !== undefined ? { body: options.body } : {}),
    ...(options.rate ? { overallRate: options.rate } : {}),
    ...(options.nextPath || options.nextBody
      ? {
          requests: [
            {
              setupRequest: (req: autocannon.Request) => ({
                ...req,
                ...(options.nextPath ? { path: options.nextPath() } : {}),
                ...(options.nextBody ? { body: options.nextBody() } : {}),
              }),
            },
          ],
        }
      : {}),
    timeout: 10,
  }, (err: Error | null, result) => done(err, result));
  instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  const cpuBefore = options.serverPid ? await cpuSeconds(options.serverPid) : 0;
  const result = await finished;
  const cpuUs = options.serverPid ? ((await cpuSeconds(options.serverPid)) - cpuBefore) * 1e6 / Math.max(1, result.requests.total) : undefined;
  latencies.sort((a, b) => a - b);
  const pick = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return {
    rps: result.requests.total / result.duration,
    p50: pick(0.5),
    p95: pick(0.95),
    p99: pick(0.99),
    requests: result.requests.total,
    failures: result.non2xx + result.errors + result.timeouts,
    ...(cpuUs !== undefined ? { cpuUs } : {}),
  };
}

/** utime + stime of a process, from /proc (Linux), in seconds. */
export async function cpuSeconds(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  // Fields after the ")" of the command name; utime and stime are the 14th and 15th of the whole line.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

// USER_HZ: 100 on every Linux build that matters here.
const CLOCK_TICKS = 100;
