import { describeDifference, localTimeIn } from '../../../lib/dates';
import { useNow } from '../../../lib/hooks';

/**
 * "14:05 (GMT+2) · 1 hour ahead of you", kept current. The difference is from the browser's zone,
 * or from `readerTimeZone` (e.g. the viewer's profile zone) when given.
 */
export function LocalTime({ timeZone, readerTimeZone }: { timeZone: string; readerTimeZone?: string }) {
  const now = useNow();
  const local = localTimeIn(timeZone, now, undefined, readerTimeZone);
  if (!local) return <span>{timeZone}</span>;
  const ourWeekday = new Intl.DateTimeFormat(undefined, { weekday: 'short', timeZone: readerTimeZone }).format(now);
  return (
    <span>
      <time dateTime={now.toISOString()}>
        {local.time}
        {local.weekday !== ourWeekday ? ` ${local.weekday}` : ''}
      </time>{' '}
      <span className="muted">
        ({local.offset}) · {describeDifference(local.differenceMinutes)}
      </span>
    </span>
  );
}
