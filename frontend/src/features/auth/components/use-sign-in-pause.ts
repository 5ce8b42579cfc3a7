import { useCallback, useEffect, useState } from 'react';

// The browser's own clock format: 14:32 in most of Europe, 2:32 PM in the US.
const clock = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });

function inAbout(seconds: number): string {
  if (seconds < 60) return 'in less than a minute';
  const minutes = Math.round(seconds / 60);
  if (minutes < 90) return `in about ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
  return `in about ${Math.round(minutes / 60)} hours`;
}

/** The sentence for a refusal whose Retry-After ends at `until` (epoch ms), `seconds` from now. */
function pausedUntil(until: number, seconds: number): string {
  // To the nearest minute, so "until 14:32" is never more than half a minute early or late.
  const shown = clock.format(new Date(Math.round(until / 60_000) * 60_000));
  return `Too many sign-in attempts. Sign-in is paused until ${shown} (${inAbout(seconds)}).`;
}

const PAUSED_FOR_A_WHILE = 'Too many sign-in attempts. Wait a few minutes, then try again.';

interface Pause {
  message: string;
  /** Epoch ms when sign-in may be tried again; null when the API did not say (nothing to wait for). */
  until: number | null;
}

/**
 * After a 429 the sign-in form says once, in itself, until when sign-in is paused, and refuses to
 * submit until then: every attempt before that would only be refused again (and, as a toast per
 * attempt, used to stack up). The time comes from Retry-After, read when the answer arrived.
 */
export function useSignInPause() {
  const [pause, setPause] = useState<Pause | null>(null);
  const until = pause?.until ?? null;

  useEffect(() => {
    if (until === null) return;
    const timer = setTimeout(() => setPause(null), Math.max(0, until - Date.now()));
    return () => clearTimeout(timer);
  }, [until]);

  const start = useCallback((retryAfterSeconds: number | undefined) => {
    if (retryAfterSeconds === undefined) {
      setPause({ message: PAUSED_FOR_A_WHILE, until: null });
      return;
    }
    const ends = Date.now() + retryAfterSeconds * 1000;
    setPause({ message: pausedUntil(ends, retryAfterSeconds), until: ends });
  }, []);

  const clear = useCallback(() => setPause(null), []);

  return { message: pause?.message ?? null, active: until !== null, start, clear };
}
