import { useCallback, useState, type RefCallback } from 'react';

/**
 * A ref for a scroll container and whether its content is wider than it, kept up to date as
 * either resizes. Lets the container become a named, keyboard-focusable region only while it
 * actually scrolls, instead of adding a tab stop on every screen.
 */
export function useHorizontalOverflow<T extends HTMLElement>(): [RefCallback<T>, boolean] {
  const [overflowing, setOverflowing] = useState(false);

  // A callback ref, so observation starts whenever the element mounts, however late.
  const ref = useCallback((element: T | null) => {
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    // Observers report every observed element once when observation starts: no initial call.
    const observer = new ResizeObserver(() => {
      setOverflowing(element.scrollWidth > element.clientWidth);
    });
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => {
      observer.disconnect();
    };
  }, []);

  return [ref, overflowing];
}
