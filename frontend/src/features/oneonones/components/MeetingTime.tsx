import { formatDay, formatRelativeDay, formatTimeOfDay } from '../../../lib/dates';
import { useNow } from '../../../lib/hooks';

/**
 * When a meeting starts, in a given time zone (the viewer's): "Today · Thu, Nov 27 · 10:00 AM".
 * The machine-readable instant is on the <time> element.
 */
export function MeetingTime({
  startsAt,
  timeZone,
  relative = true,
}: {
  startsAt: string;
  timeZone: string;
  relative?: boolean;
}) {
  const now = useNow(60_000);
  const day = relative ? formatRelativeDay(startsAt, now, timeZone) : '';
  return (
    <span className="meeting-time">
      {day ? <span className="meeting-time__relative">{day} · </span> : null}
      <time dateTime={startsAt}>
        <span className="meeting-time__day">{formatDay(startsAt, now, timeZone)}</span>
        {' · '}
        <span className="meeting-time__clock">{formatTimeOfDay(startsAt, timeZone)}</span>
      </time>
    </span>
  );
}
