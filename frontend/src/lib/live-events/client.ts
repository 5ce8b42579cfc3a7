import { createParser, type EventSourceMessage } from 'eventsource-parser';
import type { components } from '../api/schema';
import { ApiError, type ProblemInit } from '../api-error';

/** One change on the API's stream (GET /events/stream): `seq` is its SSE id, `payload` the subject as GET shows it. */
export type LiveEvent = components['schemas']['Event'];

/** `open`: the stream answered and is being read; `connecting` while (re)connecting or waiting to. */
export type LiveStatus = 'connecting' | 'open' | 'closed';

export interface LiveEventsOptions {
  /** The stream's address (env.apiBaseUrl + /events/stream). */
  url: string;
  /** The access token to send; null once the tab has no session, which stops the client. */
  getToken: () => string | null;
  /**
   * After a 401 (or `end` for the credential): the token to reconnect with, from the app's one shared
   * refresh; rejects when there is none to be had (the session then ends, and getToken says null).
   */
  refreshToken: (sentToken: string, refused: ApiError) => Promise<string>;
  onEvent: (event: LiveEvent) => void;
  /** The stream could not say what changed since the last id (too old): everything shown is to be read again. */
  onReset: () => void;
  onStatus?: (status: LiveStatus) => void;
  /** The first reconnection's delay; each failure in a row doubles it up to `maxDelayMs`. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** For the jitter (tests pass a fixed one). */
  random?: () => number;
}

export interface LiveConnection {
  close(): void;
}

/** What one connection ended with: why, and so what the loop does next. */
type Outcome =
  | { next: 'retry'; opened: boolean; soon?: boolean }
  | { next: 'refresh'; sentToken: string; refused: ApiError };

/**
 * The live events, read with fetch (EventSource cannot send an Authorization header). Reconnects with
 * exponential backoff and full jitter after a network error, a 5xx or the stream's end, so a thousand
 * tabs do not come back at the same instant after a deploy; sends Last-Event-ID so nothing is missed.
 */
export function connectLiveEvents(options: LiveEventsOptions): LiveConnection {
  const { baseDelayMs = 1_000, maxDelayMs = 30_000, random = Math.random } = options;
  const abort = new AbortController();
  let lastEventId: string | null = null;
  let status: LiveStatus | null = null;

  const setStatus = (next: LiveStatus) => {
    if (next === status) return;
    status = next;
    options.onStatus?.(next);
  };

  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        abort.signal.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      abort.signal.addEventListener('abort', done);
    });

  async function connectOnce(token: string): Promise<Outcome> {
    const headers: Record<string, string> = { Accept: 'text/event-stream', Authorization: `Bearer ${token}` };
    if (lastEventId !== null) headers['Last-Event-ID'] = lastEventId;
    let response: Response;
    try {
      response = await fetch(options.url, { headers, signal: abort.signal, cache: 'no-store' });
    } catch {
      return { next: 'retry', opened: false };
    }
    if (response.status === 401) return { next: 'refresh', sentToken: token, refused: await problemOf(response) };
    if (!response.ok || !response.body) {
      await response.body?.cancel().catch(() => undefined);
      return { next: 'retry', opened: false };
    }
    setStatus('open');

    let ended: Outcome | null = null;
    const parser = createParser({
      onEvent: (message) => {
        if (!ended) ended = handle(message, token);
      },
    });
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    // The abort of the request does not reach a body already being read everywhere: cancel it too.
    const stop = () => void reader.cancel().catch(() => undefined);
    abort.signal.addEventListener('abort', stop);
    try {
      while (!ended) {
        const { done, value } = await reader.read();
        if (done) break;
        parser.feed(value);
      }
    } catch {
      // The connection dropped (or was aborted): reconnect below, unless closed.
    } finally {
      abort.signal.removeEventListener('abort', stop);
      await reader.cancel().catch(() => undefined);
    }
    return ended ?? { next: 'retry', opened: true };
  }

  /** One message; an Outcome when it ends the stream. */
  function handle(message: EventSourceMessage, token: string): Outcome | null {
    if (message.event === 'end') {
      const end = parseJson<{ reason?: string; code?: string }>(message.data) ?? {};
      if (end.reason === 'credential') {
        return { next: 'refresh', sentToken: token, refused: new ApiError({ status: 401, code: end.code ?? 'unauthorized' }) };
      }
      // Draining (or a reason this build does not know): the server goes away; come back soon, to another instance.
      return { next: 'retry', opened: true, soon: true };
    }
    if (message.id !== undefined) lastEventId = message.id;
    if (message.event === 'reset') {
      options.onReset();
      return null;
    }
    const event = parseJson<LiveEvent>(message.data);
    if (event) options.onEvent(event);
    return null;
  }

  async function run(): Promise<void> {
    let failures = 0;
    while (!abort.signal.aborted) {
      const token = options.getToken();
      if (!token) break;
      setStatus('connecting');
      const outcome = await connectOnce(token);
      if (abort.signal.aborted) break;
      if (outcome.next === 'refresh') {
        try {
          await options.refreshToken(outcome.sentToken, outcome.refused);
          failures = 0;
          continue;
        } catch {
          // Refused: the session has ended (getToken now says null). A network error: try again later.
          if (!options.getToken()) break;
        }
      } else if (outcome.opened) {
        failures = 0;
      }
      const soon = outcome.next === 'retry' && outcome.soon;
      const ceiling = soon ? baseDelayMs : Math.min(maxDelayMs, baseDelayMs * 2 ** failures);
      failures++;
      await wait(ceiling * random());
    }
    setStatus('closed');
  }

  void run();
  return {
    close() {
      abort.abort();
    },
  };
}

function parseJson<T>(text: string): T | null {
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}

async function problemOf(response: Response): Promise<ApiError> {
  const body = parseJson<ProblemInit>(await response.text().catch(() => ''));
  return new ApiError(body && typeof body.status === 'number' ? body : { status: response.status, code: `http_${response.status}` });
}
