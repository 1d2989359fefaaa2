import { describe, expect, it } from 'vitest';
import { emailKindLabel } from './kinds';

describe('emailKindLabel', () => {
  it('names the kinds the backend sends', () => {
    expect(emailKindLabel('INVITATION')).toBe('1:1 invitation');
    expect(emailKindLabel('INVITATION_SELF')).toBe('New 1:1 confirmation');
    expect(emailKindLabel('SERIES_UPDATED')).toBe('1:1 changed');
    expect(emailKindLabel('RESCHEDULED')).toBe('Meeting moved');
    expect(emailKindLabel('CANCELLED')).toBe('Cancellation');
    expect(emailKindLabel('REMINDER')).toBe('Meeting reminder');
    expect(emailKindLabel('AGENDA_UPDATED')).toBe('New talking points');
  });

  it('spells out kinds it does not know', () => {
    expect(emailKindLabel('WEEKLY_DIGEST')).toBe('Weekly digest');
    expect(emailKindLabel('password-reset')).toBe('Password reset');
    expect(emailKindLabel('  ')).toBe('Email');
  });

  it('does not treat object keys as kinds', () => {
    expect(emailKindLabel('constructor')).toBe('Constructor');
    expect(emailKindLabel('toString')).toBe('Tostring');
  });
});
