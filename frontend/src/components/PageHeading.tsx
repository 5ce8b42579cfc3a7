import { type ReactNode, useEffect, useRef } from 'react';

/**
 * The page's h1. It takes focus when the page mounts so that after a route change screen readers
 * announce the new page and keyboard users start from its top.
 */
export function PageHeading({ children, actions }: { children: ReactNode; actions?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <div className="page-heading">
      <h1 ref={ref} tabIndex={-1}>
        {children}
      </h1>
      {actions && <div className="page-heading__actions">{actions}</div>}
    </div>
  );
}
