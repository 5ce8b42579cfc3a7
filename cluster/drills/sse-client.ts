import { request, type ClientRequest } from 'node:http';
import { sleep } from '@shelfwise/devstack';
import { Api, signIn, type User } from './client.js';

/** One product event as a stream client received it, in arrival order. */
export interface Received {
  seq: number;
  id: string;
  type: string;
  subjectId: string;
  version: number | null;
}

export interface SseClient {
  received: Received[];
  /** Streams opened after the first (the previous one broke, ended or was refused). */
  reconnects: number;
  /** Opening attempts answered with something other than 200 (503 while the database is down, ...). */
  refused: number;
  /** `event: reset`: the server could not resume from our Last-Event-ID. */
  resets: number;
  /** New sign-ins after a 401 or `event: end` for the credential. */
  tokenRefreshes: number;
  /** Streams opened so far: once the first is, every change committed after it must arrive. */
  readonly streams: number;
  /** The instance that served each stream (HAProxy's X-Served-By), in order. */
  servedBy: string[];
  stop(): void;
}

const BACKOFF_MS = 300;

/**
 * A client of GET /api/v1/events/stream through HAProxy, as a browser would hold it: when the
 * stream breaks (its instance died, the server ended it, the database was down) it opens a new one
 * with Last-Event-ID, the last `id:` it saw, and signs in again when its token is refused.
 */
export function sseClient(baseUrl: string, first: User): SseClient {
  let user = first;
  let lastEventId: string | null = null;
  let running = true;
  let current: ClientRequest | null = null;
  let opened = 0;
  const client: SseClient = {
    received: [],
    reconnects: 0,
    refused: 0,
    resets: 0,
    tokenRefreshes: 0,
    get streams() {
      return opened;
    },
    servedBy: [],
    stop() {
      running = false;
      current?.destroy();
    },
  };

  const refreshToken = async () => {
    for (;;) {
      try {
        user = await signIn(new Api(baseUrl), user);
        client.tokenRefreshes++;
        return;
      } catch {
        // The database may be down: sign in again shortly.
        await sleep(BACKOFF_MS);
      }
    }
  };

  /** One stream, until it ends; 'auth' when the token was refused. */
  const openOnce = () => new Promise<'ok' | 'auth' | 'refused'>((resolve) => {
    const headers: Record<string, string> = { authorization: `Bearer ${user.token}`, accept: 'text/event-stream' };
    if (lastEventId !== null) headers['last-event-id'] = lastEventId;
    // No agent: a stream holds its connection for as long as it lasts.
    const req = request(`${baseUrl}/api/v1/events/stream`, { headers, agent: false }, (res) => {
      if (res.statusCode !== 200) {
        client.refused++;
        res.resume();
        resolve(res.statusCode === 401 ? 'auth' : 'refused');
        return;
      }
      if (opened++ > 0) client.reconnects++;
      client.servedBy.push(String(res.headers['x-served-by'] ?? '?'));
      let buffer = '';
      let message: { id?: string; event?: string; data: string[] } = { data: [] };
      let outcome: 'ok' | 'auth' = 'ok';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let nl: number;
        while ((nl = buffer.indexOf('\n')) >= 0) {
          const line = buffer.slice(0, nl).replace(/\r$/, '');
          buffer = buffer.slice(nl + 1);
          if (line === '') {
            if (message.id !== undefined) lastEventId = message.id;
            if (handle(message) === 'auth') outcome = 'auth';
            message = { data: [] };
            continue;
          }
          if (line.startsWith(':')) continue;
          const colon = line.indexOf(':');
          const field = colon < 0 ? line : line.slice(0, colon);
          const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
          if (field === 'id') message.id = value;
          else if (field === 'event') message.event = value;
          else if (field === 'data') message.data.push(value);
        }
      });
      res.on('close', () => resolve(outcome));
      res.on('error', () => resolve(outcome));
    });
    current = req;
    req.on('error', () => resolve('refused'));
    req.end();
  });

  function handle(message: { id?: string; event?: string; data: string[] }): 'auth' | null {
    const event = message.event ?? 'message';
    if (event === 'reset') client.resets++;
    if (event === 'end') {
      const reason = (JSON.parse(message.data.join('\n') || '{}') as { reason?: string }).reason;
      return reason === 'credential' ? 'auth' : null;
    }
    if (!event.startsWith('product.')) return null;
    const body = JSON.parse(message.data.join('\n')) as { seq: number; id: string; type: string; subjectId: string; version: number | null };
    client.received.push({ seq: body.seq, id: body.id, type: body.type, subjectId: body.subjectId, version: body.version });
    return null;
  }

  void (async () => {
    while (running) {
      const outcome = await openOnce();
      if (!running) break;
      if (outcome === 'auth') await refreshToken();
      else await sleep(outcome === 'refused' ? BACKOFF_MS : 100);
    }
  })();
  return client;
}
