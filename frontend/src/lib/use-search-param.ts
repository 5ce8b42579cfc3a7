import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useDebouncedValue } from './use-debounced-value';

/** How long typing must pause before a search box's words are sent (and written to the URL). */
export const SEARCH_DEBOUNCE_MS = 300;

/**
 * A search box whose words live in the URL's `q` (a list's search can be shared or reloaded): typed
 * locally, written once typing pauses (replacing the history entry), and read back when the URL
 * changes from outside (Back, a link). The catalogue's hook (features/products use-catalogue-params.ts)
 * does the same with its price fields besides.
 */
export function useSearchParam() {
  const [searchParams, setSearchParams] = useSearchParams();
  const url = searchParams.get('q') ?? '';
  const [draft, setDraft] = useState(url);
  // What this hook last wrote: its echo in the URL must not overwrite what was typed since.
  const written = useRef(url);
  const debounced = useDebouncedValue(draft, SEARCH_DEBOUNCE_MS);

  const writeToUrl = useEffectEvent((settled: string) => {
    const next = settled.trim();
    if (next === url) return;
    written.current = next;
    setSearchParams(
      (current) => {
        const params = new URLSearchParams(current);
        if (next) params.set('q', next);
        else params.delete('q');
        return params;
      },
      { replace: true },
    );
  });
  useEffect(() => writeToUrl(debounced), [debounced]);

  useEffect(() => {
    if (url === written.current) return;
    written.current = url;
    setDraft(url);
  }, [url]);

  return { draft, setDraft, q: url || undefined };
}
