/**
 * Wall-clock dates and times in a named time zone, converted to and from instants with the
 * platform's Intl data (no date library). Inputs are the values of <input type="date"> ("2026-11-27")
 * and <input type="time"> ("10:00").
 */
import { offsetMinutes } from './dates';

export interface ZonedDateTime {
  /** "YYYY-MM-DD" */
  date: string;
  /** "HH:MM", 24-hour. */
  time: string;
}

/**
 * How a wall-clock time maps onto the zone's clock that day:
 * - `exact`: it happens once;
 * - `gap`: the clocks skip it (spring forward); the instant is as far past the gap as the time was
 *   into it, so 02:30 in a 02:00→03:00 gap becomes 03:30 (Temporal's "compatible");
 * - `fold`: the clocks pass it twice (fall back); the earlier one is taken.
 */
export type ZonedMatch = 'exact' | 'gap' | 'fold';

export interface ZonedInstant {
  instant: Date;
  match: ZonedMatch;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^(\d{2}):(\d{2})(?::(\d{2}))?$/;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The instant at which the clocks in `timeZone` show `date` `time`; null for malformed input. */
export function zonedToInstant(date: string, time: string, timeZone: string): ZonedInstant | null {
  const d = DATE_RE.exec(date);
  const t = TIME_RE.exec(time);
  if (!d || !t) return null;
  const [year, month, day, hour, minute] = [d[1], d[2], d[3], t[1], t[2]].map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  if (new Date(wall).getUTCDate() !== day) return null; // 31 April and the like
  let before: number;
  let after: number;
  try {
    before = offsetMinutes(timeZone, new Date(wall - DAY_MS));
    after = offsetMinutes(timeZone, new Date(wall + DAY_MS));
  } catch {
    return null;
  }
  // An instant fits when the zone's offset at that instant is the one that was assumed.
  const fits = [...new Set([before, after])]
    .map((offset) => wall - offset * 60_000)
    .filter((candidate) => offsetMinutes(timeZone, new Date(candidate)) * 60_000 === wall - candidate)
    .sort((a, b) => a - b);
  const [first] = fits;
  if (first !== undefined) return { instant: new Date(first), match: fits.length > 1 ? 'fold' : 'exact' };
  // In the gap: read the wall time with the offset in force before the transition.
  return { instant: new Date(wall - before * 60_000), match: 'gap' };
}

/** The wall-clock date and time in `timeZone` at `instant`. */
export function instantToZoned(instant: Date, timeZone: string): ZonedDateTime {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '00';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
}

/** "YYYY-MM-DD" `days` after `date` (calendar arithmetic, no time zone involved). */
export function addDays(date: string, days: number): string {
  const d = DATE_RE.exec(date);
  if (!d) return date;
  const next = new Date(Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]) + days));
  return next.toISOString().slice(0, 10);
}
