/** The bell's arithmetic: badge text, and the list and count once live pushes join a fetched page. */

export interface FeedEntry {
  id: string;
  createdAt: string;
  isRead: boolean;
}

/** What the badge says: nothing at 0, the number up to 9, then "9+". */
export function badgeText(unread: number): string | null {
  if (unread <= 0) return null;
  return unread > 9 ? '9+' : String(unread);
}

/** The bell button's accessible name. */
export function bellLabel(unread: number): string {
  return unread > 0 ? `Notifications, ${unread} unread` : 'Notifications, none unread';
}

/**
 * The fetched page with the pushes received since, newest first and each once (a push can also be
 * in the page when the fetch happened after it), cut to `limit`.
 */
export function mergeNotifications<T extends FeedEntry>(fetched: readonly T[], live: readonly T[], limit = Infinity): T[] {
  const byId = new Map<string, T>();
  // The fetched copy wins: it is the newer word on isRead.
  for (const entry of live) byId.set(entry.id, entry);
  for (const entry of fetched) byId.set(entry.id, entry);
  return [...byId.values()]
    .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || (a.id < b.id ? 1 : -1))
    .slice(0, limit);
}

export interface UnreadInput {
  /** unreadNotificationCount from the last fetch. */
  fetchedCount: number;
  /** The notifications of the last fetch. */
  fetched: readonly FeedEntry[];
  /** Pushes received since the page loaded. */
  live: readonly FeedEntry[];
  /** Marked read here since the last fetch. */
  markedRead: ReadonlySet<string>;
  /** "Mark all read" succeeded since the last fetch (ids in `markedRead` are then all the known ones). */
  markedAll: boolean;
}

/** The badge count between fetches: the fetched count, minus what was read here, plus new pushes. */
export function unreadTotal({ fetchedCount, fetched, live, markedRead, markedAll }: UnreadInput): number {
  const fetchedIds = new Set(fetched.map((entry) => entry.id));
  const readHere = fetched.filter((entry) => !entry.isRead && markedRead.has(entry.id)).length;
  const fromFetch = markedAll ? 0 : Math.max(0, fetchedCount - readHere);
  const newSince = new Set(
    live.filter((entry) => !entry.isRead && !fetchedIds.has(entry.id) && !markedRead.has(entry.id)).map((entry) => entry.id),
  );
  return fromFetch + newSince.size;
}
