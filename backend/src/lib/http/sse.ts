import type { Response } from 'express';
import { writeOrWait } from './stream.js';

interface SseMessage {
  id?: string;
  event?: string;
  /** One line of text (JSON.stringify writes no newline). */
  data: string;
}

export interface SseWriter {
  /** Writes one message (or one encodeSse made); false once the stream is closed (or was closed for a slow client). */
  send(message: SseMessage | Buffer): boolean;
  /** The same, waiting while the client's buffer is full (a replay from the database): false once closed. */
  sendPaced(message: SseMessage | Buffer): Promise<boolean>;
  /** A comment line (`: text`), which EventSource ignores: keeps proxies from timing the stream out. */
  comment(text: string): void;
  end(): void;
  readonly closed: boolean;
  onClose(listener: () => void): void;
}

export interface SseOptions {
  /** EventSource's reconnection delay, sent once at the start (`retry:`). */
  retryMs: number;
  /**
   * Bytes a client may leave unread before the stream is ended: a reader that stopped reading
   * costs this much memory at most, then reconnects and resumes (Last-Event-ID) from the source.
   */
  maxBufferedBytes: number;
}

/**
 * A text/event-stream answer (the HTML standard's server-sent events) on an Express response. No
 * business rules: what is sent, and to whom, is the caller's.
 */
export function openSse(res: Response, { retryMs, maxBufferedBytes }: SseOptions): SseWriter {
  let closed = false;
  const closeListeners: Array<() => void> = [];
  res.status(200);
  res.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
  // no-transform: the compression middleware leaves the stream alone (it would hold messages back
  // to fill its buffers), as should any proxy; X-Accel-Buffering: nginx's way of saying the same.
  res.setHeader('Cache-Control', 'no-cache, no-transform');
  res.setHeader('X-Accel-Buffering', 'no');
  res.flushHeaders();
  res.socket?.setNoDelay(true);
  // A stream outlives any idle timeout meant for requests.
  res.socket?.setTimeout(0);
  res.write(`retry: ${retryMs}\n\n`);

  const finish = () => {
    if (closed) return;
    closed = true;
    for (const listener of closeListeners) listener();
  };
  res.on('close', finish);

  function write(chunk: string | Buffer): boolean {
    if (closed) return false;
    res.write(chunk);
    if (res.writableLength > maxBufferedBytes) {
      res.destroy();
      finish();
      return false;
    }
    return true;
  }

  return {
    send(message) {
      return write(Buffer.isBuffer(message) ? message : format(message));
    },
    async sendPaced(message) {
      if (closed) return false;
      return writeOrWait(res, Buffer.isBuffer(message) ? message : format(message));
    },
    comment(text) {
      write(`: ${text}\n\n`);
    },
    end() {
      if (closed) return;
      res.end();
      finish();
    },
    get closed() {
      return closed;
    },
    onClose(listener) {
      closeListeners.push(listener);
    },
  };
}

const format = ({ id, event, data }: SseMessage) =>
  `${id === undefined ? '' : `id: ${id}\n`}${event === undefined ? '' : `event: ${event}\n`}data: ${data}\n\n`;

/**
 * A message as the bytes every stream writes: a message sent to many streams is formatted and
 * UTF-8 encoded once, and the same buffer is written to each (a thousand clients would otherwise
 * build and encode a thousand copies of it).
 */
export const encodeSse = (message: SseMessage): Buffer => Buffer.from(format(message), 'utf8');
