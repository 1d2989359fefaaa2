import { daysFromToday, formatDay, formatTimeOfDay, formatDateTime, parseDateTime } from '../../../lib/dates';

/**
 * When a notification came, short and in the viewer's time zone: "Just now", "5 min ago",
 * "3 h ago" (today), "Yesterday, 4:05 PM", "Mon, 4:05 PM" (this week), then "Fri, Nov 20".
 */
export function notificationTime(iso: string, now: Date, timeZone: string, locale?: string): string {
  const date = parseDateTime(iso);
  if (!date) return '';
  const seconds = Math.max(0, Math.round((now.getTime() - date.getTime()) / 1000));
  const days = daysFromToday(iso, now, timeZone) ?? 0;
  if (seconds < 60) return 'Just now';
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ago`;
  if (days === 0) return `${Math.floor(seconds / 3600)} h ago`;
  const time = formatTimeOfDay(iso, timeZone, locale);
  if (days === -1) return `Yesterday, ${time}`;
  if (days > -7) {
    const weekday = new Intl.DateTimeFormat(locale, { timeZone, weekday: 'short' }).format(date);
    return `${weekday}, ${time}`;
  }
  return formatDay(iso, now, timeZone, locale);
}

/** The full date and time, for a tooltip. */
export function notificationTimeFull(iso: string, timeZone: string, locale?: string): string {
  return formatDateTime(iso, locale, timeZone);
}
