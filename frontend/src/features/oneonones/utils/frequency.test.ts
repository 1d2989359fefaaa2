import { describe, expect, it } from 'vitest';
import { FREQUENCIES, describeCadence, describeFrequency, formatDuration, frequencyOptionLabel } from './frequency';

describe('describeFrequency', () => {
  it('says how often, in words', () => {
    expect(describeFrequency('WEEKLY')).toBe('Every week');
    expect(describeFrequency('FORTNIGHTLY')).toBe('Every 2 weeks');
    expect(describeFrequency('QUARTERLY')).toBe('Every 3 months');
    expect(describeFrequency('HALF_YEARLY')).toBe('Every 6 months');
    expect(describeFrequency('ONCE')).toBe('Once');
  });

  it('has a word and a select label for every frequency', () => {
    expect(FREQUENCIES).toHaveLength(7);
    for (const frequency of FREQUENCIES) {
      expect(describeFrequency(frequency)).toBeTruthy();
      expect(frequencyOptionLabel(frequency)).toBeTruthy();
    }
  });
});

describe('formatDuration and describeCadence', () => {
  it('writes minutes and hours', () => {
    expect(formatDuration(30)).toBe('30 min');
    expect(formatDuration(60)).toBe('1 h');
    expect(formatDuration(90)).toBe('1 h 30 min');
    expect(describeCadence('MONTHLY', 45)).toBe('Every month · 45 min');
  });
});
