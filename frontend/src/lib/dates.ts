/** Date and time formatting in the reader's locale; all functions take `now` so they can be tested. */

const FALLBACK_ZONES = ['UTC'];

/** Every IANA time zone the browser knows, for pickers (UTC first). */
export function listTimeZones(): string[] {
  const supported =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : FALLBACK_ZONES;
  return ['UTC', ...supported.filter((zone) => zone !== 'UTC')];
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

export interface LocalTime {
  /** e.g. "14:05" or "2:05 PM", per locale. */
  time: string;
  /** e.g. "Tue" — shown when the day differs from the reader's. */
  weekday: string;
  /** e.g. "GMT+2", "GMT-3:30", "GMT". */
  offset: string;
  /** Minutes ahead of the reader (negative when behind). */
  differenceMinutes: number;
}

/** The wall-clock time somewhere else, and how far it is from here; null for unknown zones. */
export function localTimeIn(
  timeZone: string,
  now: Date = new Date(),
  locale?: string,
  readerTimeZone?: string,
): LocalTime | null {
  if (!isValidTimeZone(timeZone)) return null;
  const time = new Intl.DateTimeFormat(locale, { timeZone, hour: 'numeric', minute: '2-digit' }).format(now);
  const weekday = new Intl.DateTimeFormat(locale, { timeZone, weekday: 'short' }).format(now);
  const theirs = offsetMinutes(timeZone, now);
  const ours = offsetMinutes(readerTimeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone, now);
  return { time, weekday, offset: formatOffset(theirs), differenceMinutes: theirs - ours };
}

/** The zone's offset from UTC in minutes at `at` (DST-aware). */
export function offsetMinutes(timeZone: string, at: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  const atWholeSecond = Math.floor(at.getTime() / 1000) * 1000;
  return Math.round((asUtc - atWholeSecond) / 60000);
}

export function formatOffset(minutes: number): string {
  if (minutes === 0) return 'GMT';
  const sign = minutes > 0 ? '+' : '-';
  const abs = Math.abs(minutes);
  const hours = Math.floor(abs / 60);
  const rest = abs % 60;
  return `GMT${sign}${hours}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}

/** "3 hours ahead of you", "same time as you", "1 hour 30 minutes behind you". */
export function describeDifference(differenceMinutes: number): string {
  if (differenceMinutes === 0) return 'same time as you';
  const abs = Math.abs(differenceMinutes);
  const hours = Math.floor(abs / 60);
  const minutes = abs % 60;
  const parts = [
    hours ? `${hours} ${hours === 1 ? 'hour' : 'hours'}` : '',
    minutes ? `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}` : '',
  ].filter(Boolean);
  return `${parts.join(' ')} ${differenceMinutes > 0 ? 'ahead of' : 'behind'} you`;
}

/** "2 Nov 2026" in the reader's locale; empty string for missing or invalid input. */
export function formatDate(iso: string | null | undefined, locale?: string, timeZone?: string): string {
  const date = parseDateTime(iso);
  if (!date) return '';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone }).format(date);
}

/** "2 Nov 2026, 14:05" in the reader's locale. */
export function formatDateTime(iso: string | null | undefined, locale?: string, timeZone?: string): string {
  const date = parseDateTime(iso);
  if (!date) return '';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
}

const RELATIVE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "3 days ago", "in 2 months", "just now". */
export function formatRelative(iso: string | null | undefined, now: Date = new Date(), locale?: string): string {
  const date = parseDateTime(iso);
  if (!date) return '';
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  if (Math.abs(seconds) < 45) return 'just now';
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of RELATIVE_UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return format.format(Math.round(seconds / 60), 'minute');
}

/**
 * Parses the API's DateTime (ISO 8601). A value without an offset is taken as UTC, since the API
 * stores UTC; returns null for missing or invalid input.
 */
export function parseDateTime(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const hasZone = /(Z|[+-]\d{2}:?\d{2})$/i.test(iso);
  const hasTime = iso.includes('T') || iso.includes(' ');
  const date = new Date(hasTime && !hasZone ? `${iso.replace(' ', 'T')}Z` : iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The calendar date ("YYYY-MM-DD") in `timeZone` at `at`. */
function calendarDay(at: Date, timeZone?: string): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return Date.UTC(get('year'), get('month') - 1, get('day')) / 86_400_000;
}

/**
 * Calendar days from today to `iso`'s day, both as seen in `timeZone` (0 today, 1 tomorrow, -1
 * yesterday); null for missing or invalid input.
 */
export function daysFromToday(iso: string | null | undefined, now: Date = new Date(), timeZone?: string): number | null {
  const date = parseDateTime(iso);
  if (!date) return null;
  return calendarDay(date, timeZone) - calendarDay(now, timeZone);
}

/**
 * "Today", "Tomorrow", "Yesterday", "In 3 days", "2 days ago" within a week either way, by calendar
 * days in `timeZone` (so 23:30 tonight and 00:30 after midnight are different days); empty further out.
 */
export function formatRelativeDay(
  iso: string | null | undefined,
  now: Date = new Date(),
  timeZone?: string,
  locale?: string,
): string {
  const days = daysFromToday(iso, now, timeZone);
  if (days === null || Math.abs(days) >= 7) return '';
  const text = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(days, 'day');
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/** "Fri, Nov 27" (with the year when it is not this year's), per locale, in `timeZone`. */
export function formatDay(iso: string | null | undefined, now: Date = new Date(), timeZone?: string, locale?: string): string {
  const date = parseDateTime(iso);
  if (!date) return '';
  const year = (at: Date) => new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric' }).format(at);
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    ...(year(date) !== year(now) ? { year: 'numeric' } : {}),
  }).format(date);
}

/** "10:00 AM" or "10:00", per locale, in `timeZone`. */
export function formatTimeOfDay(iso: string | null | undefined, timeZone?: string, locale?: string): string {
  const date = parseDateTime(iso);
  if (!date) return '';
  return new Intl.DateTimeFormat(locale, { timeZone, hour: 'numeric', minute: '2-digit' }).format(date);
}

/** "GMT-5", "GMT+5:30": the zone's offset at `iso`. */
export function formatOffsetAt(iso: string | null | undefined, timeZone: string): string {
  const date = parseDateTime(iso);
  if (!date || !isValidTimeZone(timeZone)) return '';
  return formatOffset(offsetMinutes(timeZone, date));
}
