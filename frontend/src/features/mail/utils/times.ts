import { formatDateTime, isValidTimeZone } from '../../../lib/dates';

/**
 * "2 Nov 2026, 14:05" in the viewer's profile time zone (the browser's if that zone is unknown);
 * null for a missing or unreadable time.
 */
export function formatEmailTime(iso: string | null, timeZone: string, locale?: string): string | null {
  const text = formatDateTime(iso, locale, isValidTimeZone(timeZone) ? timeZone : undefined);
  return text || null;
}
