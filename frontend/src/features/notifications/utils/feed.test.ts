import { describe, expect, it } from 'vitest';
import { badgeText, bellLabel, mergeNotifications, unreadTotal, type FeedEntry } from './feed';

const entry = (id: string, minute: number, isRead = false): FeedEntry => ({
  id,
  createdAt: `2026-11-25T10:${String(minute).padStart(2, '0')}:00+00:00`,
  isRead,
});

describe('badgeText', () => {
  it('is hidden at 0, the number up to 9, then 9+', () => {
    expect(badgeText(0)).toBeNull();
    expect(badgeText(-1)).toBeNull();
    expect(badgeText(1)).toBe('1');
    expect(badgeText(9)).toBe('9');
    expect(badgeText(10)).toBe('9+');
    expect(badgeText(250)).toBe('9+');
  });
});

describe('bellLabel', () => {
  it('says how many are unread, the real number past 9', () => {
    expect(bellLabel(3)).toBe('Notifications, 3 unread');
    expect(bellLabel(12)).toBe('Notifications, 12 unread');
    expect(bellLabel(0)).toBe('Notifications, none unread');
  });
});

describe('mergeNotifications', () => {
  it('puts a live notification first', () => {
    const fetched = [entry('b', 5), entry('a', 1)];
    expect(mergeNotifications(fetched, [entry('c', 9)]).map((n) => n.id)).toEqual(['c', 'b', 'a']);
  });

  it('keeps each notification once when a push is also in a later fetch, preferring the fetched copy', () => {
    const fetched = [entry('c', 9, true), entry('b', 5)];
    const live = [entry('c', 9, false)];
    const merged = mergeNotifications(fetched, live);
    expect(merged.map((n) => n.id)).toEqual(['c', 'b']);
    expect(merged[0]?.isRead).toBe(true);
  });

  it('orders by time whatever order pushes came in, and cuts to the limit', () => {
    const merged = mergeNotifications([entry('a', 1)], [entry('c', 3), entry('d', 4), entry('b', 2)], 3);
    expect(merged.map((n) => n.id)).toEqual(['d', 'c', 'b']);
  });

  it('handles nothing at all', () => {
    expect(mergeNotifications([], [])).toEqual([]);
  });
});

describe('unreadTotal', () => {
  const none = new Set<string>();

  it('adds unread pushes that the fetch did not have', () => {
    const fetched = [entry('b', 5), entry('a', 1, true)];
    expect(unreadTotal({ fetchedCount: 4, fetched, live: [entry('c', 9)], markedRead: none, markedAll: false })).toBe(5);
  });

  it('does not count a push twice when the fetch already has it', () => {
    const fetched = [entry('c', 9), entry('b', 5)];
    const live = [entry('c', 9), entry('c', 9)];
    expect(unreadTotal({ fetchedCount: 2, fetched, live, markedRead: none, markedAll: false })).toBe(2);
  });

  it('subtracts what was marked read here, fetched or pushed', () => {
    const fetched = [entry('b', 5), entry('a', 1)];
    const live = [entry('c', 9), entry('d', 10)];
    const markedRead = new Set(['a', 'c']);
    expect(unreadTotal({ fetchedCount: 7, fetched, live, markedRead, markedAll: false })).toBe(7 - 1 + 1);
  });

  it('ignores marks on notifications that were read already', () => {
    const fetched = [entry('a', 1, true)];
    expect(unreadTotal({ fetchedCount: 3, fetched, live: [], markedRead: new Set(['a']), markedAll: false })).toBe(3);
  });

  it('after "mark all read" counts only pushes that came later', () => {
    const fetched = [entry('b', 5), entry('a', 1)];
    const live = [entry('c', 9), entry('d', 10)];
    const markedRead = new Set(['a', 'b', 'c']);
    expect(unreadTotal({ fetchedCount: 25, fetched, live, markedRead, markedAll: true })).toBe(1);
  });
});
