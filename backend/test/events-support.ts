// A client of GET /api/v1/events/stream for the events tests: a real HTTP connection to a listening
// server, its text parsed as the HTML standard's EventSource parses it.
import { get, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import { expect } from 'vitest';
import type { DomainEvent } from '../src/modules/events/index.js';

interface SseMessage {
  id?: string;
  event?: string;
  data?: string;
  comment?: string;
  retry?: number;
}

export interface StreamClient {
  status: number;
  headers: IncomingHttpHeaders;
  /** Everything received so far, as sent. */
  readonly text: string;
  /** Every message (and comment) received so far, in order. */
  readonly messages: SseMessage[];
  /** The events received so far, parsed from their data. */
  events(): DomainEvent[];
  /** Resolves once a message matches (polling what has arrived), else fails after `timeoutMs`. */
  waitFor(match: (message: SseMessage) => boolean, timeoutMs?: number): Promise<SseMessage>;
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  close(): void;
}

export async function openStream(baseUrl: string, options: { token?: string; lastEventId?: string; path?: string } = {}): Promise<StreamClient> {
  const headers: Record<string, string> = { Accept: 'text/event-stream' };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  if (options.lastEventId !== undefined) headers['Last-Event-ID'] = options.lastEventId;
  const res = await new Promise<IncomingMessage>((resolve, reject) => {
    get(`${baseUrl}${options.path ?? '/api/v1/events/stream'}`, { headers }, resolve).on('error', reject);
  });
  let text = '';
  let pending = '';
  const messages: SseMessage[] = [];
  res.setEncoding('utf8');
  res.on('data', (chunk: string) => {
    text += chunk;
    pending += chunk;
    let end: number;
    while ((end = pending.indexOf('\n\n')) >= 0) {
      messages.push(parse(pending.slice(0, end)));
      pending = pending.slice(end + 2);
    }
  });
  const ended = new Promise<void>((resolve) => {
    res.on('end', resolve);
    res.on('close', resolve);
  });
  return {
    status: res.statusCode!,
    headers: res.headers,
    get text() {
      return text;
    },
    messages,
    events: () => messages.filter((m) => m.data !== undefined && m.event !== 'end' && m.event !== 'reset').map((m) => JSON.parse(m.data!) as DomainEvent),
    async waitFor(match, timeoutMs = 5_000) {
      await expect.poll(() => messages.some(match), { timeout: timeoutMs, interval: 10 }).toBe(true);
      return messages.find(match)!;
    },
    ended,
    close: () => res.destroy(),
  };
}

function parse(block: string): SseMessage {
  const message: SseMessage = {};
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) message.comment = line.slice(1).trim();
    else {
      const at = line.indexOf(':');
      const field = at < 0 ? line : line.slice(0, at);
      const value = at < 0 ? '' : line.slice(at + 1).replace(/^ /, '');
      if (field === 'id' || field === 'event' || field === 'data') message[field] = value;
      if (field === 'retry') message.retry = Number(value);
    }
  }
  return message;
}
