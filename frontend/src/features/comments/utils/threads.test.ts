import { describe, expect, it } from 'vitest';
import { countLabel, mergeThreads } from './threads';

describe('mergeThreads', () => {
  it('puts the meeting’s and the talking points’ threads in one list, oldest first', () => {
    const meeting = [{ id: 'm1', createdAt: '2026-11-25T10:00:00Z' }, { id: 'm2', createdAt: '2026-11-25T10:05:00Z' }];
    const point = [{ id: 'p1', createdAt: '2026-11-25T10:02:00Z' }];
    expect(mergeThreads([meeting, point]).map((thread) => thread.id)).toEqual(['m1', 'p1', 'm2']);
  });
});

describe('countLabel', () => {
  it('says one or many', () => {
    expect(countLabel(1)).toBe('1 comment');
    expect(countLabel(0)).toBe('0 comments');
  });
});
