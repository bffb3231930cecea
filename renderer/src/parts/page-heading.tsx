import { useEffect, useRef } from 'react';

/**
 * A page's title. It takes focus when the page opens, so keyboard and screen-reader users land on
 * the new page rather than staying in the menu without knowing anything changed.
 */
export function PageHeading({ id, children }: { id: string; children: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <h1 id={id} ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
