import { describe, expect, it } from 'vitest';
import { doneLine, dueState, formatDueDate } from './due';

const now = new Date('2026-11-25T18:00:00Z');
const zone = 'America/New_York';

describe('dueState', () => {
  it('says today and tomorrow in the reader’s zone', () => {
    expect(dueState({ dueOn: '2026-11-25', done: false, overdue: false }, now, zone)).toEqual({ text: 'Due today', overdue: false, soon: true });
    expect(dueState({ dueOn: '2026-11-26', done: false, overdue: false }, now, zone).text).toBe('Due tomorrow');
  });

  it('marks an open item overdue as the API says, with words', () => {
    expect(dueState({ dueOn: '2026-11-20', done: false, overdue: true }, now, zone, 'en-US')).toEqual({
      text: 'Was due Fri, Nov 20',
      overdue: true,
      soon: false,
    });
  });

  it('never calls a done item overdue, and is empty without a date', () => {
    expect(dueState({ dueOn: '2026-11-20', done: true, overdue: true }, now, zone, 'en-US').overdue).toBe(false);
    expect(dueState({ dueOn: null, done: false, overdue: false }, now, zone).text).toBe('');
  });
});

describe('formatDueDate', () => {
  it('adds the year only when it is not this year', () => {
    expect(formatDueDate('2026-12-01', now, 'en-US')).toBe('Tue, Dec 1');
    expect(formatDueDate('2027-01-04', now, 'en-US')).toBe('Mon, Jan 4, 2027');
  });
});

describe('doneLine', () => {
  it('says who completed it and on which day', () => {
    const item = { doneAt: '2026-11-24T03:00:00Z', doneBy: { name: 'Grace Kim' } };
    expect(doneLine(item, 'me', 'u2', zone, 'en-US', now)).toBe('Done by Grace Kim on Mon, Nov 23');
    expect(doneLine(item, 'u2', 'u2', zone, 'en-US', now)).toBe('Done by you on Mon, Nov 23');
    expect(doneLine({ doneAt: null, doneBy: null }, 'me', null)).toBe('Done');
  });
});
