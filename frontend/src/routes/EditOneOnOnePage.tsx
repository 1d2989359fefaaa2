import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { EditOneOnOneForm } from '../features/oneonones/components/EditOneOnOneForm';
import { ONE_ON_ONES_PATH, oneOnOnePath } from '../features/oneonones/utils/paths';
import { graphql } from '../gql';
import { classifyError } from '../lib/errors';
import { useDocumentTitle } from '../lib/hooks';
import { Card, PageHeader } from '../ui/Card';
import { EmptyState, LoadingState } from '../ui/Status';
import { QueryError } from './shared';

const EditOneOnOnePageQuery = graphql(`
  query EditOneOnOnePage($id: ID!) {
    viewer {
      id
      timezone
    }
    node(id: $id) {
      __typename
      ... on OneOnOne {
        id
        title
        status
        viewerHasLeft
        ...EditOneOnOneForm_oneOnOne
      }
    }
    templates {
      id
      ...TemplatePicker_template
    }
  }
`);

export function EditOneOnOnePage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: EditOneOnOnePageQuery,
    variables: { id },
    requestPolicy: 'network-only',
  });
  const series = data?.node?.__typename === 'OneOnOne' ? data.node : null;
  useDocumentTitle(series ? `Edit ${series.title}` : fetching ? null : '1:1 not found');

  if (!data) {
    if (error) {
      const kind = classifyError(error).kind;
      if (kind !== 'not-found' && kind !== 'bad-input') {
        return <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
      }
    } else {
      return <LoadingState label="Loading 1:1…" />;
    }
  }
  if (!series || !data) {
    return (
      <>
        <h1 className="visually-hidden">1:1 not found</h1>
        <EmptyState title="This 1:1 could not be found">
          <Link to={ONE_ON_ONES_PATH}>Your 1:1s</Link>
        </EmptyState>
      </>
    );
  }

  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={ONE_ON_ONES_PATH}>1:1s</Link> <span aria-hidden="true">/</span>{' '}
        <Link to={oneOnOnePath(series.id)}>{series.title}</Link> <span aria-hidden="true">/</span>{' '}
        <span aria-current="page">Edit series</span>
      </nav>
      <PageHeader title="Edit series" description={`Change “${series.title}” from one of its upcoming meetings on.`} />
      <Card>
        {series.status !== 'ACTIVE' || series.viewerHasLeft ? (
          <EmptyState title="This 1:1 no longer schedules meetings, so there is nothing to change." />
        ) : (
          <EditOneOnOneForm
            oneOnOne={series}
            templates={data.templates}
            viewerTimeZone={data.viewer.timezone}
            fromMeetingId={params.get('from')}
            onSaved={() => void navigate(oneOnOnePath(series.id))}
          />
        )}
      </Card>
    </>
  );
}
