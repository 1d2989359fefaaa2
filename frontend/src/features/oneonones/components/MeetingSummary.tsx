import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { formatDay, formatOffsetAt, formatTimeOfDay } from '../../../lib/dates';
import { useNow } from '../../../lib/hooks';
import { formatDuration } from '../utils/frequency';
import { MeetingTime } from './MeetingTime';
import { TemplateSections } from './TemplateSections';

export const MeetingSummaryFragment = graphql(`
  fragment MeetingSummary_meeting on Meeting {
    id
    startsAt
    endsAt
    durationMinutes
    oneOnOne {
      id
      counterpart {
        id
        name
        timezone
      }
    }
    template {
      id
      ...TemplateSections_template
    }
  }
`);

/** When the meeting is, for the viewer and — when it differs — for the other person. */
export function MeetingSummary({ meeting, timeZone }: { meeting: FragmentType<typeof MeetingSummaryFragment>; timeZone: string }) {
  const m = getFragmentData(MeetingSummaryFragment, meeting);
  const now = useNow(60_000);
  const other = m.oneOnOne.counterpart;
  const theirZone = other && other.timezone !== timeZone ? other.timezone : null;
  return (
    <dl className="facts facts--wide">
      <div>
        <dt>When</dt>
        <dd>
          <p className="meeting-when">
            <MeetingTime startsAt={m.startsAt} timeZone={timeZone} />
            {' – '}
            <time dateTime={m.endsAt}>{formatTimeOfDay(m.endsAt, timeZone)}</time>
          </p>
          <p className="muted">
            {formatDuration(m.durationMinutes)} · your time ({timeZone.replaceAll('_', ' ')}, {formatOffsetAt(m.startsAt, timeZone)})
          </p>
        </dd>
      </div>
      {other && theirZone ? (
        <div>
          <dt>For {other.name.split(' ')[0]}</dt>
          <dd>
            <p data-testid="counterpart-time">
              {formatDay(m.startsAt, now, theirZone)} · {formatTimeOfDay(m.startsAt, theirZone)} –{' '}
              {formatTimeOfDay(m.endsAt, theirZone)}
            </p>
            <p className="muted">
              {theirZone.replaceAll('_', ' ')}, {formatOffsetAt(m.startsAt, theirZone)}
            </p>
          </dd>
        </div>
      ) : null}
      <div>
        <dt>Template</dt>
        <dd>{m.template ? <TemplateSections template={m.template} /> : <span className="muted">None</span>}</dd>
      </div>
    </dl>
  );
}
