import { useSubscription } from 'urql';
import { graphql } from '../../../gql';
import type { MeetingPrivateContentSubscription } from '../../../gql/graphql';

const MeetingPrivateContentSubscriptionDocument = graphql(`
  subscription MeetingPrivateContent($meetingId: ID!) {
    meetingPrivateContent(meetingId: $meetingId) {
      notes
      notesVersion
      talkingPoints {
        id
        key
        text
        done
        section
        position
        topic
        private
        carriedFrom {
          id
          startsAt
        }
        carriedTo {
          id
          startsAt
        }
      }
    }
  }
`);

export type PrivateContent = MeetingPrivateContentSubscription['meetingPrivateContent'];
export type PrivatePoint = PrivateContent['talkingPoints'][number];

/**
 * The viewer's private notes and private talking points of a meeting, live from all their own
 * devices (nobody else can follow them). Null until the first message arrives.
 */
export function usePrivateContent(meetingId: string): { content: PrivateContent | null; error: string | null } {
  const [result] = useSubscription({ query: MeetingPrivateContentSubscriptionDocument, variables: { meetingId } });
  return {
    content: result.data?.meetingPrivateContent ?? null,
    error: result.error ? 'Your private notes and talking points could not be loaded.' : null,
  };
}
