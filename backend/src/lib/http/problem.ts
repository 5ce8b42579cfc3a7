import { STATUS_CODES } from 'node:http';
import type { Response } from 'express';
import type { FieldError } from '../errors.js';

export interface Problem {
  status: number;
  code: string;
  detail: string;
  errors?: FieldError[];
  extensions?: Record<string, unknown>;
}

/** Writes an RFC 9457 problem document; every error response of the API goes through here. */
export function sendProblem(res: Response, problem: Problem): void {
  const body = {
    ...problem.extensions,
    type: `urn:shelfwise:problem:${problem.code}`,
    title: STATUS_CODES[problem.status] ?? 'Error',
    status: problem.status,
    detail: problem.detail,
    code: problem.code,
    requestId: res.locals.requestId as string | undefined,
    ...(problem.errors ? { errors: problem.errors } : {}),
  };
  res.status(problem.status).type('application/problem+json').send(JSON.stringify(body));
}
