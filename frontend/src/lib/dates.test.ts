import { describe, expect, it } from 'vitest';
import {
  daysFromToday,
  describeDifference,
  formatDate,
  formatDay,
  formatOffset,
  formatOffsetAt,
  formatRelative,
  formatRelativeDay,
  formatTimeOfDay,
  listTimeZones,
  localTimeIn,
  offsetMinutes,
  parseDateTime,
} from './dates';

describe('offsetMinutes', () => {
  it('follows daylight saving time', () => {
    expect(offsetMinutes('Europe/Berlin', new Date('2026-01-15T12:00:00Z'))).toBe(60);
    expect(offsetMinutes('Europe/Berlin', new Date('2026-07-15T12:00:00Z'))).toBe(120);
    expect(offsetMinutes('America/New_York', new Date('2026-07-15T12:00:00Z'))).toBe(-240);
  });

  it('handles half-hour zones', () => {
    expect(offsetMinutes('Asia/Kolkata', new Date('2026-07-15T12:00:00Z'))).toBe(330);
  });
});

describe('localTimeIn', () => {
  const now = new Date('2026-07-15T12:00:00Z');

  it('gives the wall-clock time and the difference from the reader', () => {
    const local = localTimeIn('Asia/Tokyo', now, 'en-GB', 'Europe/London');
    expect(local).toEqual({ time: '21:00', weekday: 'Wed', offset: 'GMT+9', differenceMinutes: 480 });
  });

  it('shows the other day when the zone is past midnight', () => {
    expect(localTimeIn('Pacific/Auckland', new Date('2026-07-15T13:00:00Z'), 'en-GB', 'UTC')?.weekday).toBe('Thu');
  });

  it('returns null for an unknown zone', () => {
    expect(localTimeIn('Mars/Olympus_Mons', now)).toBeNull();
  });
});

describe('formatOffset and describeDifference', () => {
  it('formats offsets', () => {
    expect(formatOffset(0)).toBe('GMT');
    expect(formatOffset(330)).toBe('GMT+5:30');
    expect(formatOffset(-210)).toBe('GMT-3:30');
    expect(formatOffset(-300)).toBe('GMT-5');
  });

  it('says how far ahead or behind', () => {
    expect(describeDifference(0)).toBe('same time as you');
    expect(describeDifference(60)).toBe('1 hour ahead of you');
    expect(describeDifference(-90)).toBe('1 hour 30 minutes behind you');
  });
});

describe('parseDateTime', () => {
  it('reads offsets and treats zone-less values as UTC', () => {
    expect(parseDateTime('2026-11-02T10:00:00+02:00')?.toISOString()).toBe('2026-11-02T08:00:00.000Z');
    expect(parseDateTime('2026-11-02T10:00:00')?.toISOString()).toBe('2026-11-02T10:00:00.000Z');
    expect(parseDateTime('2026-11-02 10:00:00.123456')?.toISOString()).toBe('2026-11-02T10:00:00.123Z');
  });

  it('rejects missing and invalid values', () => {
    expect(parseDateTime(null)).toBeNull();
    expect(parseDateTime('yesterday')).toBeNull();
    expect(formatDate('yesterday')).toBe('');
  });
});

describe('formatRelative', () => {
  const now = new Date('2026-11-02T10:00:00Z');
  it('describes past and future times', () => {
    expect(formatRelative('2026-11-02T09:59:50Z', now, 'en')).toBe('just now');
    expect(formatRelative('2026-10-30T10:00:00Z', now, 'en')).toBe('3 days ago');
    expect(formatRelative('2027-01-31T10:00:00Z', now, 'en')).toBe('in 3 months');
    expect(formatRelative('2026-11-02T07:00:00Z', now, 'en')).toBe('3 hours ago');
  });
});

describe('listTimeZones', () => {
  it('lists UTC first and once', () => {
    const zones = listTimeZones();
    expect(zones[0]).toBe('UTC');
    expect(zones.filter((z) => z === 'UTC')).toHaveLength(1);
    expect(zones).toContain('Europe/Berlin');
  });
});

describe('formatRelativeDay', () => {
  // 10:00 UTC: 05:00 in New York, 02:00 in Los Angeles, 15:30 in Kolkata.
  const now = new Date('2026-11-25T10:00:00Z');

  it('names nearby days by the calendar, not by 24-hour steps', () => {
    expect(formatRelativeDay('2026-11-25T23:00:00Z', now, 'UTC', 'en')).toBe('Today');
    expect(formatRelativeDay('2026-11-26T00:30:00Z', now, 'UTC', 'en')).toBe('Tomorrow');
    expect(formatRelativeDay('2026-11-24T23:59:00Z', now, 'UTC', 'en')).toBe('Yesterday');
    expect(formatRelativeDay('2026-11-28T09:00:00Z', now, 'UTC', 'en')).toBe('In 3 days');
    expect(formatRelativeDay('2026-11-23T09:00:00Z', now, 'UTC', 'en')).toBe('2 days ago');
  });

  it('counts days in the reader’s zone', () => {
    // 03:00 UTC on the 26th is still the 25th in Los Angeles, but the 26th in Kolkata.
    expect(formatRelativeDay('2026-11-26T03:00:00Z', now, 'America/Los_Angeles', 'en')).toBe('Today');
    expect(formatRelativeDay('2026-11-26T03:00:00Z', now, 'Asia/Kolkata', 'en')).toBe('Tomorrow');
    expect(daysFromToday('2026-11-26T03:00:00Z', now, 'America/Los_Angeles')).toBe(0);
  });

  it('says nothing a week or more away, or for bad input', () => {
    expect(formatRelativeDay('2026-12-02T10:00:00Z', now, 'UTC', 'en')).toBe('');
    expect(formatRelativeDay('2026-11-18T10:00:00Z', now, 'UTC', 'en')).toBe('');
    expect(formatRelativeDay('nope', now, 'UTC', 'en')).toBe('');
  });
});

describe('formatDay and formatTimeOfDay', () => {
  const now = new Date('2026-11-25T10:00:00Z');
  it('formats in the given zone, with the year only when it differs', () => {
    expect(formatDay('2026-11-27T03:00:00Z', now, 'America/Los_Angeles', 'en-US')).toBe('Thu, Nov 26');
    expect(formatDay('2027-01-04T15:00:00Z', now, 'UTC', 'en-US')).toBe('Mon, Jan 4, 2027');
    expect(formatTimeOfDay('2026-11-27T15:00:00Z', 'Asia/Kolkata', 'en-GB')).toBe('20:30');
    expect(formatTimeOfDay('2026-11-27T15:00:00Z', 'America/New_York', 'en-US').replace(/\s/g, ' ')).toBe('10:00 AM');
  });

  it('gives the offset in force at that time', () => {
    expect(formatOffsetAt('2026-07-01T12:00:00Z', 'America/New_York')).toBe('GMT-4');
    expect(formatOffsetAt('2026-12-01T12:00:00Z', 'America/New_York')).toBe('GMT-5');
  });
});
