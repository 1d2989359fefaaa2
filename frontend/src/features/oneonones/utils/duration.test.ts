import { describe, expect, it } from 'vitest';
import { durationChoice, parseDuration } from './duration';

describe('parseDuration', () => {
  it('takes a preset or the custom minutes', () => {
    expect(parseDuration('30', '')).toEqual({ ok: true, minutes: 30 });
    expect(parseDuration('custom', ' 25 ')).toEqual({ ok: true, minutes: 25 });
  });

  it('keeps to 5–480 whole minutes', () => {
    expect(parseDuration('custom', '4').ok).toBe(false);
    expect(parseDuration('custom', '481').ok).toBe(false);
    expect(parseDuration('custom', '12.5').ok).toBe(false);
    expect(parseDuration('custom', '').ok).toBe(false);
  });

  it('maps stored durations back to the select', () => {
    expect(durationChoice(45)).toBe('45');
    expect(durationChoice(50)).toBe('custom');
  });
});
