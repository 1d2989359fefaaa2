import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../../gql';
import { formatDay } from '../../../lib/dates';
import { Button } from '../../../ui/Button';
import { Card } from '../../../ui/Card';
import { meetingPath } from '../utils/paths';
import { MeetingRecap } from './MeetingRecap';

const LastTimeQuery = graphql(`
  query LastTime($id: ID!) {
    viewer {
      id
      timezone
    }
    node(id: $id) {
      __typename
      ... on Meeting {
        id
        previousMeeting {
          id
          startsAt
        }
      }
    }
  }
`);

/**
 * "Last time": the previous held meeting's notes and action items beside this one, collapsible.
 * Nothing shows before the first held meeting.
 */
export function LastTimePanel({ meetingId }: { meetingId: string }) {
  const id = useId();
  const [open, setOpen] = useState(true);
  const [{ data }] = useQuery({ query: LastTimeQuery, variables: { id: meetingId } });
  const meeting = data?.node?.__typename === 'Meeting' ? data.node : null;
  const previous = meeting?.previousMeeting;
  if (!data || !previous) return null;
  return (
    <Card
      title="Last time"
      titleId="meeting-last-time"
      className="last-time"
      actions={
        <Button size="sm" variant="ghost" aria-expanded={open} aria-controls={`${id}-body`} onClick={() => setOpen(!open)}>
          {open ? 'Hide' : 'Show'}
        </Button>
      }
    >
      <div id={`${id}-body`} hidden={!open}>
        <p className="muted last-time__when">
          <Link to={meetingPath(previous.id)}>{formatDay(previous.startsAt, new Date(), data.viewer.timezone)}</Link>
        </p>
        {open ? <MeetingRecap meetingId={previous.id} headingLevel={3} parts={['notes', 'actions']} /> : null}
      </div>
    </Card>
  );
}
