import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { ManagerSection } from '../features/people/components/ManagerSection';
import { PersonCard } from '../features/people/components/PersonCard';
import { ReportsSection } from '../features/people/components/ReportsSection';
import { newOneOnOnePath } from '../features/oneonones/utils/paths';
import { graphql } from '../gql';
import { classifyError } from '../lib/errors';
import { useDocumentTitle } from '../lib/hooks';
import { Card } from '../ui/Card';
import { EmptyState, LoadingState } from '../ui/Status';
import { QueryError } from './shared';

const PersonPageQuery = graphql(`
  query PersonPage($id: ID!) {
    viewer {
      id
    }
    node(id: $id) {
      __typename
      ... on User {
        id
        name
        isActive
        ...PersonCard_user
        ...ManagerSection_user
        ...ReportsSection_user
      }
    }
  }
`);

function PersonNotFound() {
  return (
    <>
      <h1 className="visually-hidden">Person not found</h1>
      <EmptyState title="This person could not be found">
        <p>
          They may have been removed, or the link is wrong. <Link to="/people">Browse people</Link>
        </p>
      </EmptyState>
    </>
  );
}

export function PersonPage() {
  const { id = '' } = useParams();
  const [{ data, error, fetching }, reexecute] = useQuery({ query: PersonPageQuery, variables: { id } });
  const person = data?.node?.__typename === 'User' ? data.node : null;
  useDocumentTitle(person ? person.name : fetching ? null : 'Person not found');

  if (!data) {
    if (error) {
      const kind = classifyError(error).kind;
      if (kind === 'not-found' || kind === 'bad-input') return <PersonNotFound />;
      return <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
    }
    return <LoadingState label="Loading person…" />;
  }
  if (!person) return <PersonNotFound />;

  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/people">People</Link> <span aria-hidden="true">/</span> <span aria-current="page">{person.name}</span>
      </nav>
      <div className="home-grid">
        <div className="home-grid__side">
          <Card>
            <PersonCard user={person} headingLevel={1} />
            {person.id !== data.viewer.id && person.isActive ? (
              <p className="person-card__actions">
                <Link className="btn btn--primary" to={newOneOnOnePath(person.id)}>
                  <span>Start a 1:1</span>
                </Link>
              </p>
            ) : null}
          </Card>
          <ManagerSection user={person} title="Manager" emptyText="No manager." />
        </div>
        <div className="home-grid__main">
          <ReportsSection user={person} title="Reports" emptyText={`No one reports to ${person.name}.`} />
        </div>
      </div>
    </>
  );
}
