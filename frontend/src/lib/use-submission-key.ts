import { useCallback, useRef } from 'react';
import { newIdempotencyKey } from './id';

/**
 * One Idempotency-Key per submission of a form. Sending the same body again (a second click before
 * the first answer, a retry after a timeout) reuses the key, so the API answers with what the first
 * request made instead of making it twice. A changed body is another submission and gets a key of
 * its own: the API refuses a key it saw with another body.
 */
export function useSubmissionKey(): (body: unknown) => string {
  const last = useRef<{ body: string; key: string } | null>(null);
  return useCallback((body: unknown) => {
    const serialised = JSON.stringify(body);
    if (last.current?.body !== serialised) last.current = { body: serialised, key: newIdempotencyKey() };
    return last.current.key;
  }, []);
}
