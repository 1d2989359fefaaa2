import { describe, expect, it } from 'vitest';
import { formatEmailTime } from './times';

describe('formatEmailTime', () => {
  it('shows the time in the given zone', () => {
    expect(formatEmailTime('2026-11-02T13:05:00Z', 'Europe/Berlin', 'en-GB')).toBe('2 Nov 2026, 14:05');
    expect(formatEmailTime('2026-11-02T13:05:00Z', 'America/New_York', 'en-GB')).toBe('2 Nov 2026, 08:05');
  });

  it('falls back to the browser zone for an unknown zone', () => {
    expect(formatEmailTime('2026-11-02T13:05:00Z', 'Mars/Olympus', 'en-GB')).toMatch(/2026/);
  });

  it('is null without a time', () => {
    expect(formatEmailTime(null, 'UTC')).toBeNull();
    expect(formatEmailTime('not a date', 'UTC')).toBeNull();
  });
});
