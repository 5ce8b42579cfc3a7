import { useCallback, useEffect, useRef } from 'react';
import { type Blocker, type BlockerFunction, useBlocker } from 'react-router';

/**
 * While `dirty`, leaving asks first: a navigation to another page of the app is held (the caller
 * shows the blocker's question, then proceeds or resets it), and closing or reloading the tab gets
 * the browser's own prompt. `allowLeaving()` lets navigations through from then on, for the page a
 * save goes to before the form's state has caught up with it.
 */
export function useUnsavedChanges(dirty: boolean): { blocker: Blocker; allowLeaving: () => void } {
  const allowed = useRef(false);
  const shouldBlock = useCallback<BlockerFunction>(
    // Only another page: a change of the query (a filter) keeps the form where it is.
    ({ currentLocation, nextLocation }) => dirty && !allowed.current && currentLocation.pathname !== nextLocation.pathname,
    [dirty],
  );
  const blocker = useBlocker(shouldBlock);

  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (allowed.current) return;
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);

  const allowLeaving = useCallback(() => {
    allowed.current = true;
  }, []);
  return { blocker, allowLeaving };
}
