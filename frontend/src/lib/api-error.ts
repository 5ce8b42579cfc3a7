import { isAxiosError } from 'axios';
import type { components } from './api/schema';

export type FieldError = components['schemas']['FieldError'];

/** The API's application/problem+json body. */
export type Problem = components['schemas']['Problem'];

/**
 * What an ApiError is made from: the API's problem, or one the client writes itself (status 0 when
 * nothing answered, a body that was not a problem), which has no `type` or `requestId` to give.
 */
export type ProblemInit = Pick<Problem, 'status'> &
  Partial<Pick<Problem, 'type' | 'title' | 'detail' | 'code' | 'requestId' | 'errors' | 'reason'>>;

/**
 * Every failed request reaches the UI as one of these: branch on `status` + `code`, show `detail`.
 * Network failures get status 0 so callers need no second error shape.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fieldErrors: FieldError[];
  readonly requestId?: string;
  /** Seconds, from Retry-After on a 429 or 503. */
  readonly retryAfter?: number;
  /** On a refused token: why its session ended (the problem's `reason`, e.g. `password_changed`). */
  readonly reason?: Problem['reason'];

  constructor(problem: ProblemInit, retryAfter?: number) {
    super(problem.detail || problem.title || 'Something went wrong');
    this.name = 'ApiError';
    this.status = problem.status;
    this.code = problem.code ?? 'unknown_error';
    this.fieldErrors = problem.errors ?? [];
    this.requestId = problem.requestId;
    this.retryAfter = retryAfter;
    if (typeof problem.reason === 'string') this.reason = problem.reason;
  }

  is(status: number, code?: string): boolean {
    return this.status === status && (code === undefined || this.code === code);
  }
}

function isProblem(body: unknown): body is ProblemInit {
  return typeof body === 'object' && body !== null && typeof (body as ProblemInit).status === 'number';
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (!isAxiosError(error)) {
    return new ApiError({ status: 0, code: 'client_error', detail: error instanceof Error ? error.message : String(error) });
  }
  const response = error.response;
  if (!response) {
    return new ApiError({
      status: 0,
      code: error.code === 'ECONNABORTED' ? 'timeout' : 'network_error',
      detail: 'The server could not be reached. Check your connection and try again.',
    });
  }
  const retryAfterHeader = Number(response.headers['retry-after']);
  const retryAfter = Number.isFinite(retryAfterHeader) && retryAfterHeader > 0 ? retryAfterHeader : undefined;
  const problem: ProblemInit = isProblem(response.data)
    ? response.data
    : { status: response.status, code: `http_${response.status}`, detail: `The server answered ${response.status}.` };
  return new ApiError(problem, retryAfter);
}

/** A sentence for a toast: the API's detail, plus when to retry if it said so. */
export function describeError(error: unknown): string {
  const apiError = toApiError(error);
  if (apiError.status === 429) {
    const wait = apiError.retryAfter ? ` Try again in ${apiError.retryAfter} s.` : ' Try again shortly.';
    return `${apiError.message.replace(/\.?$/, '.')}${wait}`;
  }
  return apiError.message;
}

/**
 * Splits an API refusal into messages for the form's own fields and whatever is left for a toast.
 * Only body errors map to inputs; the first message per field wins.
 */
export function splitFieldErrors<F extends string>(
  error: unknown,
  fields: readonly F[],
): { fieldErrors: Partial<Record<F, string>>; unmatched: FieldError[] } {
  const fieldErrors: Partial<Record<F, string>> = {};
  const unmatched: FieldError[] = [];
  for (const item of toApiError(error).fieldErrors) {
    const field = fields.find((f) => f === item.field);
    if (item.in === 'body' && field) fieldErrors[field] ??= item.message;
    else unmatched.push(item);
  }
  return { fieldErrors, unmatched };
}
