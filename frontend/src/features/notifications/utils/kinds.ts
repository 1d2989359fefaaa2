import type { NotificationKind } from '../../../gql/graphql';

export interface KindInfo {
  kind: NotificationKind;
  /** A short name for the settings table. */
  label: string;
  /** When it is sent. */
  description: string;
}

/** Every kind, in the order the settings table shows them. */
export const NOTIFICATION_KINDS: readonly KindInfo[] = [
  { kind: 'INVITATION', label: 'New 1:1s', description: 'Someone sets up a 1:1 with you.' },
  { kind: 'SERIES_UPDATED', label: 'Series changes', description: 'The time, length, rhythm or title of a 1:1 changes.' },
  { kind: 'RESCHEDULED', label: 'Moved meetings', description: 'One meeting is moved to another time.' },
  { kind: 'CANCELLED', label: 'Cancelled meetings', description: 'A meeting is called off, or a 1:1 ends.' },
  { kind: 'REMINDER', label: 'Reminders', description: 'A meeting is coming up (when is chosen below).' },
  { kind: 'AGENDA_UPDATED', label: 'Agenda changes', description: 'The other person adds talking points (at most one message an hour).' },
  { kind: 'MENTIONED', label: 'Mentions', description: 'The other person @-mentions you in a comment.' },
];

export function kindLabel(kind: NotificationKind): string {
  return NOTIFICATION_KINDS.find((info) => info.kind === kind)?.label ?? kind;
}
