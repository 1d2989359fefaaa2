import type { Frequency } from '../../../gql/graphql';
import { zonedToInstant, type ZonedMatch } from '../../../lib/zonedTime';
import { parseDuration, type DurationResult } from './duration';

/** What the schedule fields of the 1:1 forms hold, as typed. */
export interface ScheduleDraft {
  /** "YYYY-MM-DD", a wall-clock date in `timeZone`. */
  date: string;
  /** "HH:MM", a wall-clock time in `timeZone`. */
  time: string;
  timeZone: string;
  /** A preset number of minutes, or "custom". */
  duration: string;
  customDuration: string;
  frequency: Frequency;
}

export interface ReadSchedule {
  /** The start as an ISO instant, or null while the date or time is incomplete. */
  startsAt: string | null;
  match: ZonedMatch | null;
  duration: DurationResult;
}

/** Reads a draft: the start instant in the chosen zone and the length. */
export function readSchedule(draft: ScheduleDraft): ReadSchedule {
  const zoned = zonedToInstant(draft.date, draft.time, draft.timeZone);
  return {
    startsAt: zoned ? zoned.instant.toISOString() : null,
    match: zoned ? zoned.match : null,
    duration: parseDuration(draft.duration, draft.customDuration),
  };
}
