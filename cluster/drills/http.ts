import { Agent, request } from 'node:http';

export interface Reply {
  /** 0 when no HTTP answer came (connection error or client timeout). */
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** What went wrong below HTTP: ECONNRESET, timeout, ... */
  error?: string;
  startedAt: number;
  ms: number;
}

export interface HttpOptions {
  method?: string;
  headers?: Record<string, string>;
  json?: unknown;
  /** The client gives up after this long and counts a failure: a hang cannot hide (default 10 s). */
  timeoutMs?: number;
}

// Keep-alive, like a real client behind a balancer; sockets are plenty for the drills' workers.
const agent = new Agent({ keepAlive: true, maxSockets: 64 });

export function http(url: string, options: HttpOptions = {}): Promise<Reply> {
  const startedAt = Date.now();
  const started = performance.now();
  const body = options.json === undefined ? undefined : JSON.stringify(options.json);
  const headers: Record<string, string> = { ...options.headers };
  if (body !== undefined) headers['content-type'] = 'application/json';
  return new Promise((resolve) => {
    let settled = false;
    const done = (reply: Omit<Reply, 'startedAt' | 'ms'>) => {
      if (settled) return;
      settled = true;
      resolve({ ...reply, startedAt, ms: Math.round(performance.now() - started) });
    };
    const req = request(url, { method: options.method ?? 'GET', headers, agent }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      res.on('error', (err) => done({ status: 0, headers: {}, body: '', error: err.message }));
    });
    req.setTimeout(options.timeoutMs ?? 10_000, () => {
      req.destroy(new Error('client timeout'));
    });
    req.on('error', (err: NodeJS.ErrnoException) => done({ status: 0, headers: {}, body: '', error: err.code ?? err.message }));
    req.end(body);
  });
}

export function header(reply: Reply, name: string): string | undefined {
  const value = reply.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

export function json<T>(reply: Reply): T {
  return JSON.parse(reply.body) as T;
}
