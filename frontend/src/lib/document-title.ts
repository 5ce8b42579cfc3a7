import { useEffect } from 'react';

/** The tab's title while the page is shown ("Members of Acme Tea · Shelfwise"), so history and tabs tell pages apart. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    const previous = document.title;
    document.title = `${title} · Shelfwise`;
    return () => {
      document.title = previous;
    };
  }, [title]);
}
