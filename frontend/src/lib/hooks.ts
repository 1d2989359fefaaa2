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
