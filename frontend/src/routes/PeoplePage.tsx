import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { PersonList, PersonListItem } from '../features/people/components/PersonListItem';
import { graphql } from '../gql';
import { useAccumulatedConnection, useDebouncedValue, useDocumentTitle } from '../lib/hooks';
import { Button } from '../ui/Button';
import { Card, PageHeader } from '../ui/Card';
import { TextField } from '../ui/Field';
import { EmptyState, LiveMessage, LoadingState } from '../ui/Status';
import { QueryError } from './shared';

const PAGE_SIZE = 20;

const PeoplePageQuery = graphql(`
  query PeoplePage($search: String, $first: Int!, $after: String) {
    people(search: $search, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          ...PersonListItem_user
        }
      }
    }
  }
`);

function PeopleResults({ search }: { search: string }) {
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: PeoplePageQuery,
    variables: { search: search || null, first: PAGE_SIZE, after },
  });
  const people = useAccumulatedConnection(data?.people, after === null);
  const retry = () => reexecute({ requestPolicy: 'network-only' });

  if (!people) {
    if (error) return <QueryError error={error} onRetry={retry} />;
    return <LoadingState label="Loading people…" />;
  }
  const total = people.totalCount ?? people.edges.length;
  const summary =
    total === 0
      ? ''
      : search
        ? `${total} ${total === 1 ? 'person matches' : 'people match'} “${search}”`
        : `${total} ${total === 1 ? 'person' : 'people'}`;

  return (
    <>
      <LiveMessage message={fetching ? '' : summary || (search ? `No one matches “${search}”.` : 'No people yet.')} />
      {people.edges.length === 0 ? (
        <EmptyState title={search ? `No one matches “${search}”` : 'No people yet'}>
          {search ? <p>Try part of a name, a title or an email address.</p> : null}
        </EmptyState>
      ) : (
        <>
          <p className="list-summary muted" aria-hidden="true">
            {summary}
          </p>
          <PersonList label="People">
            {people.edges.map(({ node }) => (
              <PersonListItem key={node.id} user={node} />
            ))}
          </PersonList>
        </>
      )}
      {error && after !== null ? <QueryError error={error} onRetry={retry} /> : null}
      {people.pageInfo.hasNextPage ? (
        <div className="load-more">
          <Button onClick={() => setAfter(people.pageInfo.endCursor)} busy={fetching && after !== null}>
            Load more
          </Button>
          <span className="muted">
            Showing {people.edges.length} of {total}
          </span>
        </div>
      ) : null}
    </>
  );
}

export function PeoplePage() {
  useDocumentTitle('People');
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [text, setText] = useState(q);
  const [lastQ, setLastQ] = useState(q);
  const debounced = useDebouncedValue(text.trim(), 300);

  // Back/forward changes ?q=: show it in the box.
  if (q !== lastQ) {
    setLastQ(q);
    if (q !== text.trim()) setText(q);
  }

  useEffect(() => {
    if (debounced === q) return;
    setParams(debounced ? { q: debounced } : {}, { replace: true });
    // Only typing should update the URL; q changing by navigation is handled above.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);

  return (
    <>
      <PageHeader title="People" description="Everyone in your organisation." />
      <Card>
        <form role="search" className="search" onSubmit={(event) => event.preventDefault()}>
          <TextField
            label="Search people"
            type="search"
            placeholder="Name, title or email"
            value={text}
            onChange={(event) => setText(event.target.value)}
            autoComplete="off"
          />
        </form>
        <PeopleResults key={q} search={q} />
      </Card>
    </>
  );
}
