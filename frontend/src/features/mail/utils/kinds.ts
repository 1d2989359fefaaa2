/**
 * What an email was about, in words. `FailedEmail.kind` is a plain string (the backend's email
 * catalogue may grow), so kinds this list does not know are spelled out from their name.
 */
export const EMAIL_KIND_LABELS: ReadonlyMap<string, string> = new Map([
  ['INVITATION', '1:1 invitation'],
  ['INVITATION_SELF', 'New 1:1 confirmation'],
  ['SERIES_UPDATED', '1:1 changed'],
  ['RESCHEDULED', 'Meeting moved'],
  ['CANCELLED', 'Cancellation'],
  ['REMINDER', 'Meeting reminder'],
  ['AGENDA_UPDATED', 'New talking points'],
  ['MENTIONED', 'Mention in a comment'],
]);

/** "Meeting reminder" for REMINDER; "Weekly digest" for an unknown WEEKLY_DIGEST; "Email" when empty. */
export function emailKindLabel(kind: string): string {
  const known = EMAIL_KIND_LABELS.get(kind);
  if (known) return known;
  const words = kind.trim().replaceAll(/[_\s-]+/g, ' ').trim().toLowerCase();
  if (!words) return 'Email';
  return words.charAt(0).toUpperCase() + words.slice(1);
}
