import { describe, expect, it } from 'vitest';
import { insertMention, matchingPeople, mentionAt, splitMentions } from './mentions';

const grace = { id: 'u2', name: 'Grace Kim', email: 'grace.kim@tandem.example' };

describe('mentionAt', () => {
  it('finds the mention being typed at the caret', () => {
    expect(mentionAt('Thanks @gr', 10)).toEqual({ start: 7, query: 'gr' });
    expect(mentionAt('@', 1)).toEqual({ start: 0, query: '' });
    expect(mentionAt('ask @Grace K', 12)).toEqual({ start: 4, query: 'Grace K' });
  });

  it('is not fooled by emails, finished names or line breaks', () => {
    expect(mentionAt('mail sam@tandem', 15)).toBeNull();
    expect(mentionAt('@Grace Kim and', 14)).toBeNull();
    expect(mentionAt('@Gr\nace', 7)).toBeNull();
    expect(mentionAt('no mention', 10)).toBeNull();
    expect(mentionAt('@ space', 7)).toBeNull();
  });
});

describe('matchingPeople', () => {
  it('matches the start of the name, of any word, or of the email name', () => {
    expect(matchingPeople([grace], 'gr')).toEqual([grace]);
    expect(matchingPeople([grace], 'KI')).toEqual([grace]);
    expect(matchingPeople([grace], 'grace.k')).toEqual([grace]);
    expect(matchingPeople([grace], 'sam')).toEqual([]);
    expect(matchingPeople([grace], '')).toEqual([grace]);
  });
});

describe('insertMention', () => {
  it('replaces the typed part with the full name and a space', () => {
    const text = 'Thanks @gr for this';
    expect(insertMention(text, { start: 7, query: 'gr' }, 10, 'Grace Kim')).toEqual({
      text: 'Thanks @Grace Kim for this',
      caret: 18,
    });
  });
});

describe('splitMentions', () => {
  it('marks mentions of the given names, longest first, not inside words or emails', () => {
    expect(splitMentions('Ping @Grace Kim and @grace, not x@Grace', ['Grace Kim', 'Grace'])).toEqual([
      { text: 'Ping ', mention: false },
      { text: '@Grace Kim', mention: true },
      { text: ' and ', mention: false },
      { text: '@grace', mention: true },
      { text: ', not x@Grace', mention: false },
    ]);
    expect(splitMentions('plain', [])).toEqual([{ text: 'plain', mention: false }]);
  });
});
