import { describe, expect, it } from 'vitest';
import { canEndNow, defaultTitle } from './status';

describe('canEndNow', () => {
  const now = new Date('2026-11-25T10:00:00Z');
  it('opens an hour before the start of an upcoming meeting', () => {
    expect(canEndNow('UPCOMING', '2026-11-25T11:00:00Z', now)).toBe(true);
    expect(canEndNow('UPCOMING', '2026-11-25T11:01:00Z', now)).toBe(false);
    expect(canEndNow('UPCOMING', '2026-11-25T09:00:00Z', now)).toBe(true);
    expect(canEndNow('CANCELLED', '2026-11-25T10:30:00Z', now)).toBe(false);
  });
});

describe('defaultTitle', () => {
  it('joins the first names', () => {
    expect(defaultTitle('Sam Carter', ' Grace  Kim')).toBe('Sam / Grace');
  });
});
