import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../../gql';
import { formatDay } from '../../../lib/dates';
import { useDebouncedValue } from '../../../lib/hooks';
import { Button } from '../../../ui/Button';
import { EmptyState, LiveMessage, Spinner } from '../../../ui/Status';
import { meetingPath } from '../../oneonones/utils/paths';
import { KIND_LABEL, resultCount, searchTerms } from '../utils/snippet';
import { Snippet } from './Snippet';
import './search.css';

const PAGE = 20;

const OneOnOneSearchQuery = graphql(`
  query OneOnOneSearch($id: ID!, $query: String!, $first: Int!) {
    node(id: $id) {
      __typename
      ... on OneOnOne {
        id
        search(query: $query, first: $first) {
          totalCount
          pageInfo {
            hasNextPage
          }
          edges {
            cursor
            node {
              kind
              snippet {
                text
                highlighted
              }
              meeting {
                id
                startsAt
                title
              }
            }
          }
        }
      }
    }
  }
`);

/**
 * Search a 1:1's history (talking points, notes, comments, action items, one's own private notes)
 * as one types; each result shows its matches highlighted and links to its meeting. The search
 * follows the typing, so its query lives here rather than in the page.
 */
export function HistorySearch({ oneOnOneId, timeZone }: { oneOnOneId: string; timeZone: string }) {
  const id = useId();
  const [text, setText] = useState('');
  const [limit, setLimit] = useState(PAGE);
  const terms = useDebouncedValue(searchTerms(text), 300);
  const [{ data, fetching, error }] = useQuery({
    query: OneOnOneSearchQuery,
    variables: { id: oneOnOneId, query: terms, first: limit },
    pause: terms === '',
    requestPolicy: 'cache-and-network',
  });
  const result = data?.node?.__typename === 'OneOnOne' ? data.node.search : null;
  const settled = terms === searchTerms(text) && !fetching;
  const edges = terms && result ? result.edges : [];
  const status = !terms ? '' : settled && result ? `${resultCount(result.totalCount)} for “${terms}”` : '';

  return (
    <div className="history-search">
      <form role="search" aria-label="Search this 1:1" onSubmit={(event) => event.preventDefault()}>
        <label className="field__label" htmlFor={id}>
          Search talking points, notes, comments and action items
        </label>
        <div className="history-search__control">
          <input
            id={id}
            className="input"
            type="search"
            value={text}
            placeholder="e.g. rubric"
            onChange={(event) => {
              setText(event.target.value);
              setLimit(PAGE);
            }}
          />
          {terms && fetching ? (
            <span className="history-search__spinner">
              <Spinner size="sm" />
            </span>
          ) : null}
        </div>
      </form>
      <LiveMessage message={status} />
      {error ? <p className="field__error">The search failed. Try again.</p> : null}
      {terms && result && settled && result.totalCount === 0 ? <EmptyState title={`Nothing found for “${terms}”`} /> : null}
      {edges.length > 0 ? (
        <>
          <p className="muted history-search__count">{status}</p>
          <ol className="search-results" aria-label="Search results">
            {edges.map(({ cursor, node }) => (
              <li key={cursor} className="search-result">
                <p className="search-result__meta">
                  <span className="search-result__kind">{KIND_LABEL[node.kind]}</span>
                  {node.meeting ? (
                    <Link to={meetingPath(node.meeting.id)}>{formatDay(node.meeting.startsAt, new Date(), timeZone)}</Link>
                  ) : null}
                </p>
                <p className="search-result__snippet">
                  <Snippet runs={node.snippet} />
                </p>
              </li>
            ))}
          </ol>
          {result?.pageInfo.hasNextPage ? (
            <Button size="sm" onClick={() => setLimit((current) => Math.min(100, current + PAGE))} busy={fetching}>
              Show more results
            </Button>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
