import { AsyncLocalStorage } from 'node:async_hooks';

/** What is known about the request being served, wherever the code runs that serves it. */
export interface RequestContext {
  requestId: string;
  /** The client's address as Express sees it (req.ip: the socket's, or TRUST_PROXY's forwarded one). */
  ip?: string;
  userAgent?: string;
}

// Carries the request id to every log line written while serving a request, and the request's
// origin to the audit log (modules/audit), including from services that never see `req`.
export const requestContext = new AsyncLocalStorage<RequestContext>();

export function currentRequestId(): string | undefined {
  return requestContext.getStore()?.requestId;
}

/** The request being served, if any (a job runs outside one). */
export function currentRequest(): RequestContext | undefined {
  return requestContext.getStore();
}
