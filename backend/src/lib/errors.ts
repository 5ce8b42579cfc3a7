/** One field's complaint, as the client sees it in a problem's `errors`. */
export interface FieldError {
  in: 'body' | 'query' | 'params' | 'headers';
  field: string;
  message: string;
  code: string;
}

interface AppErrorOptions {
  errors?: FieldError[];
  headers?: Record<string, string>;
  /** Extra members for the problem body (RFC 9457 extensions). */
  extensions?: Record<string, unknown>;
  cause?: unknown;
}

/**
 * The one error type the app throws on purpose. `code` is stable and documented: clients branch on
 * it, so it never changes meaning. The message is safe to show to the client.
 */
export class AppError extends Error {
  readonly errors?: FieldError[];
  readonly headers?: Record<string, string>;
  readonly extensions?: Record<string, unknown>;

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    options: AppErrorOptions = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.errors = options.errors;
    this.headers = options.headers;
    this.extensions = options.extensions;
  }
}

export const notFound = (code: string, message: string) => new AppError(404, code, message);
export const unauthorized = (message = 'Authentication is required', code = 'unauthorized') =>
  new AppError(401, code, message, { headers: { 'WWW-Authenticate': 'Bearer' } });
export const forbidden = (message = 'You are not allowed to do this', code = 'forbidden') =>
  new AppError(403, code, message);
export const conflict = (code: string, message: string) => new AppError(409, code, message);
export const badRequest = (code: string, message: string, errors?: FieldError[]) =>
  new AppError(400, code, message, { errors });
