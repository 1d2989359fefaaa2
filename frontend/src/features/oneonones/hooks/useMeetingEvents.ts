import { useEffect, useRef } from 'react';
import { useSubscription } from 'urql';
import { graphql } from '../../../gql';
import type { MeetingEventsSubscription } from '../../../gql/graphql';
import { useLiveConnection } from '../../../lib/GraphQLProvider';

const MeetingEventsSubscriptionDocument = graphql(`
  subscription MeetingEvents($meetingId: ID!) {
    meetingEvents(meetingId: $meetingId) {
      __typename
    }
  }
`);

export type MeetingEventKind = MeetingEventsSubscription['meetingEvents']['__typename'];

/**
 * Calls `onChange` when one of `kinds` happens in the meeting (from anyone, the viewer too) and
 * whenever the live socket comes back (events sent while it was down are not replayed). Callers
 * refetch what they show: the events only say that something changed. Identical subscriptions
 * share one operation in urql, so several panels of one page cost one subscription.
 */
export function useMeetingEvents(meetingId: string | null, kinds: readonly MeetingEventKind[], onChange: () => void): void {
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });
  const [{ data }] = useSubscription({
    query: MeetingEventsSubscriptionDocument,
    variables: { meetingId: meetingId ?? '' },
    pause: !meetingId,
  });
  const kind = data?.meetingEvents.__typename;
  useEffect(() => {
    if (kind && kinds.includes(kind)) latest.current();
    // Every event is a new `data` object, so two alike in a row still count.
  }, [data, kind, kinds]);
  useLiveConnection((event) => {
    if (event === 'connected') latest.current();
  });
}
