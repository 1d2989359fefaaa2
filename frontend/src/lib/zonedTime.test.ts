import { describe, expect, it } from 'vitest';
import { addDays, instantToZoned, zonedToInstant } from './zonedTime';

describe('zonedToInstant', () => {
  it('reads a wall-clock time in the given zone', () => {
    expect(zonedToInstant('2026-11-27', '10:00', 'America/New_York')).toEqual({
      instant: new Date('2026-11-27T15:00:00Z'),
      match: 'exact',
    });
    expect(zonedToInstant('2026-07-15', '10:00', 'America/New_York')?.instant.toISOString()).toBe('2026-07-15T14:00:00.000Z');
    expect(zonedToInstant('2026-07-15', '10:00', 'UTC')?.instant.toISOString()).toBe('2026-07-15T10:00:00.000Z');
  });

  it('handles zones with half-hour and 45-minute offsets', () => {
    expect(zonedToInstant('2026-11-27', '09:00', 'Asia/Kolkata')?.instant.toISOString()).toBe('2026-11-27T03:30:00.000Z');
    expect(zonedToInstant('2026-11-27', '09:00', 'Asia/Kathmandu')?.instant.toISOString()).toBe('2026-11-27T03:15:00.000Z');
  });

  it('moves a time in the spring-forward gap past the gap', () => {
    // New York skips 02:00–03:00 on 8 March 2026.
    expect(zonedToInstant('2026-03-08', '02:30', 'America/New_York')).toEqual({
      instant: new Date('2026-03-08T07:30:00Z'), // 03:30 EDT
      match: 'gap',
    });
    expect(instantToZoned(new Date('2026-03-08T07:30:00Z'), 'America/New_York')).toEqual({ date: '2026-03-08', time: '03:30' });
    // Berlin skips 02:00–03:00 on 29 March 2026.
    expect(zonedToInstant('2026-03-29', '02:15', 'Europe/Berlin')?.instant.toISOString()).toBe('2026-03-29T01:15:00.000Z');
  });

  it('takes the earlier of two times in the fall-back fold', () => {
    // New York passes 01:00–02:00 twice on 1 November 2026 (EDT, then EST).
    expect(zonedToInstant('2026-11-01', '01:30', 'America/New_York')).toEqual({
      instant: new Date('2026-11-01T05:30:00Z'),
      match: 'fold',
    });
    // Just outside the fold it is exact again.
    expect(zonedToInstant('2026-11-01', '02:00', 'America/New_York')).toEqual({
      instant: new Date('2026-11-01T07:00:00Z'),
      match: 'exact',
    });
  });

  it('handles zones south of the equator and across the date line', () => {
    expect(zonedToInstant('2026-01-15', '09:00', 'Australia/Sydney')?.instant.toISOString()).toBe('2026-01-14T22:00:00.000Z');
    expect(zonedToInstant('2026-07-15', '09:00', 'Pacific/Auckland')?.instant.toISOString()).toBe('2026-07-14T21:00:00.000Z');
  });

  it('rejects malformed input and unknown zones', () => {
    expect(zonedToInstant('', '10:00', 'UTC')).toBeNull();
    expect(zonedToInstant('2026-02-30', '10:00', 'UTC')).toBeNull();
    expect(zonedToInstant('2026-02-10', '25:00', 'UTC')).toBeNull();
    expect(zonedToInstant('2026-02-10', '10:00', 'Mars/Olympus_Mons')).toBeNull();
  });

  it('round-trips with instantToZoned', () => {
    for (const zone of ['America/Los_Angeles', 'Asia/Kolkata', 'Europe/Berlin', 'Australia/Lord_Howe']) {
      const zoned = instantToZoned(new Date('2026-05-04T23:45:00Z'), zone);
      expect(zonedToInstant(zoned.date, zoned.time, zone)?.instant.toISOString()).toBe('2026-05-04T23:45:00.000Z');
    }
  });
});

describe('instantToZoned', () => {
  it('gives the local date, which may differ from the UTC date', () => {
    expect(instantToZoned(new Date('2026-11-27T03:00:00Z'), 'America/Los_Angeles')).toEqual({ date: '2026-11-26', time: '19:00' });
    expect(instantToZoned(new Date('2026-11-27T20:00:00Z'), 'Asia/Kolkata')).toEqual({ date: '2026-11-28', time: '01:30' });
  });
});

describe('addDays', () => {
  it('crosses month and year ends', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
