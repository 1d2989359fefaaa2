import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { Avatar, Badge } from '../../../ui/Card';
import { describeFrequency } from '../utils/frequency';
import { oneOnOnePath } from '../utils/paths';
import { ONE_ON_ONE_STATUS } from '../utils/status';
import { MeetingTime } from './MeetingTime';

export const OneOnOneListItemFragment = graphql(`
  fragment OneOnOneListItem_oneOnOne on OneOnOne {
    id
    title
    frequency
    status
    viewerHasLeft
    counterpart {
      id
      name
      title
    }
    nextMeeting {
      id
      startsAt
    }
    meetingCounts {
      completed
      missed
    }
  }
`);

/** One 1:1 in the list: with whom, how often, when next, and how it has gone. */
export function OneOnOneListItem({
  oneOnOne,
  timeZone,
}: {
  oneOnOne: FragmentType<typeof OneOnOneListItemFragment>;
  timeZone: string;
}) {
  const o = getFragmentData(OneOnOneListItemFragment, oneOnOne);
  const name = o.counterpart?.name ?? 'Former participant';
  const { completed, missed } = o.meetingCounts;
  return (
    <li className="series-item">
      <Avatar name={name} />
      <div className="series-item__main">
        <p className="series-item__title">
          <Link to={oneOnOnePath(o.id)}>{o.title}</Link>
          {o.status !== 'ACTIVE' ? <Badge tone={ONE_ON_ONE_STATUS[o.status].tone}>{ONE_ON_ONE_STATUS[o.status].label}</Badge> : null}
          {o.viewerHasLeft && o.status === 'ACTIVE' ? <Badge tone="warning">You left</Badge> : null}
        </p>
        <p className="series-item__meta">
          with {name} · {describeFrequency(o.frequency)}
        </p>
      </div>
      <div className="series-item__aside">
        <p>
          {o.nextMeeting ? (
            <>
              <span className="muted">Next: </span>
              <MeetingTime startsAt={o.nextMeeting.startsAt} timeZone={timeZone} />
            </>
          ) : (
            <span className="muted">No upcoming meeting</span>
          )}
        </p>
        <p className="series-item__meta">
          {completed} held · {missed} missed
        </p>
      </div>
    </li>
  );
}
