import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'vitest';

/** What a receiver was sent. */
interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  at: number;
}

export interface Receiver {
  url: string;
  port: number;
  received: Received[];
  /** How it answers the next requests (default 204). */
  answer: (status: number, body?: string) => void;
  /** Answers the next requests with a 307 to `location`. */
  redirect: (location: string) => void;
  /** Resolves once `count` requests arrived (or fails after `timeoutMs`). */
  waitFor: (count: number, timeoutMs?: number) => Promise<Received[]>;
  close: () => Promise<void>;
}

/** A webhook receiver on 127.0.0.1: records every request and answers as told. */
export async function startReceiver(): Promise<Receiver> {
  const received: Received[] = [];
  let status = 204;
  let reply = '';
  let location: string | null = null;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() });
      if (location) res.writeHead(307, { Location: location }).end();
      else res.writeHead(status, { 'Content-Type': 'text/plain' }).end(reply);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    port,
    received,
    answer: (next, body = '') => {
      status = next;
      reply = body;
      location = null;
    },
    redirect: (to) => {
      location = to;
    },
    async waitFor(count, timeoutMs = 15_000) {
      await expect.poll(() => received.length, { timeout: timeoutMs, interval: 50 }).toBeGreaterThanOrEqual(count);
      return received.slice(0, count);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export const webhooksPath = (slug: string, rest = '') => `/api/v1/workspaces/${slug}/webhooks${rest}`;
