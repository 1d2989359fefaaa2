import { describe, expect, it } from 'vitest';
import { mergeNotes } from './mergeNotes';

describe('mergeNotes', () => {
  it('takes the other device’s text when this one changed nothing', () => {
    expect(mergeNotes('a', 'a', 'a b')).toBe('a b');
  });

  it('keeps this device’s text when the other changed nothing', () => {
    expect(mergeNotes('a', 'a mine', 'a')).toBe('a mine');
  });

  it('keeps both additions to the same start, theirs first', () => {
    expect(mergeNotes('Start', 'Start\nmine', 'Start\ntheirs')).toBe('Start\ntheirs\n\nmine');
  });

  it('keeps both texts when they diverged entirely', () => {
    const merged = mergeNotes('old', 'new here', 'new there');
    expect(merged).toContain('new here');
    expect(merged).toContain('new there');
  });

  it('keeps the longer one when it already holds the other', () => {
    expect(mergeNotes('', 'abc', 'abc def')).toBe('abc def');
  });
});
