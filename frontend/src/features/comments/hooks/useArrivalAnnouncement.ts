import { useState } from 'react';

interface Arrival {
  id: string;
  authorName: string | null;
  mine: boolean;
}

/**
 * What a polite live region should say when comments from the other person arrive: "" at first
 * (what was there on load is not news), then "New comment from Grace Kim" for each new one.
 */
export function useArrivalAnnouncement(comments: readonly Arrival[] | null): string {
  const [state, setState] = useState<{ known: ReadonlySet<string> | null; message: string }>({ known: null, message: '' });
  if (comments === null) return state.message;
  const fresh = state.known === null ? [] : comments.filter((comment) => !state.known?.has(comment.id));
  if (state.known === null || fresh.length > 0) {
    const theirs = fresh.filter((comment) => !comment.mine);
    const last = theirs[theirs.length - 1];
    const from = last?.authorName ?? 'someone';
    const message = !last ? state.message : theirs.length === 1 ? `New comment from ${from}` : `${theirs.length} new comments, the last from ${from}`;
    setState({ known: new Set(comments.map((comment) => comment.id)), message });
    return message;
  }
  return state.message;
}
