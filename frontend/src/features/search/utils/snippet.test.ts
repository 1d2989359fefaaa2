import { describe, expect, it } from 'vitest';
import { normaliseRuns, resultCount, searchTerms, snippetText } from './snippet';

describe('normaliseRuns', () => {
  it('joins neighbours alike and drops empty runs', () => {
    expect(
      normaliseRuns([
        { text: 'Share the ', highlighted: false },
        { text: 'rub', highlighted: true },
        { text: 'ric', highlighted: true },
        { text: '', highlighted: false },
        { text: ' with', highlighted: false },
      ]),
    ).toEqual([
      { text: 'Share the ', highlighted: false },
      { text: 'rubric', highlighted: true },
      { text: ' with', highlighted: false },
    ]);
  });

  it('leaves the runs it was given alone', () => {
    const runs = [
      { text: 'a', highlighted: false },
      { text: 'b', highlighted: false },
    ];
    normaliseRuns(runs);
    expect(runs[0]?.text).toBe('a');
  });
});

describe('snippetText, searchTerms, resultCount', () => {
  it('reads plainly', () => {
    expect(snippetText([{ text: 'on-', highlighted: false }, { text: 'call', highlighted: true }])).toBe('on-call');
    expect(searchTerms('  on   call ')).toBe('on call');
    expect(searchTerms(' a ')).toBe('');
    expect(resultCount(1)).toBe('1 result');
    expect(resultCount(3)).toBe('3 results');
  });
});
