import { describe, expect, it } from 'vitest';
import { NOTIFICATION_KINDS } from './kinds';
import { draftFromSaved, reminderLabel, reminderOptions, sameDraft, toggleChoice, toInput, REMINDERS_OFF } from './preferences';

const saved = [
  { kind: 'RESCHEDULED' as const, inApp: true, email: false },
  { kind: 'AGENDA_UPDATED' as const, inApp: false, email: false },
];

describe('draftFromSaved', () => {
  it('takes the saved choices and fills the rest with the defaults', () => {
    const draft = draftFromSaved(saved, 1440);
    expect(draft.choices.RESCHEDULED).toEqual({ inApp: true, email: false });
    expect(draft.choices.AGENDA_UPDATED).toEqual({ inApp: false, email: false });
    expect(draft.choices.INVITATION).toEqual({ inApp: true, email: true });
    expect(draft.reminder).toBe('1440');
  });

  it('shows reminders that are off as "off"', () => {
    expect(draftFromSaved(null, null).reminder).toBe(REMINDERS_OFF);
  });
});

describe('editing', () => {
  it('toggles one cell without touching the rest or the original', () => {
    const draft = draftFromSaved(saved, 60);
    const next = toggleChoice(draft, 'INVITATION', 'email', false);
    expect(next.choices.INVITATION).toEqual({ inApp: true, email: false });
    expect(draft.choices.INVITATION).toEqual({ inApp: true, email: true });
    expect(next.choices.RESCHEDULED).toBe(draft.choices.RESCHEDULED);
    expect(sameDraft(draft, next)).toBe(false);
    expect(sameDraft(draft, toggleChoice(next, 'INVITATION', 'email', true))).toBe(true);
  });

  it('notices a changed reminder', () => {
    const draft = draftFromSaved(saved, 60);
    expect(sameDraft(draft, { ...draft, reminder: '120' })).toBe(false);
    expect(sameDraft(draft, draftFromSaved([...saved].reverse(), 60))).toBe(true);
  });
});

describe('toInput', () => {
  it('sends every kind, in table order, with the reminder in minutes', () => {
    const input = toInput(draftFromSaved(saved, 2880));
    expect(input.preferences.map((p) => p.kind)).toEqual(NOTIFICATION_KINDS.map((k) => k.kind));
    expect(input.preferences.find((p) => p.kind === 'RESCHEDULED')).toEqual({ kind: 'RESCHEDULED', inApp: true, email: false });
    expect(input.reminderMinutes).toBe(2880);
    expect(input.remindersOff).toBe(false);
  });

  it('turns reminders off explicitly', () => {
    const input = toInput({ ...draftFromSaved(saved, 60), reminder: REMINDERS_OFF });
    expect(input.reminderMinutes).toBeNull();
    expect(input.remindersOff).toBe(true);
  });
});

describe('reminder options', () => {
  it('offers Off, 15 min, 1 h, 2 h, 1 day (default), 2 days and 1 week', () => {
    expect(reminderOptions('1440').map((o) => o.value)).toEqual(['off', '15', '60', '120', '1440', '2880', '10080']);
    expect(reminderOptions('1440').find((o) => o.value === '1440')?.label).toBe('1 day before (default)');
  });

  it('keeps a value set elsewhere, in its place', () => {
    const options = reminderOptions('30');
    expect(options.map((o) => o.value)).toEqual(['off', '15', '30', '60', '120', '1440', '2880', '10080']);
    expect(options[2]?.label).toBe('30 minutes before');
  });

  it('words odd values', () => {
    expect(reminderLabel(1500)).toBe('1 day 1 hour before');
    expect(reminderLabel(5)).toBe('5 minutes before');
  });
});
