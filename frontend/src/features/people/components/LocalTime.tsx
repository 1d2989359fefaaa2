import { describeDifference, localTimeIn } from '../../../lib/dates';
import { useNow } from '../../../lib/hooks';

/** "14:05 (GMT+2) · 1 hour ahead of you", kept current. */
export function LocalTime({ timeZone }: { timeZone: string }) {
  const now = useNow();
  const local = localTimeIn(timeZone, now);
  if (!local) return <span>{timeZone}</span>;
  const ourWeekday = new Intl.DateTimeFormat(undefined, { weekday: 'short' }).format(now);
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
