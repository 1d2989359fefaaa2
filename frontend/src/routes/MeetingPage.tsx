import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { ActionItemsCard } from '../features/actions/components/ActionItemsCard';
import { FollowUpCard } from '../features/actions/components/FollowUpCard';
import { AgendaCard } from '../features/agenda/components/AgendaCard';
import { MeetingLiveProvider } from '../features/agenda/components/MeetingLiveProvider';
import { AddToCalendarLink } from '../features/calendar/components/AddToCalendarLink';
import { DiscussionCard } from '../features/comments/components/DiscussionCard';
import { LastTimePanel } from '../features/oneonones/components/LastTimePanel';
import { MeetingActions } from '../features/oneonones/components/MeetingActions';
import { MeetingDetailsForm } from '../features/oneonones/components/MeetingDetailsForm';
import { MeetingSummary } from '../features/oneonones/components/MeetingSummary';
import { MeetingTitleForm } from '../features/oneonones/components/MeetingTitleForm';
import { ONE_ON_ONES_PATH, editOneOnOnePath, oneOnOnePath } from '../features/oneonones/utils/paths';
import { MEETING_STATUS } from '../features/oneonones/utils/status';
import { PrivateNotesCard } from '../features/notes/components/PrivateNotesCard';
import { SharedNotesCard } from '../features/notes/components/SharedNotesCard';
import { graphql } from '../gql';
import { classifyError } from '../lib/errors';
import { useDocumentTitle } from '../lib/hooks';
import { Button } from '../ui/Button';
import { Badge, Card, PageHeader } from '../ui/Card';
import { EmptyState, LoadingState } from '../ui/Status';
import { QueryError } from './shared';

const MeetingPageQuery = graphql(`
  query MeetingPage($id: ID!) {
    viewer {
      id
      name
      timezone
      ...AgendaCard_viewer
    }
    node(id: $id) {
      __typename
      ... on Meeting {
        id
        title
        hasOwnTitle
        status
        isRescheduled
        details
        oneOnOne {
          id
          title
          status
          viewerHasLeft
          counterpart {
            id
            name
          }
        }
        ...MeetingSummary_meeting
        ...AgendaCard_meeting
        ...MeetingActions_meeting
        ...MeetingDetailsForm_meeting
        ...MeetingTitleForm_meeting
      }
    }
  }
`);

function MeetingNotFound() {
  return (
    <>
      <h1 className="visually-hidden">Meeting not found</h1>
      <EmptyState title="This meeting could not be found">
        <p>
          It may have been deleted, or it is not one of yours. <Link to={ONE_ON_ONES_PATH}>Your 1:1s</Link>
        </p>
      </EmptyState>
    </>
  );
}

export function MeetingPage() {
  const id = useParams().id ?? '';
  const [editingTitle, setEditingTitle] = useState(false);
  const [{ data, error, fetching }, reexecute] = useQuery({ query: MeetingPageQuery, variables: { id } });
  const meeting = data?.node?.__typename === 'Meeting' ? data.node : null;
  useDocumentTitle(meeting ? meeting.title : fetching ? null : 'Meeting not found');

  if (!data) {
    if (error) {
      const kind = classifyError(error).kind;
      if (kind === 'not-found' || kind === 'bad-input') return <MeetingNotFound />;
      return <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
    }
    return <LoadingState label="Loading meeting…" />;
  }
  if (!meeting) return <MeetingNotFound />;
  const timeZone = data.viewer.timezone;
  const series = meeting.oneOnOne;
  const status = MEETING_STATUS[meeting.status];
  const seriesOpen = series.status === 'ACTIVE' && !series.viewerHasLeft;

  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={ONE_ON_ONES_PATH}>1:1s</Link> <span aria-hidden="true">/</span>{' '}
        <Link to={oneOnOnePath(series.id)}>{series.title}</Link> <span aria-hidden="true">/</span>{' '}
        <span aria-current="page">Meeting</span>
      </nav>
      {editingTitle ? (
        <Card className="title-edit">
          <MeetingTitleForm meeting={meeting} onDone={() => setEditingTitle(false)} />
        </Card>
      ) : (
        <PageHeader
          title={
            <>
              {meeting.title}{' '}
              <span className="badge-row page-header__badges">
                <Badge tone={status.tone}>{status.label}</Badge>
                {meeting.isRescheduled ? <Badge tone="accent">Rescheduled</Badge> : null}
              </span>
            </>
          }
          description={
            <>
              With {series.counterpart?.name ?? 'a former participant'} ·{' '}
              {meeting.hasOwnTitle ? <>Part of “{series.title}” · </> : null}
              <Link to={oneOnOnePath(series.id)}>Back to the series</Link>
            </>
          }
          actions={
            <Button size="sm" variant="ghost" onClick={() => setEditingTitle(true)}>
              Edit title
            </Button>
          }
        />
      )}
      <MeetingLiveProvider key={meeting.id} meetingId={meeting.id} me={{ id: data.viewer.id, name: data.viewer.name }}>
        <div className="home-grid">
          <div className="home-grid__side">
            <Card
              title="When"
              titleId="meeting-when"
              actions={meeting.status === 'UPCOMING' ? <AddToCalendarLink meetingId={meeting.id} /> : null}
            >
              <MeetingSummary meeting={meeting} timeZone={timeZone} />
            </Card>
            <LastTimePanel meetingId={meeting.id} />
          </div>
          <div className="home-grid__main">
            <FollowUpCard meetingId={meeting.id} />
            {meeting.status === 'UPCOMING' ? (
              <Card
                title="This meeting"
                titleId="meeting-actions"
                actions={
                  seriesOpen ? (
                    <Link className="btn btn--ghost btn--sm" to={editOneOnOnePath(series.id, meeting.id)}>
                      <span>Edit series from here</span>
                    </Link>
                  ) : null
                }
              >
                <MeetingActions meeting={meeting} timeZone={timeZone} />
              </Card>
            ) : null}
            <AgendaCard key={meeting.id} meeting={meeting} viewer={data.viewer} />
            <SharedNotesCard />
            <PrivateNotesCard />
            <ActionItemsCard meetingId={meeting.id} />
            <DiscussionCard meetingId={meeting.id} />
            <Card title="Details" titleId="meeting-details">
              <MeetingDetailsForm key={meeting.id} meeting={meeting} />
            </Card>
          </div>
        </div>
      </MeetingLiveProvider>
    </>
  );
}
