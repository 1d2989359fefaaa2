import type { Frequency } from '../../../gql/graphql';
import { formatDay, formatTimeOfDay } from '../../../lib/dates';
import { Spinner } from '../../../ui/Status';
import { useSchedulePreview } from '../hooks/useSchedulePreview';

/** "Next dates": what the rule gives, in the viewer's zone and, when different, the series' zone. */
export function SchedulePreview({
  startsAt,
  timeZone,
  frequency,
  viewerTimeZone,
}: {
  startsAt: string | null;
  timeZone: string;
  frequency: Frequency;
  viewerTimeZone: string;
}) {
  const { dates, fetching, failed } = useSchedulePreview(startsAt, timeZone, frequency, frequency === 'ONCE' ? 1 : 5);
  const otherZone = timeZone !== viewerTimeZone;
  const now = new Date();
  return (
    <section className="schedule-preview" aria-labelledby="schedule-preview-title" aria-busy={fetching || undefined}>
      <h3 className="schedule-preview__title" id="schedule-preview-title">
        {frequency === 'ONCE' ? 'Date' : 'Next dates'} {fetching ? <Spinner size="sm" /> : null}
      </h3>
      <p className="muted schedule-preview__note">In your time zone ({viewerTimeZone.replaceAll('_', ' ')}).</p>
      {startsAt === null ? (
        <p className="muted">Choose a date and a start time to see the dates.</p>
      ) : failed ? (
        <p className="muted">The dates could not be worked out. Check the fields.</p>
      ) : dates.length === 0 ? (
        fetching ? null : <p className="muted">No dates.</p>
      ) : (
        <ol className="schedule-preview__list" aria-label="Next dates">
          {dates.map((date) => (
            <li key={date}>
              <time dateTime={date}>
                {formatDay(date, now, viewerTimeZone)} · {formatTimeOfDay(date, viewerTimeZone)}
              </time>
              {otherZone ? (
                <span className="muted">
                  {' '}
                  ({formatDay(date, now, timeZone)} · {formatTimeOfDay(date, timeZone)} in {timeZone.replaceAll('_', ' ')})
                </span>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
