import type { Request, Response } from 'express';
import { AppError } from '../../lib/errors.js';
import { bearerToken, signedIn } from '../../lib/http/authenticate.js';
import type { Streams } from './stream.js';

const invalidLastEventId = () =>
  new AppError(400, 'invalid_last_event_id', 'Last-Event-ID must be the id of an event this stream sent (a whole number)', {
    errors: [{ in: 'headers', field: 'last-event-id', message: '"Last-Event-ID" must be a whole number', code: 'string.pattern.base' }],
  });

/** The header EventSource sends back on reconnection; absent or empty: from now on. */
function lastEventIdOf(req: Request): number | undefined {
  const value = req.get('last-event-id')?.trim();
  if (value === undefined || value === '') return undefined;
  if (!/^\d{1,15}$/.test(value)) throw invalidLastEventId();
  return Number(value);
}

export function eventsController(streams: Streams) {
  return {
    stream: async (req: Request, res: Response): Promise<void> => {
      const principal = signedIn(res);
      await streams.open(principal, bearerToken(req)!, lastEventIdOf(req), res);
    },
  };
}
