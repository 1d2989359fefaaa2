import { describe, expect, it } from 'vitest';
import { groupByMonth, mergeNewestFirst, statusesFor } from './history';

const m = (id: string, startsAt: string) => ({ id, startsAt });

describe('statusesFor', () => {
  it('shows every past status for All, else the one chosen', () => {
    expect(statusesFor('ALL')).toEqual(['COMPLETED', 'MISSED', 'CANCELLED']);
    expect(statusesFor('MISSED')).toEqual(['MISSED']);
  });
});

describe('mergeNewestFirst', () => {
  it('merges finished lists completely, newest first', () => {
    const result = mergeNewestFirst([
      { items: [m('c2', '2026-11-18T15:00:00Z'), m('c1', '2026-11-04T15:00:00Z')], hasMore: false },
      { items: [m('x1', '2026-11-11T15:00:00Z')], hasMore: false },
    ]);
    expect(result).toEqual({
      items: [m('c2', '2026-11-18T15:00:00Z'), m('x1', '2026-11-11T15:00:00Z'), m('c1', '2026-11-04T15:00:00Z')],
      hasMore: false,
    });
  });

  it('holds back what an unfinished list might still precede', () => {
    const result = mergeNewestFirst([
      // More held meetings follow the 11th, so the missed one on the 4th must wait.
      { items: [m('c2', '2026-11-18T15:00:00Z'), m('c1', '2026-11-11T15:00:00Z')], hasMore: true },
      { items: [m('x1', '2026-11-04T15:00:00Z')], hasMore: false },
    ]);
    expect(result.items.map((item) => item.id)).toEqual(['c2', 'c1']);
    expect(result.hasMore).toBe(true);
  });

  it('shows nothing from others while an unfinished list has loaded nothing', () => {
    const result = mergeNewestFirst([
      { items: [], hasMore: true },
      { items: [m('x1', '2026-11-04T15:00:00Z')], hasMore: false },
    ]);
    expect(result).toEqual({ items: [], hasMore: true });
  });

  it('orders meetings at the same time by id, so the list does not jump', () => {
    const result = mergeNewestFirst([
      { items: [m('b', '2026-11-04T15:00:00Z')], hasMore: false },
      { items: [m('a', '2026-11-04T15:00:00Z')], hasMore: false },
    ]);
    expect(result.items.map((item) => item.id)).toEqual(['a', 'b']);
  });
});

describe('groupByMonth', () => {
  it('groups by the month in the reader’s zone', () => {
    const items = [m('a', '2026-12-01T03:00:00Z'), m('b', '2026-11-20T15:00:00Z'), m('c', '2026-10-02T15:00:00Z')];
    // 1 December 03:00 UTC is still 30 November in Los Angeles.
    const groups = groupByMonth(items, 'America/Los_Angeles', 'en-US');
    expect(groups.map((g) => [g.label, g.items.map((i) => i.id)])).toEqual([
      ['November 2026', ['a', 'b']],
      ['October 2026', ['c']],
    ]);
    expect(groupByMonth(items, 'UTC', 'en-US').map((g) => g.key)).toEqual(['2026-12', '2026-11', '2026-10']);
  });

  it('returns no groups for no meetings', () => {
    expect(groupByMonth([], 'UTC')).toEqual([]);
  });
});
