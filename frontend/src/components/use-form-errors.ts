import { type RefObject, useCallback, useEffect, useState } from 'react';
import { describeError, splitFieldErrors } from '../lib/api-error';
import { toast } from './toast';

/**
 * Per-field messages for a form. Reporting them (a refused submit, client- or server-side) moves
 * focus to the first invalid control; clearing one as the user types does not.
 */
export function useFormErrors<F extends string>(formRef: RefObject<HTMLFormElement | null>, fields: readonly F[]) {
  const [errors, setErrors] = useState<Partial<Record<F, string>>>({});
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (attempt > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt, formRef]);

  const report = useCallback((next: Partial<Record<F, string>>) => {
    setErrors(next);
    setAttempt((n) => n + 1);
  }, []);

  const clear = useCallback((field: F) => {
    setErrors((current) => {
      if (!(field in current)) return current;
      const next = { ...current };
      delete next[field];
      return next;
    });
  }, []);

  /** The API's per-field errors go next to their inputs; anything else becomes a toast. */
  const reportApiError = useCallback(
    (error: unknown) => {
      const { fieldErrors, unmatched } = splitFieldErrors(error, fields);
      report(fieldErrors);
      if (Object.keys(fieldErrors).length === 0) toast.error(describeError(error));
      else if (unmatched[0]) toast.error(unmatched[0].message);
    },
    [report, fields],
  );

  return { errors, report, clear, reportApiError };
}

export function hasErrors(errors: object): boolean {
  return Object.keys(errors).length > 0;
}
