import { describe, expect, it } from 'vitest';
import { meetingCalendarFilePath, webcalUrl } from './paths';

describe('calendar paths', () => {
  it('builds the per-meeting file path from the global ID', () => {
    expect(meetingCalendarFilePath('TWVldGluZzox=')).toBe('/calendar/meetings/TWVldGluZzox%3D.ics');
  });

  it('turns http(s) feed URLs into webcal ones', () => {
    expect(webcalUrl('https://tandem.example/calendar/feed/abc.ics')).toBe('webcal://tandem.example/calendar/feed/abc.ics');
    expect(webcalUrl('http://127.0.0.1:8000/calendar/feed/abc.ics')).toBe('webcal://127.0.0.1:8000/calendar/feed/abc.ics');
  });
});
