import { Link, useNavigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { CreateOneOnOneForm } from '../features/oneonones/components/CreateOneOnOneForm';
import { ONE_ON_ONES_PATH, oneOnOnePath } from '../features/oneonones/utils/paths';
import { graphql } from '../gql';
import { useDocumentTitle } from '../lib/hooks';
import { Card, PageHeader } from '../ui/Card';
import { LoadingState } from '../ui/Status';
import { QueryError } from './shared';

const NewOneOnOnePageQuery = graphql(`
  query NewOneOnOnePage($withId: ID!, $hasWith: Boolean!) {
    viewer {
      id
      ...CreateOneOnOneForm_viewer
    }
    with: node(id: $withId) @include(if: $hasWith) {
      __typename
      ... on User {
        id
        ...CreateOneOnOneForm_person
      }
    }
    templates {
      id
      ...TemplatePicker_template
    }
  }
`);

export function NewOneOnOnePage() {
  useDocumentTitle('New 1:1');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const withId = params.get('with') ?? '';
  const [{ data, error }, reexecute] = useQuery({
    query: NewOneOnOnePageQuery,
    variables: { withId, hasWith: withId !== '' },
    requestPolicy: 'cache-and-network',
  });

  let body;
  if (!data) {
    body = error ? (
      <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
    ) : (
      <LoadingState label="Loading…" />
    );
  } else {
    const person = data.with?.__typename === 'User' ? data.with : null;
    body = (
      <CreateOneOnOneForm
        key={person?.id ?? 'nobody'}
        viewer={data.viewer}
        person={person}
        templates={data.templates}
        onCreated={(id) => void navigate(oneOnOnePath(id))}
      />
    );
  }

  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={ONE_ON_ONES_PATH}>1:1s</Link> <span aria-hidden="true">/</span> <span aria-current="page">New 1:1</span>
      </nav>
      <PageHeader title="New 1:1" description="Meet regularly with one person. Only the two of you see what is in it." />
      <Card>{body}</Card>
    </>
  );
}
