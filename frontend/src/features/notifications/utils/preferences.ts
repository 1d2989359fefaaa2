import type { NotificationKind } from '../../../gql/graphql';
import { NOTIFICATION_KINDS } from './kinds';

export type Channel = 'inApp' | 'email';

export interface KindChoice {
  inApp: boolean;
  email: boolean;
}

/** What the settings form edits: a choice per kind, and the reminder lead time ('off' or minutes). */
export interface PreferencesDraft {
  choices: Record<NotificationKind, KindChoice>;
  reminder: string;
}

export const REMINDERS_OFF = 'off';
export const DEFAULT_REMINDER_MINUTES = 24 * 60;

/** The reminder select's choices (minutes as strings). */
export const REMINDER_OPTIONS: readonly { value: string; label: string }[] = [
  { value: REMINDERS_OFF, label: 'Off' },
  { value: '15', label: '15 minutes before' },
  { value: '60', label: '1 hour before' },
  { value: '120', label: '2 hours before' },
  { value: '1440', label: '1 day before (default)' },
  { value: '2880', label: '2 days before' },
  { value: '10080', label: '1 week before' },
];

/** "45 minutes before", "3 hours before", "1 day 2 hours before": for a value set elsewhere (the API). */
export function reminderLabel(minutes: number): string {
  const known = REMINDER_OPTIONS.find((option) => option.value === String(minutes));
  if (known) return known.label;
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const parts = [
    days ? `${days} ${days === 1 ? 'day' : 'days'}` : '',
    hours ? `${hours} ${hours === 1 ? 'hour' : 'hours'}` : '',
    rest ? `${rest} ${rest === 1 ? 'minute' : 'minutes'}` : '',
  ].filter(Boolean);
  return `${parts.join(' ')} before`;
}

/** The select's options, with the saved value added when it is not one of ours. */
export function reminderOptions(current: string): readonly { value: string; label: string }[] {
  if (REMINDER_OPTIONS.some((option) => option.value === current)) return REMINDER_OPTIONS;
  const minutes = Number(current);
  if (!Number.isInteger(minutes) || minutes <= 0) return REMINDER_OPTIONS;
  const custom = { value: current, label: reminderLabel(minutes) };
  return [...REMINDER_OPTIONS, custom].sort((a, b) =>
    a.value === REMINDERS_OFF ? -1 : b.value === REMINDERS_OFF ? 1 : Number(a.value) - Number(b.value),
  );
}

/** The form's state from what the API says (kinds it leaves out get the app's defaults). */
export function draftFromSaved(
  preferences: readonly { kind: NotificationKind; inApp: boolean; email: boolean }[] | null,
  reminderMinutes: number | null,
): PreferencesDraft {
  const choices = Object.fromEntries(
    NOTIFICATION_KINDS.map(({ kind }) => [kind, { inApp: true, email: kind !== 'AGENDA_UPDATED' }]),
  ) as Record<NotificationKind, KindChoice>;
  for (const preference of preferences ?? []) {
    choices[preference.kind] = { inApp: preference.inApp, email: preference.email };
  }
  return { choices, reminder: reminderMinutes === null ? REMINDERS_OFF : String(reminderMinutes) };
}

export function toggleChoice(draft: PreferencesDraft, kind: NotificationKind, channel: Channel, on: boolean): PreferencesDraft {
  return { ...draft, choices: { ...draft.choices, [kind]: { ...draft.choices[kind], [channel]: on } } };
}

export function sameDraft(a: PreferencesDraft, b: PreferencesDraft): boolean {
  return (
    a.reminder === b.reminder &&
    NOTIFICATION_KINDS.every(({ kind }) => a.choices[kind].inApp === b.choices[kind].inApp && a.choices[kind].email === b.choices[kind].email)
  );
}

/** The mutation input for a draft. */
export function toInput(draft: PreferencesDraft): {
  preferences: { kind: NotificationKind; inApp: boolean; email: boolean }[];
  reminderMinutes: number | null;
  remindersOff: boolean;
} {
  const off = draft.reminder === REMINDERS_OFF;
  return {
    preferences: NOTIFICATION_KINDS.map(({ kind }) => ({ kind, ...draft.choices[kind] })),
    reminderMinutes: off ? null : Number(draft.reminder),
    remindersOff: off,
  };
}
