import { useCallback } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../../gql';
import { EmptyState, LoadingState } from '../../../ui/Status';
import { useMeetingEvents, type MeetingEventKind } from '../../oneonones/hooks/useMeetingEvents';
import { CommentComposer } from './CommentComposer';
import { CommentThread, type ThreadContext } from './CommentThread';

const TalkingPointCommentsQuery = graphql(`
  query TalkingPointComments($meetingId: ID!, $talkingPointId: ID!) {
    viewer {
      id
      timezone
    }
    meeting: node(id: $meetingId) {
      __typename
      ... on Meeting {
        id
        oneOnOne {
          id
          participants {
            id
            name
          }
        }
      }
    }
    talkingPoint: node(id: $talkingPointId) {
      __typename
      ... on TalkingPoint {
        id
        text
        private
        comments {
          id
          ...CommentThread_comment
        }
      }
    }
  }
`);

const LIVE_KINDS: readonly MeetingEventKind[] = ['CommentAdded', 'CommentChanged', 'CommentDeleted'];
const CONTEXT = { additionalTypenames: ['Comment'] };

/**
 * The comments on one talking point, with replies and a comment box; live. For the agenda to show
 * under a talking point (e.g. behind an "n comments" toggle): give it the point and its meeting.
 */
export function TalkingPointComments({ talkingPointId, meetingId }: { talkingPointId: string; meetingId: string }) {
  const [{ data, error }, reexecute] = useQuery({ query: TalkingPointCommentsQuery, variables: { meetingId, talkingPointId }, context: CONTEXT });
  const refetch = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  useMeetingEvents(meetingId, LIVE_KINDS, refetch);
  const meeting = data?.meeting?.__typename === 'Meeting' ? data.meeting : null;
  const point = data?.talkingPoint?.__typename === 'TalkingPoint' ? data.talkingPoint : null;
  if (!data) return error ? <p className="muted">The comments could not be loaded.</p> : <LoadingState label="Loading comments…" />;
  if (!meeting || !point) return <p className="muted">This talking point is gone.</p>;
  if (point.private) return <p className="muted">Share this talking point to discuss it.</p>;
  const participants = meeting.oneOnOne.participants;
  const context: ThreadContext = {
    people: participants.filter((person) => person.id !== data.viewer.id),
    names: participants.map((person) => person.name),
    timeZone: data.viewer.timezone,
  };
  return (
    <div className="talking-point-comments">
      {point.comments.length === 0 ? (
        <EmptyState title="No comments on this talking point yet" />
      ) : (
        <ul className="comment-list" aria-label={`Comments on “${point.text}”`}>
          {point.comments.map((thread) => (
            <CommentThread key={thread.id} comment={thread} context={context} />
          ))}
        </ul>
      )}
      <CommentComposer target={{ talkingPointId: point.id }} people={context.people} label={`Comment on “${point.text}”`} submitLabel="Comment" />
    </div>
  );
}
