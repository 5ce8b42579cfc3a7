import type { NextFunction, Request, Response } from 'express';
import { classifyConnectionError, isUniqueViolation } from '../db-errors.js';
import { AppError } from '../errors.js';
import type { Logger } from '../logger.js';
import { sendProblem } from './problem.js';

// body-parser's error types, each mapped to a stable code a client can act on.
const BODY_ERRORS: Record<string, { status: number; code: string; detail: string }> = {
  'entity.parse.failed': { status: 400, code: 'malformed_json', detail: 'The request body is not valid JSON' },
  'entity.too.large': { status: 413, code: 'payload_too_large', detail: 'The request body is too large' },
  'encoding.unsupported': { status: 415, code: 'unsupported_encoding', detail: 'The content encoding is not supported' },
  'charset.unsupported': { status: 415, code: 'unsupported_charset', detail: 'The charset is not supported' },
  'request.aborted': { status: 400, code: 'request_aborted', detail: 'The request was aborted' },
  'request.size.invalid': { status: 400, code: 'bad_request', detail: 'The request body length does not match' },
};

/** Turns anything thrown into a problem response; the message of an unexpected fault never leaves. */
export function errorHandler(logger: Logger) {
  // Express recognises error middleware by its four parameters.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- `_next` is unused but must be declared: see above.
  return (err: unknown, req: Request, res: Response, _next: NextFunction): void => {
    const problem = toAppError(err);
    if (problem.status >= 500) {
      logger.error({ err, method: req.method, url: req.originalUrl }, 'request failed');
    }
    if (res.headersSent) {
      res.destroy();
      return;
    }
    for (const [name, value] of Object.entries(problem.headers ?? {})) res.setHeader(name, value);
    sendProblem(res, { status: problem.status, code: problem.code, detail: problem.message, errors: problem.errors, extensions: problem.extensions });
  };
}

function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const e = err as { type?: string; status?: number; code?: string; cause?: { code?: string } } | null;
  const bodyError = e?.type ? BODY_ERRORS[e.type] : undefined;
  if (bodyError) return new AppError(bodyError.status, bodyError.code, bodyError.detail);
  if (isUniqueViolation(err)) return new AppError(409, 'conflict', 'A record with these values already exists');
  if (e?.code === 'P2025') return new AppError(404, 'not_found', 'The record does not exist');
  // The database (or its connection) failing is "try again shortly", not a fault of the server's code.
  if (classifyConnectionError(err) === 'unreachable') {
    return new AppError(503, 'service_unavailable', 'A backing service is unavailable; try again shortly', {
      headers: { 'Retry-After': '5' },
    });
  }
  // Other http-errors (e.g. from static file serving) carry a safe 4xx status.
  if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500) {
    return new AppError(e.status, 'bad_request', 'The request could not be processed');
  }
  return new AppError(500, 'internal_error', 'An unexpected error occurred');
}
