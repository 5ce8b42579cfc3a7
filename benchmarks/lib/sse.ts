// A client of the API's Server-Sent Events stream (GET /api/v1/events/stream) for the events
// scenario: one node:http connection per client, messages split as EventSource splits them, each
// stamped with the moment its chunk arrived (before it is parsed: the parse is not latency).
import { Agent, get } from 'node:http';

export interface SseMessage {
  id?: string;
  event?: string;
  data?: string;
}

export interface SseClient {
  /** Resolves when the server ends the stream or the connection drops. */
  closed: Promise<void>;
  readonly open: boolean;
  close(): void;
}

/** One keep-alive agent for a thousand streams: no socket limit, no pooling limits in the way. */
export const streamAgent = () => new Agent({ keepAlive: true, maxSockets: Infinity });

/** Resolves once the stream answered 200 (its headers); throws on any other status. */
export function openStream(url: string, token: string, agent: Agent, onMessage: (message: SseMessage, at: number) => void): Promise<SseClient> {
  return new Promise((resolve, reject) => {
    const req = get(url, { agent, headers: { accept: 'text/event-stream', authorization: `Bearer ${token}` } }, (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        reject(new Error(`the stream answered ${res.statusCode}`));
        return;
      }
      res.setEncoding('utf8');
      let pending = '';
      let open = true;
      res.on('data', (chunk: string) => {
        const at = performance.now();
        pending += chunk;
        let start = 0;
        for (let end = pending.indexOf('\n\n'); end >= 0; end = pending.indexOf('\n\n', start)) {
          onMessage(parse(pending.slice(start, end)), at);
          start = end + 2;
        }
        pending = pending.slice(start);
      });
      res.on('error', () => {});
      const closed = new Promise<void>((done) =>
        res.once('close', () => {
          open = false;
          done();
        }),
      );
      resolve({
        closed,
        get open() {
          return open;
        },
        close: () => res.destroy(),
      });
    });
    req.on('error', reject);
  });
}

function parse(block: string): SseMessage {
  const message: SseMessage = {};
  for (const line of block.split('\n')) {
    const at = line.indexOf(':');
    if (at <= 0) continue;
    const field = line.slice(0, at);
    if (field === 'id' || field === 'event' || field === 'data') message[field] = line.slice(at + 1).replace(/^ /, '');
  }
  return message;
}
