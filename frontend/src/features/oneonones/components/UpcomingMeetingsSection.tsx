import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { Card } from '../../../ui/Card';
import { EmptyState } from '../../../ui/Status';
import { ONE_ON_ONES_PATH, newOneOnOnePath } from '../utils/paths';
import { MeetingList, MeetingListItem } from './MeetingListItem';

export const UpcomingMeetingsSectionFragment = graphql(`
  fragment UpcomingMeetingsSection_user on User {
    id
    timezone
    upcomingMeetings(first: 5) {
      totalCount
      edges {
        node {
          id
          ...MeetingListItem_meeting
        }
      }
    }
  }
`);

/** The viewer's next meetings, soonest first, in their time zone. */
export function UpcomingMeetingsSection({ user }: { user: FragmentType<typeof UpcomingMeetingsSectionFragment> }) {
  const { timezone, upcomingMeetings } = getFragmentData(UpcomingMeetingsSectionFragment, user);
  const edges = upcomingMeetings?.edges ?? [];
  return (
    <Card
      title="Upcoming meetings"
      titleId="upcoming-meetings"
      actions={
        <Link className="btn btn--ghost btn--sm" to={ONE_ON_ONES_PATH}>
          <span>All 1:1s</span>
        </Link>
      }
    >
      {edges.length === 0 ? (
        <EmptyState title="No upcoming meetings">
          <Link to={newOneOnOnePath()}>Start a 1:1</Link>
        </EmptyState>
      ) : (
        <>
          <MeetingList label="Upcoming meetings">
            {edges.map(({ node }) => (
              <MeetingListItem key={node.id} meeting={node} timeZone={timezone} />
            ))}
          </MeetingList>
          <p className="muted list-footnote">Times in your time zone ({timezone.replaceAll('_', ' ')}).</p>
        </>
      )}
    </Card>
  );
}
