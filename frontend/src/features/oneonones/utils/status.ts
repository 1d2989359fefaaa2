import type { MeetingStatus, OneOnOneStatus } from '../../../gql/graphql';

type Tone = 'neutral' | 'success' | 'warning' | 'danger' | 'accent';

export const MEETING_STATUS: Record<MeetingStatus, { label: string; tone: Tone }> = {
  UPCOMING: { label: 'Upcoming', tone: 'accent' },
  COMPLETED: { label: 'Held', tone: 'success' },
  MISSED: { label: 'Missed', tone: 'warning' },
  CANCELLED: { label: 'Cancelled', tone: 'neutral' },
};

export const ONE_ON_ONE_STATUS: Record<OneOnOneStatus, { label: string; tone: Tone }> = {
  ACTIVE: { label: 'Active', tone: 'success' },
  ARCHIVED: { label: 'Archived', tone: 'neutral' },
  ENDED: { label: 'Ended', tone: 'warning' },
};

/** Whether "End now" is open: an upcoming meeting, from an hour before its start. */
export function canEndNow(status: MeetingStatus, startsAt: string, now: Date = new Date()): boolean {
  return status === 'UPCOMING' && Date.parse(startsAt) - now.getTime() <= 60 * 60 * 1000;
}

/** "Sam", the first word of a name, for titles such as "Sam / Grace". */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}

/** The title a new 1:1 starts with: "<viewer first name> / <other first name>". */
export function defaultTitle(viewerName: string, otherName: string): string {
  return `${firstName(viewerName)} / ${firstName(otherName)}`;
}
