import { describe, expect, it } from 'vitest';
import { notificationTime } from './time';

// 2026-11-25 18:00 UTC is 10:00 in Los Angeles and 03:00 on the 26th in Tokyo.
const now = new Date('2026-11-25T18:00:00Z');
const LA = 'America/Los_Angeles';
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000).toISOString();
const clean = (text: string) => text.replace(/\s/g, ' ');

describe('notificationTime', () => {
  it('says "Just now" within a minute (and for clocks slightly ahead)', () => {
    expect(notificationTime(ago(20), now, LA, 'en-US')).toBe('Just now');
    expect(notificationTime(ago(-30), now, LA, 'en-US')).toBe('Just now');
  });

  it('counts minutes, then hours while it is the same day in the viewer’s zone', () => {
    expect(notificationTime(ago(5 * 60), now, LA, 'en-US')).toBe('5 min ago');
    expect(notificationTime(ago(59 * 60 + 59), now, LA, 'en-US')).toBe('59 min ago');
    expect(notificationTime(ago(3 * 3600), now, LA, 'en-US')).toBe('3 h ago');
  });

  it('says "Yesterday" by the viewer’s calendar, not by 24 hours', () => {
    // 11 hours ago is 23:00 yesterday in Los Angeles...
    expect(clean(notificationTime(ago(11 * 3600), now, LA, 'en-US'))).toBe('Yesterday, 11:00 PM');
    // 4 hours ago is 06:00 today there, but 23:00 yesterday in Tokyo (where it is 03:00 now).
    expect(notificationTime(ago(4 * 3600), now, LA, 'en-US')).toBe('4 h ago');
    expect(clean(notificationTime(ago(4 * 3600), now, 'Asia/Tokyo', 'en-US'))).toBe('Yesterday, 11:00 PM');
    expect(notificationTime(ago(2 * 3600), now, 'Asia/Tokyo', 'en-US')).toBe('2 h ago');
  });

  it('names the weekday within the week, then the date', () => {
    expect(clean(notificationTime('2026-11-23T17:30:00Z', now, LA, 'en-US'))).toBe('Mon, 9:30 AM');
    expect(notificationTime('2026-11-10T17:30:00Z', now, LA, 'en-US')).toBe('Tue, Nov 10');
    expect(notificationTime('2025-11-10T17:30:00Z', now, LA, 'en-US')).toBe('Mon, Nov 10, 2025');
  });

  it('is empty for nonsense', () => {
    expect(notificationTime('not a date', now, LA, 'en-US')).toBe('');
  });
});
