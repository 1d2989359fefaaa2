import type { MeetingStatus } from '../../../gql/graphql';

/** The filter chips above a 1:1's history. */
export type HistoryFilter = 'ALL' | 'COMPLETED' | 'MISSED' | 'CANCELLED';

export type PastStatus = Exclude<MeetingStatus, 'UPCOMING'>;

export const HISTORY_FILTERS: readonly { value: HistoryFilter; label: string }[] = [
  { value: 'ALL', label: 'All' },
  { value: 'COMPLETED', label: 'Held' },
  { value: 'MISSED', label: 'Missed' },
  { value: 'CANCELLED', label: 'Cancelled' },
];

/** Which statuses a filter shows. */
export function statusesFor(filter: HistoryFilter): PastStatus[] {
  return filter === 'ALL' ? ['COMPLETED', 'MISSED', 'CANCELLED'] : [filter];
}

export interface HistoryItem {
  id: string;
  startsAt: string;
}

/** What has been loaded so far of one status's meetings, newest first. */
export interface HistoryStream<T extends HistoryItem> {
  items: readonly T[];
  hasMore: boolean;
}

/**
 * Merges several newest-first lists (one per status, each paged by the API) into one newest-first
 * list. Only what is certainly in order is shown: a list that has more pages may still hold
 * meetings newer than the last one loaded of another list, so nothing older than the oldest loaded
 * meeting of any unfinished list is shown yet. `hasMore` says whether "Load more" has work to do.
 */
export function mergeNewestFirst<T extends HistoryItem>(streams: readonly HistoryStream<T>[]): { items: T[]; hasMore: boolean } {
  const time = (item: T) => Date.parse(item.startsAt);
  const all = streams
    .flatMap((stream) => stream.items)
    .sort((a, b) => time(b) - time(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const unfinished = streams.filter((stream) => stream.hasMore);
  if (unfinished.length === 0) return { items: all, hasMore: false };
  const boundary = Math.max(
    ...unfinished.map((stream) => {
      const last = stream.items[stream.items.length - 1];
      return last ? time(last) : Infinity;
    }),
  );
  return { items: all.filter((item) => time(item) >= boundary), hasMore: true };
}

export interface MonthGroup<T> {
  /** "2026-11" */
  key: string;
  /** "November 2026" */
  label: string;
  items: T[];
}

/** Consecutive meetings grouped by their month in `timeZone`, keeping the given order. */
export function groupByMonth<T extends HistoryItem>(items: readonly T[], timeZone?: string, locale?: string): MonthGroup<T>[] {
  const keyFormat = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit' });
  const labelFormat = new Intl.DateTimeFormat(locale, { timeZone, year: 'numeric', month: 'long' });
  const groups: MonthGroup<T>[] = [];
  for (const item of items) {
    const date = new Date(item.startsAt);
    const parts = keyFormat.formatToParts(date);
    const key = `${parts.find((p) => p.type === 'year')?.value ?? ''}-${parts.find((p) => p.type === 'month')?.value ?? ''}`;
    const last = groups[groups.length - 1];
    if (last?.key === key) last.items.push(item);
    else groups.push({ key, label: labelFormat.format(date), items: [item] });
  }
  return groups;
}
