import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { formatTimeOfDay } from '../../../lib/dates';
import { Badge, Card } from '../../../ui/Card';
import { EmptyState } from '../../../ui/Status';
import { formatDuration } from '../utils/frequency';
import { meetingPath } from '../utils/paths';
import { MeetingTime } from './MeetingTime';

export const NextMeetingCardFragment = graphql(`
  fragment NextMeetingCard_oneOnOne on OneOnOne {
    id
    status
    counterpart {
      id
      name
      timezone
    }
    nextMeeting {
      id
      title
      startsAt
      durationMinutes
      isRescheduled
    }
  }
`);

/** The next meeting of a series, in the viewer's zone and the other person's. */
export function NextMeetingCard({ oneOnOne, timeZone }: { oneOnOne: FragmentType<typeof NextMeetingCardFragment>; timeZone: string }) {
  const o = getFragmentData(NextMeetingCardFragment, oneOnOne);
  const next = o.nextMeeting;
  const theirZone = o.counterpart?.timezone;
  return (
    <Card title="Next meeting" titleId="next-meeting" className="next-meeting">
      {next ? (
        <div className="next-meeting__body">
          <p className="next-meeting__when">
            <MeetingTime startsAt={next.startsAt} timeZone={timeZone} />
          </p>
          <p className="muted">
            {formatDuration(next.durationMinutes)}
            {theirZone && theirZone !== timeZone && o.counterpart
              ? ` · ${formatTimeOfDay(next.startsAt, theirZone)} for ${o.counterpart.name}`
              : ''}
          </p>
          {next.isRescheduled ? <Badge tone="accent">Rescheduled</Badge> : null}
          <p>
            <Link className="btn btn--primary btn--sm" to={meetingPath(next.id)}>
              <span>Open meeting</span>
            </Link>
          </p>
        </div>
      ) : (
        <EmptyState title={o.status === 'ACTIVE' ? 'No meeting scheduled' : 'This 1:1 schedules no more meetings'} />
      )}
    </Card>
  );
}
