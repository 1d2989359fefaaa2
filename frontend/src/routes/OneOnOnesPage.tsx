import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { OneOnOneListItem } from '../features/oneonones/components/OneOnOneListItem';
import { newOneOnOnePath } from '../features/oneonones/utils/paths';
import { graphql } from '../gql';
import { useAccumulatedConnection, useDocumentTitle } from '../lib/hooks';
import { Button } from '../ui/Button';
import { Card, PageHeader } from '../ui/Card';
import { CheckboxField } from '../ui/Field';
import { EmptyState, LiveMessage, LoadingState } from '../ui/Status';
import { QueryError } from './shared';

const PAGE_SIZE = 20;

const OneOnOnesPageQuery = graphql(`
  query OneOnOnesPage($first: Int!, $after: String, $includeInactive: Boolean!) {
    viewer {
      id
      timezone
      oneOnOnes(first: $first, after: $after, includeInactive: $includeInactive) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            ...OneOnOneListItem_oneOnOne
          }
        }
      }
    }
  }
`);

function OneOnOneResults({ includeInactive }: { includeInactive: boolean }) {
  const [after, setAfter] = useState<string | null>(null);
  // A first 1:1 must refresh an empty list too, which holds no OneOnOne to invalidate.
  const context = useMemo(() => ({ additionalTypenames: ['OneOnOne'] }), []);
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: OneOnOnesPageQuery,
    variables: { first: PAGE_SIZE, after, includeInactive },
    context,
  });
  const list = useAccumulatedConnection(data?.viewer.oneOnOnes ?? undefined, after === null);
  const retry = () => reexecute({ requestPolicy: 'network-only' });

  if (!list || !data) {
    if (error) return <QueryError error={error} onRetry={retry} />;
    return <LoadingState label="Loading your 1:1s…" />;
  }
  const total = list.totalCount ?? list.edges.length;
  return (
    <>
      <LiveMessage message={fetching ? '' : `${total} ${total === 1 ? '1:1' : '1:1s'}`} />
      {list.edges.length === 0 ? (
        <EmptyState title={includeInactive ? 'You have no 1:1s yet' : 'You have no active 1:1s'}>
          <p>
            <Link to={newOneOnOnePath()}>Start a 1:1</Link> with your manager, a report or anyone else.
          </p>
        </EmptyState>
      ) : (
        <ul className="series-list" aria-label="Your 1:1s">
          {list.edges.map(({ node }) => (
            <OneOnOneListItem key={node.id} oneOnOne={node} timeZone={data.viewer.timezone} />
          ))}
        </ul>
      )}
      {error && after !== null ? <QueryError error={error} onRetry={retry} /> : null}
      {list.pageInfo.hasNextPage ? (
        <div className="load-more">
          <Button onClick={() => setAfter(list.pageInfo.endCursor)} busy={fetching && after !== null}>
            Load more
          </Button>
          <span className="muted">
            Showing {list.edges.length} of {total}
          </span>
        </div>
      ) : null}
    </>
  );
}

export function OneOnOnesPage() {
  useDocumentTitle('1:1s');
  const [params, setParams] = useSearchParams();
  const includeInactive = params.get('all') === '1';
  return (
    <>
      <PageHeader
        title="1:1s"
        description="Your recurring meetings, one person at a time."
        actions={
          <Link className="btn btn--primary" to={newOneOnOnePath()}>
            <span>New 1:1</span>
          </Link>
        }
      />
      <Card>
        <div className="list-toolbar">
          <CheckboxField
            label="Show archived and ended 1:1s"
            checked={includeInactive}
            onChange={(event) => setParams(event.target.checked ? { all: '1' } : {}, { replace: true })}
          />
        </div>
        <OneOnOneResults key={String(includeInactive)} includeInactive={includeInactive} />
      </Card>
    </>
  );
}
