import { type QueryKey, useQueryClient } from '@tanstack/react-query';
import { useEffect, useEffectEvent, useRef } from 'react';
import type { LiveEvent } from './client';
import { useLiveEvents } from './provider';

/** How long a burst of events is gathered before the lists are read again. */
const WINDOW_MS = 250;

/**
 * Runs `task` once per burst of triggers: the first starts a window of `windowMs`, and triggers
 * within it change nothing; triggers while the task runs make one more run after it. So an import
 * of ten thousand rows (an event each) reads a list a few times a second at most, never twice at once.
 */
export function coalesce(task: () => Promise<unknown>, windowMs = WINDOW_MS) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running = false;
  let again = false;
  let stopped = false;

  const schedule = () => {
    if (timer === null && !stopped) timer = setTimeout(run, windowMs);
  };
  const run = () => {
    timer = null;
    running = true;
    void task()
      .catch(() => undefined)
      .finally(() => {
        running = false;
        if (again) {
          again = false;
          schedule();
        }
      });
  };
  return {
    trigger() {
      if (running) again = true;
      else schedule();
    },
    stop() {
      stopped = true;
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}

/**
 * Reads the queries under `queryKey` again after the live events that `matches` picks, coalesced
 * (see coalesce): for lists, which a single event cannot patch (its order, filters and counts).
 */
export function useLiveRefetch(queryKey: QueryKey, matches: (event: LiveEvent) => boolean): void {
  const queryClient = useQueryClient();
  const refetch = useEffectEvent(() => queryClient.invalidateQueries({ queryKey }));
  const batch = useRef<ReturnType<typeof coalesce> | null>(null);
  useEffect(() => {
    const created = coalesce(() => refetch());
    batch.current = created;
    return () => {
      created.stop();
      batch.current = null;
    };
  }, []);
  useLiveEvents((event) => {
    if (matches(event)) batch.current?.trigger();
  });
}
