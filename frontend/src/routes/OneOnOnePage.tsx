import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { HistorySearch } from '../features/search/components/HistorySearch';
import { MeetingHistory, type HistoryMeeting } from '../features/oneonones/components/MeetingHistory';
import { MeetingList, MeetingListItem } from '../features/oneonones/components/MeetingListItem';
import { OpenItemsCards } from '../features/oneonones/components/OpenItemsCards';
import { NextMeetingCard } from '../features/oneonones/components/NextMeetingCard';
import { OneOnOneSummary } from '../features/oneonones/components/OneOnOneSummary';
import { SeriesActions } from '../features/oneonones/components/SeriesActions';
import { mergeNewestFirst, statusesFor, type HistoryFilter, type PastStatus } from '../features/oneonones/utils/history';
import { ONE_ON_ONES_PATH } from '../features/oneonones/utils/paths';
import { graphql } from '../gql';
import type { OneOnOnePageQuery as OneOnOnePageData } from '../gql/graphql';
import { classifyError } from '../lib/errors';
import { useAccumulatedConnection, useDocumentTitle } from '../lib/hooks';
import { Card, PageHeader } from '../ui/Card';
import { EmptyState, LoadingState } from '../ui/Status';
import { QueryError } from './shared';

const HISTORY_PAGE = 10;
// Completing an action item elsewhere refreshes the open ones here, also when none were open.
const PAGE_CONTEXT = { additionalTypenames: ['ActionItem'] };

const OneOnOnePageQuery = graphql(`
  query OneOnOnePage(
    $id: ID!
    $first: Int!
    $completedAfter: String
    $missedAfter: String
    $cancelledAfter: String
    $withCompleted: Boolean!
    $withMissed: Boolean!
    $withCancelled: Boolean!
  ) {
    viewer {
      id
      timezone
    }
    node(id: $id) {
      __typename
      ... on OneOnOne {
        id
        title
        ...OneOnOneSummary_oneOnOne
        ...NextMeetingCard_oneOnOne
        ...SeriesActions_oneOnOne
        ...OpenItems_oneOnOne
        upcoming: meetings(status: UPCOMING, first: 5) {
          totalCount
          edges {
            node {
              id
              ...MeetingListItem_meeting
            }
          }
        }
        completed: meetings(status: COMPLETED, descending: true, first: $first, after: $completedAfter)
          @include(if: $withCompleted) {
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            cursor
            node {
              id
              startsAt
              ...MeetingListItem_meeting
            }
          }
        }
        missed: meetings(status: MISSED, descending: true, first: $first, after: $missedAfter) @include(if: $withMissed) {
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            cursor
            node {
              id
              startsAt
              ...MeetingListItem_meeting
            }
          }
        }
        cancelled: meetings(status: CANCELLED, descending: true, first: $first, after: $cancelledAfter)
          @include(if: $withCancelled) {
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            cursor
            node {
              id
              startsAt
              ...MeetingListItem_meeting
            }
          }
        }
      }
    }
  }

`);

type Cursors = Record<PastStatus, string | null>;
const NO_CURSORS: Cursors = { COMPLETED: null, MISSED: null, CANCELLED: null };
const FIELD = { COMPLETED: 'completed', MISSED: 'missed', CANCELLED: 'cancelled' } as const;

function OneOnOneNotFound() {
  return (
    <>
      <h1 className="visually-hidden">1:1 not found</h1>
      <EmptyState title="This 1:1 could not be found">
        <p>
          It may have been deleted, or it is not one of yours. <Link to={ONE_ON_ONES_PATH}>Your 1:1s</Link>
        </p>
      </EmptyState>
    </>
  );
}

export function OneOnOnePage() {
  const id = useParams().id ?? '';
  const navigate = useNavigate();
  const [filter, setFilter] = useState<HistoryFilter>('ALL');
  const [cursors, setCursors] = useState<Cursors>(NO_CURSORS);
  const shown = statusesFor(filter);
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: OneOnOnePageQuery,
    context: PAGE_CONTEXT,
    variables: {
      id,
      first: HISTORY_PAGE,
      completedAfter: cursors.COMPLETED,
      missedAfter: cursors.MISSED,
      cancelledAfter: cursors.CANCELLED,
      withCompleted: shown.includes('COMPLETED'),
      withMissed: shown.includes('MISSED'),
      withCancelled: shown.includes('CANCELLED'),
    },
  });
  const series = data?.node?.__typename === 'OneOnOne' ? data.node : null;
  useDocumentTitle(series ? series.title : fetching ? null : '1:1 not found');

  if (!data) {
    if (error) {
      const kind = classifyError(error).kind;
      if (kind === 'not-found' || kind === 'bad-input') return <OneOnOneNotFound />;
      return <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
    }
    return <LoadingState label="Loading 1:1…" />;
  }
  if (!series) return <OneOnOneNotFound />;
  const timeZone = data.viewer.timezone;

  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={ONE_ON_ONES_PATH}>1:1s</Link> <span aria-hidden="true">/</span> <span aria-current="page">{series.title}</span>
      </nav>
      <PageHeader title={series.title} actions={<SeriesActions oneOnOne={series} onDeleted={() => void navigate(ONE_ON_ONES_PATH)} />} />
      <div className="home-grid">
        <div className="home-grid__side">
          <Card>
            <OneOnOneSummary oneOnOne={series} viewerId={data.viewer.id} viewerTimeZone={timeZone} />
          </Card>
        </div>
        <div className="home-grid__main">
          <NextMeetingCard oneOnOne={series} timeZone={timeZone} />
          <Card
            title={
              <>
                Upcoming <span className="count">{series.upcoming.totalCount}</span>
              </>
            }
            titleId="series-upcoming"
          >
            {series.upcoming.edges.length === 0 ? (
              <EmptyState title="No upcoming meetings" />
            ) : (
              <>
                <MeetingList label="Upcoming meetings">
                  {series.upcoming.edges.map(({ node }) => (
                    <MeetingListItem key={node.id} meeting={node} timeZone={timeZone} variant="series" />
                  ))}
                </MeetingList>
                {series.upcoming.totalCount > series.upcoming.edges.length ? (
                  <p className="muted list-footnote">
                    Showing the next {series.upcoming.edges.length} of {series.upcoming.totalCount}.
                  </p>
                ) : null}
              </>
            )}
          </Card>
          <OpenItemsCards oneOnOne={series} viewerId={data.viewer.id} timeZone={timeZone} />
          <Card title="Search this 1:1" titleId="series-search">
            <HistorySearch oneOnOneId={series.id} timeZone={timeZone} />
          </Card>
          <Card title="History" titleId="series-history">
            <History
              key={filter}
              series={series}
              filter={filter}
              cursors={cursors}
              fetching={fetching}
              timeZone={timeZone}
              onFilterChange={(next) => {
                setFilter(next);
                setCursors(NO_CURSORS);
              }}
              onLoadMore={setCursors}
            />
          </Card>
        </div>
      </div>
    </>
  );
}

type Series = Extract<NonNullable<OneOnOnePageData['node']>, { __typename: 'OneOnOne' }>;

/**
 * Keeps the loaded pages of each status shown by the filter and merges them newest first.
 * Remounted per filter, so pages of another filter never mix in.
 */
function History({
  series,
  filter,
  cursors,
  fetching,
  timeZone,
  onFilterChange,
  onLoadMore,
}: {
  series: Series;
  filter: HistoryFilter;
  cursors: Cursors;
  fetching: boolean;
  timeZone: string;
  onFilterChange: (filter: HistoryFilter) => void;
  onLoadMore: (cursors: Cursors) => void;
}) {
  const shown = statusesFor(filter);
  // Until the answer for this filter is in, the data may still be the previous filter's.
  const matches = (['COMPLETED', 'MISSED', 'CANCELLED'] as const).every(
    (status) => (series[FIELD[status]] !== undefined) === shown.includes(status),
  );
  const page = (status: PastStatus) => (matches ? (series[FIELD[status]] ?? undefined) : undefined);
  const completed = useAccumulatedConnection(page('COMPLETED'), cursors.COMPLETED === null);
  const missed = useAccumulatedConnection(page('MISSED'), cursors.MISSED === null);
  const cancelled = useAccumulatedConnection(page('CANCELLED'), cursors.CANCELLED === null);
  const loaded = { COMPLETED: completed, MISSED: missed, CANCELLED: cancelled };
  const streams = shown.map((status) => loaded[status]);
  const ready = streams.every((stream) => stream !== null);
  const merged = mergeNewestFirst(
    streams.map((stream) => ({
      items: (stream?.edges ?? []).map(({ node }): HistoryMeeting => ({ id: node.id, startsAt: node.startsAt, meeting: node })),
      hasMore: stream?.pageInfo.hasNextPage ?? false,
    })),
  );

  function loadMore() {
    const next = { ...cursors };
    for (const status of shown) {
      const stream = loaded[status];
      if (stream?.pageInfo.hasNextPage) next[status] = stream.pageInfo.endCursor;
    }
    onLoadMore(next);
  }

  return (
    <MeetingHistory
      meetings={ready ? merged.items : null}
      filter={filter}
      onFilterChange={onFilterChange}
      hasMore={ready && merged.hasMore}
      onLoadMore={loadMore}
      loading={fetching}
      timeZone={timeZone}
    />
  );
}
