import { useEffect, useRef, type RefObject } from 'react';
import { useLocation } from 'react-router';

/**
 * Moves focus to the element (the main content) when the path changes, so keyboard and
 * screen-reader users start on the new page instead of on the link they left. Not on first load:
 * there the browser's own starting point is right.
 */
export function useFocusOnNavigation(target: RefObject<HTMLElement | null>): void {
  const { pathname } = useLocation();
  const previous = useRef(pathname);

  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    // ScrollRestoration scrolls to the top; focusing must not scroll the header away again.
    target.current?.focus({ preventScroll: true });
  }, [pathname, target]);
}
