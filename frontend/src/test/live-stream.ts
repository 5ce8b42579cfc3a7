import { http, HttpResponse } from 'msw';
import { vi } from 'vitest';
import type { LiveEvent } from '../lib/live-events/client';
import type { Product } from '../features/products/types';
import { API } from './server';

/** One request to GET /events/stream that was answered with a stream the test writes to. */
export interface StreamConnection {
  headers: Headers;
  /** Raw text, as the API would write it (split anywhere: the client must reassemble messages). */
  write(text: string): void;
  /** One event as the API writes it: `id: <seq>`, `event: <type>`, `data: <json>`. */
  send(event: LiveEvent): void;
  /** The API closes the stream. */
  close(): void;
}

const encoder = new TextEncoder();

/**
 * The live events endpoint, answered with a stream per request that the test controls. `respond`
 * may answer a connection otherwise (a 401, say) by returning a response for it.
 */
export function liveStream(respond?: (request: Request, index: number) => Response | undefined) {
  const connections: StreamConnection[] = [];
  let requests = 0;
  const handler = http.get(`${API}/events/stream`, ({ request }) => {
    const index = requests++;
    const answer = respond?.(request, index);
    if (answer) {
      connections.push({ headers: request.headers, write: () => undefined, send: () => undefined, close: () => undefined });
      return answer;
    }
    let controller!: ReadableStreamDefaultController<Uint8Array>;
    let closed = false;
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        controller = c;
      },
      cancel() {
        closed = true;
      },
    });
    const connection: StreamConnection = {
      headers: request.headers,
      write(text) {
        if (!closed) controller.enqueue(encoder.encode(text));
      },
      send(event) {
        this.write(`id: ${event.seq}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
      },
      close() {
        if (closed) return;
        closed = true;
        controller.close();
      },
    };
    connections.push(connection);
    return new HttpResponse(body, { headers: { 'Content-Type': 'text/event-stream' } });
  });
  return {
    handler,
    connections,
    /** The `n`th request (1-based), once it has come. */
    async connection(n: number): Promise<StreamConnection> {
      await vi.waitFor(() => {
        if (connections.length < n) throw new Error(`waiting for connection ${n}; ${connections.length} so far`);
      });
      return connections[n - 1]!;
    },
  };
}

let seq = 1000;

/** An event of the stream, as the API sends it. */
export function makeEvent(overrides: Partial<LiveEvent> & Pick<LiveEvent, 'type'>): LiveEvent {
  const n = ++seq;
  return {
    id: `00000000-0000-4000-9000-${String(n).padStart(12, '0')}`,
    seq: n,
    workspaceId: 'ws-personal',
    subjectId: `subject-${n}`,
    version: null,
    occurredAt: '2026-12-03T12:00:00.000Z',
    payload: { id: `subject-${n}` } as LiveEvent['payload'],
    ...overrides,
  };
}

/** A product.* event carrying `product` (its version, workspace and id) as the payload. */
export function productEvent(type: Extract<LiveEvent['type'], `product.${string}`>, product: Product): LiveEvent {
  return makeEvent({ type, subjectId: product.id, workspaceId: product.workspaceId, version: product.version, payload: product });
}
