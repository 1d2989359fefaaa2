import { useEffect, useState } from 'react';
import { appendPage, type ConnectionLike, type EdgeLike, type MergedConnection } from './pagination';

/** The current time, refreshed every `intervalMs` (for clocks that should stay right). */
export function useNow(intervalMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** `value`, once it has stopped changing for `delayMs`. */
export function useDebouncedValue<T>(value: T, delayMs = 250): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(value), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}

/**
 * Once `ready` (the page has rendered its sections), scrolls to the element the location's #hash
 * names and moves focus there, e.g. /settings#settings-notifications. Again for each navigation
 * (`location.key`), also to the same hash.
 */
export function useScrollToHash(location: { hash: string; key: string }, ready: boolean): void {
  const [done, setDone] = useState<string | null>(null);
  const { hash, key } = location;
  useEffect(() => {
    if (!ready || hash.length < 2 || done === key) return;
    // On the next frame: after the app frame's own focus handling for a new page.
    const frame = window.requestAnimationFrame(() => {
      const target = document.getElementById(decodeURIComponent(hash.slice(1)));
      setDone(key);
      if (!target) return;
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus({ preventScroll: true });
      target.scrollIntoView({ block: 'start' });
    });
    return () => window.cancelAnimationFrame(frame);
  }, [ready, hash, key, done]);
}

/** Sets the tab title: "People · Tandem". */
export function useDocumentTitle(title: string | null): void {
  useEffect(() => {
    document.title = title ? `${title} · Tandem` : 'Tandem';
  }, [title]);
}

/**
 * Keeps the pages fetched so far of a "Load more" list. Give it the latest page from the query and
 * whether that page is the first one (then it starts over, e.g. after a new search or a refetch).
 */
export function useAccumulatedConnection<E extends EdgeLike>(
  page: ConnectionLike<E> | undefined,
  isFirstPage: boolean,
): MergedConnection<E> | null {
  const [state, setState] = useState<{ page: ConnectionLike<E> | undefined; merged: MergedConnection<E> | null }>({
    page: undefined,
    merged: null,
  });
  if (page && page !== state.page) {
    const merged = appendPage(isFirstPage ? null : state.merged, page);
    setState({ page, merged });
    return merged;
  }
  return state.merged;
}
