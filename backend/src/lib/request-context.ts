import { AsyncLocalStorage } from 'node:async_hooks';

// Carries the request id to every log line written while serving a request, including from
// services that never see `req`.
export const requestContext = new AsyncLocalStorage<{ requestId: string }>();

export function currentRequestId(): string | undefined {
  return requestContext.getStore()?.requestId;
}
