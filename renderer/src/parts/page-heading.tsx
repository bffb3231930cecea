import { useEffect, useRef } from 'react';

/** False until the first page has shown: on start, focus stays at the top (the skip link comes first). */
let started = false;

/**
 * A page's title. It takes focus when the user opens another page, so keyboard and screen-reader
 * users land on the new page rather than staying in the menu without knowing anything changed.
 */
export function PageHeading({ id, children }: { id: string; children: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (started) ref.current?.focus({ preventScroll: true });
    started = true;
  }, []);
  return (
    <h1 id={id} ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
