import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { requestContext } from '../request-context.js';

// A client or proxy may send its own id so logs correlate across hops; anything odd (too long,
// control characters, log-injection attempts) is replaced rather than echoed.
const SANE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The client's id when it is sane, else a fresh one. */
export function pickRequestId(incoming: string | undefined): string {
  return incoming && SANE_ID.test(incoming) ? incoming : randomUUID();
}

export function requestId(req: Request, res: Response, next: NextFunction): void {
  const id = pickRequestId(req.get('x-request-id'));
  res.locals.requestId = id;
  res.setHeader('X-Request-Id', id);
  // req.ip follows `trust proxy`, which app.ts sets before any middleware runs.
  requestContext.run({ requestId: id, ip: req.ip, userAgent: req.get('user-agent') }, next);
}
