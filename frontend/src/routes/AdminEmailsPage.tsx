import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ADMIN_PATH } from '../features/admin/utils/paths';
import { FailedEmailTable } from '../features/mail/components/FailedEmailTable';
import { graphql } from '../gql';
import { classifyError } from '../lib/errors';
import { useAccumulatedConnection, useDocumentTitle } from '../lib/hooks';
import { Button } from '../ui/Button';
import { Card, PageHeader } from '../ui/Card';
import { EmptyState, LiveMessage, LoadingState } from '../ui/Status';
import { QueryError } from './shared';

const PAGE_SIZE = 25;

const AdminEmailsPageQuery = graphql(`
  query AdminEmailsPage($first: Int!, $after: String) {
    viewer {
      id
      isAdmin
      timezone
    }
    failedEmails(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          ...FailedEmailRow_failedEmail
        }
      }
    }
  }
`);

function AdminOnly() {
  return <EmptyState title="Only administrators can see email delivery" />;
}

export function AdminEmailsPage() {
  useDocumentTitle('Email delivery · Admin');
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: AdminEmailsPageQuery,
    variables: { first: PAGE_SIZE, after },
  });
  const emails = useAccumulatedConnection(data?.failedEmails, after === null);
  // Kept while the next page loads, so the times do not jump to another zone meanwhile.
  const [viewer, setViewer] = useState(data?.viewer);
  if (data && data.viewer !== viewer) setViewer(data.viewer);
  const retry = () => reexecute({ requestPolicy: 'network-only' });

  if (!emails || !viewer) {
    // The API refuses the list to anyone but admins (FORBIDDEN), so non-admins get no data at all.
    if (error) return classifyError(error).kind === 'forbidden' ? <AdminOnly /> : <QueryError error={error} onRetry={retry} />;
    return <LoadingState label="Loading failed emails…" />;
  }
  if (!viewer.isAdmin) return <AdminOnly />;
  const timeZone = viewer.timezone;
  const total = emails.totalCount ?? emails.edges.length;

  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={ADMIN_PATH}>Users</Link> <span aria-hidden="true">/</span> <span aria-current="page">Email delivery</span>
      </nav>
      <PageHeader
        title="Email delivery"
        description="Emails Tandem gave up delivering after repeated attempts, with who they were for and why they failed; their content is never shown."
      />
      <Card>
        <LiveMessage message={fetching ? '' : `${total} failed ${total === 1 ? 'email' : 'emails'}`} />
        {emails.edges.length === 0 ? (
          <EmptyState title="No failed emails — everything was delivered or is still being tried." />
        ) : (
          <>
            <FailedEmailTable emails={emails.edges.map(({ node }) => ({ id: node.id, email: node }))} timeZone={timeZone} />
            <p className="muted list-footnote">Times in your time zone ({timeZone.replaceAll('_', ' ')}).</p>
          </>
        )}
        {error && after !== null ? <QueryError error={error} onRetry={retry} /> : null}
        {emails.pageInfo.hasNextPage ? (
          <div className="load-more">
            <Button onClick={() => setAfter(emails.pageInfo.endCursor)} busy={fetching && after !== null}>
              Load more
            </Button>
            <span className="muted">
              Showing {emails.edges.length} of {total}
            </span>
          </div>
        ) : null}
      </Card>
    </>
  );
}
