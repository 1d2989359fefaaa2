import { useCallback } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../../gql';
import { useMeetingEvents, type MeetingEventKind } from '../../oneonones/hooks/useMeetingEvents';

const MeetingActionItemsQuery = graphql(`
  query MeetingActionItems($id: ID!) {
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
        talkingPoints {
          id
          text
          private
        }
        actionItems {
          id
          ...ActionItemRow_actionItem
        }
        openActionItemsFromBefore {
          id
          ...ActionItemRow_actionItem
        }
      }
    }
  }
`);

const LIVE_KINDS: readonly MeetingEventKind[] = ['ActionItemAdded', 'ActionItemChanged', 'TalkingPointAdded', 'TalkingPointRemoved', 'MeetingStatusChanged'];
const CONTEXT = { additionalTypenames: ['ActionItem'] };

/**
 * A meeting's action items (agreed in it, and open ones from before), kept live. The "Action
 * items" and "Follow up" cards share it: urql runs one query and one subscription for both.
 */
export function useMeetingActionItems(meetingId: string) {
  const [{ data, error }, reexecute] = useQuery({ query: MeetingActionItemsQuery, variables: { id: meetingId }, context: CONTEXT });
  const refetch = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  useMeetingEvents(meetingId, LIVE_KINDS, refetch);
  const meeting = data?.node?.__typename === 'Meeting' ? data.node : null;
  return { meeting, viewer: data?.viewer ?? null, error, loaded: Boolean(data) };
}
