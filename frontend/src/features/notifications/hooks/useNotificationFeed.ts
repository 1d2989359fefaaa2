import { useCallback, useMemo, useState } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import { graphql, type FragmentType } from '../../../gql';
import type { NotificationReceivedSubscription } from '../../../gql/graphql';
import { describeError } from '../../../lib/errors';
import { useLiveConnection } from '../../../lib/GraphQLProvider';
import type { NotificationItemFragment } from '../components/NotificationItem';
import { mergeNotifications, unreadTotal } from '../utils/feed';

/** How many of the latest notifications the bell lists. */
export const BELL_LIMIT = 10;

// The bell's own query: the header is on every page, so it cannot be any one page's.
const NotificationBellQuery = graphql(`
  query NotificationBell($first: Int!) {
    viewer {
      id
      timezone
      unreadNotificationCount
      notifications(first: $first) {
        edges {
          node {
            id
            title
            createdAt
            isRead
            ...NotificationItem_notification
          }
        }
      }
    }
  }
`);

const NotificationReceivedSubscriptionDocument = graphql(`
  subscription NotificationReceived {
    notificationReceived {
      id
      title
      createdAt
      isRead
      ...NotificationItem_notification
    }
  }
`);

const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) {
      marked
      unreadCount
      errors {
        field
        message
        code
      }
    }
  }
`);

type Entry = NotificationReceivedSubscription['notificationReceived'];

export interface FeedItem {
  id: string;
  read: boolean;
  notification: FragmentType<typeof NotificationItemFragment>;
}

export interface NotificationFeed {
  status: 'loading' | 'error' | 'ready';
  error: string | null;
  retry: () => void;
  timeZone: string | undefined;
  items: FeedItem[];
  unread: number;
  /** For the polite live region: the latest push ("" until one arrives). */
  announcement: string;
  /** The live socket: while 'closed', pushes wait until it is back (then the list is refetched). */
  connection: 'connecting' | 'connected' | 'closed';
  markRead: (id: string) => void;
  markAllRead: () => void;
  marking: boolean;
  markError: string | null;
}

interface Marks {
  /** The fetch these marks were made on top of; a new fetch knows them. */
  basis: unknown;
  ids: ReadonlySet<string>;
  all: boolean;
}

/**
 * The viewer's latest notifications and unread count: fetched once, then kept current by the
 * notificationReceived subscription (no polling); refetched whenever the socket (re)connects and
 * after marking read.
 */
export function useNotificationFeed(): NotificationFeed {
  const [{ data, error }, reexecute] = useQuery({ query: NotificationBellQuery, variables: { first: BELL_LIMIT } });
  const [{ data: live = [] }] = useSubscription<NotificationReceivedSubscription, Entry[]>(
    { query: NotificationReceivedSubscriptionDocument },
    (previous = [], response) => [response.notificationReceived, ...previous],
  );
  const [{ fetching: marking }, mark] = useMutation(MarkNotificationsReadMutation);
  const [markError, setMarkError] = useState<string | null>(null);
  const [connection, setConnection] = useState<NotificationFeed['connection']>('connecting');
  const [marks, setMarks] = useState<Marks>({ basis: data, ids: new Set(), all: false });
  if (marks.basis !== data) setMarks({ basis: data, ids: new Set(), all: false });

  const refetch = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);

  useLiveConnection((event) => {
    setConnection(event);
    // Pushes are not replayed: whatever came while the socket was down is fetched instead.
    if (event === 'connected') refetch();
  });

  const viewer = data?.viewer;
  const fetched = useMemo(() => viewer?.notifications?.edges.map((edge) => edge.node) ?? [], [viewer]);
  const merged = useMemo(() => mergeNotifications<Entry>(fetched, live, BELL_LIMIT), [fetched, live]);
  const currentMarks = marks.basis === data ? marks : { basis: data, ids: new Set<string>(), all: false };
  const unread = viewer
    ? unreadTotal({
        fetchedCount: viewer.unreadNotificationCount ?? 0,
        fetched,
        live,
        markedRead: currentMarks.ids,
        markedAll: currentMarks.all,
      })
    : 0;

  async function send(input: { ids: string[] } | { all: true }, optimistic: Omit<Marks, 'basis'>) {
    setMarkError(null);
    setMarks({ basis: data, ...optimistic });
    const result = await mark({ input });
    const failure = result.error ? describeError(result.error) : result.data?.markNotificationsRead.errors[0]?.message;
    if (failure) setMarkError(failure);
    refetch();
  }

  const latest = live[0];
  return {
    status: viewer ? 'ready' : error ? 'error' : 'loading',
    error: error ? describeError(error) : null,
    retry: refetch,
    timeZone: viewer?.timezone,
    items: merged.map((entry) => ({
      id: entry.id,
      read: entry.isRead || currentMarks.ids.has(entry.id),
      notification: entry,
    })),
    unread,
    // The trailing space alternates so that two pushes with the same title are both announced.
    announcement: latest ? `New notification: ${latest.title}${live.length % 2 ? '' : '\u00a0'}` : '',
    connection,
    markRead: (id) => {
      if (currentMarks.ids.has(id)) return;
      void send({ ids: [id] }, { ids: new Set([...currentMarks.ids, id]), all: currentMarks.all });
    },
    markAllRead: () => {
      void send({ all: true }, { ids: new Set([...fetched, ...live].map((entry) => entry.id)), all: true });
    },
    marking,
    markError,
  };
}
