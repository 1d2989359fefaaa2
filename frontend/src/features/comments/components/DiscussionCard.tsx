import { useCallback, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../../gql';
import { Card } from '../../../ui/Card';
import { SelectField } from '../../../ui/Field';
import { EmptyState, LiveMessage, LoadingState } from '../../../ui/Status';
import { useMeetingEvents, type MeetingEventKind } from '../../oneonones/hooks/useMeetingEvents';
import { useArrivalAnnouncement } from '../hooks/useArrivalAnnouncement';
import { countLabel, mergeThreads } from '../utils/threads';
import { CommentComposer, type CommentTarget } from './CommentComposer';
import { CommentThread, type ThreadContext } from './CommentThread';

const MeetingDiscussionQuery = graphql(`
  query MeetingDiscussion($id: ID!) {
    viewer {
      id
      timezone
    }
    node(id: $id) {
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
        comments {
          id
          createdAt
          deleted
          author {
            id
            name
          }
          replies {
            id
            deleted
            author {
              id
              name
            }
          }
          ...CommentThread_comment
        }
        talkingPoints {
          id
          text
          private
          comments {
            id
            createdAt
            deleted
            author {
              id
              name
            }
            replies {
              id
              deleted
              author {
                id
                name
              }
            }
            ...CommentThread_comment
          }
        }
      }
    }
  }
`);

const LIVE_KINDS: readonly MeetingEventKind[] = ['CommentAdded', 'CommentChanged', 'CommentDeleted', 'TalkingPointAdded', 'TalkingPointRemoved'];
const CONTEXT = { additionalTypenames: ['Comment', 'TalkingPoint'] };
const MEETING = '';

/**
 * The meeting's discussion: comments on the meeting and on its talking points in one list, oldest
 * first, with replies; new ones from the other person appear live and are announced.
 */
export function DiscussionCard({ meetingId }: { meetingId: string }) {
  const [{ data, error }, reexecute] = useQuery({ query: MeetingDiscussionQuery, variables: { id: meetingId }, context: CONTEXT });
  const refetch = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  useMeetingEvents(meetingId, LIVE_KINDS, refetch);
  const [about, setAbout] = useState(MEETING);

  const meeting = data?.node?.__typename === 'Meeting' ? data.node : null;
  const viewer = data?.viewer;
  const points = useMemo(() => (meeting?.talkingPoints ?? []).filter((point) => !point.private), [meeting]);
  const threads = useMemo(() => {
    if (!meeting) return null;
    return mergeThreads([
      meeting.comments.map((thread) => ({ thread, about: null as string | null, createdAt: thread.createdAt })),
      ...points.map((point) => point.comments.map((thread) => ({ thread, about: point.text || 'an untitled talking point', createdAt: thread.createdAt }))),
    ]);
  }, [meeting, points]);
  const arrivals = useMemo(
    () =>
      threads?.flatMap(({ thread }) =>
        [thread, ...thread.replies].map((comment) => ({
          id: comment.id,
          authorName: comment.author?.name ?? null,
          mine: comment.author?.id === viewer?.id,
        })),
      ) ?? null,
    [threads, viewer],
  );
  const announcement = useArrivalAnnouncement(arrivals);

  if (!meeting || !viewer || !threads) {
    return (
      <Card title="Discussion" titleId="meeting-discussion">
        {error ? <p className="muted">The discussion could not be loaded.</p> : <LoadingState label="Loading the discussion…" />}
      </Card>
    );
  }
  const participants = meeting.oneOnOne.participants;
  const context: ThreadContext = {
    people: participants.filter((person) => person.id !== viewer.id),
    names: participants.map((person) => person.name),
    timeZone: viewer.timezone,
  };
  const chosen = points.some((point) => point.id === about) ? about : MEETING;
  const target: CommentTarget = chosen === MEETING ? { meetingId: meeting.id } : { talkingPointId: chosen };
  // Placeholders of deleted comments keep their threads but are not counted.
  const total = threads.flatMap(({ thread }) => [thread, ...thread.replies]).filter((comment) => !comment.deleted).length;

  return (
    <Card
      title={
        <>
          Discussion <span className="count">{total}</span>
        </>
      }
      titleId="meeting-discussion"
      className="discussion"
    >
      <LiveMessage message={announcement} />
      {threads.length === 0 ? (
        <EmptyState title="No comments yet">
          <p>Comment on the meeting or one of its talking points; @-mention to notify.</p>
        </EmptyState>
      ) : (
        <ul className="comment-list" aria-label={`Comments (${countLabel(total)})`}>
          {threads.map(({ thread, about: subject }) => (
            <CommentThread key={thread.id} comment={thread} context={context} about={subject} />
          ))}
        </ul>
      )}
      <CommentComposer
        target={target}
        people={context.people}
        label="Comment"
        submitLabel="Comment"
        placeholder="Write a comment…"
        extra={
          points.length > 0 ? (
            <SelectField label="About" value={chosen} onChange={(event) => setAbout(event.target.value)}>
              <option value={MEETING}>The meeting as a whole</option>
              {points.map((point) => (
                <option key={point.id} value={point.id}>
                  {point.text || 'Untitled talking point'}
                </option>
              ))}
            </SelectField>
          ) : null
        }
      />
    </Card>
  );
}
