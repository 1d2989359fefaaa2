import { Link, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { NewTemplateForm } from '../features/templates/components/NewTemplateForm';
import { TEMPLATES_PATH } from '../features/templates/utils/paths';
import { graphql } from '../gql';
import { useDocumentTitle } from '../lib/hooks';
import { Card, PageHeader } from '../ui/Card';
import { LoadingState } from '../ui/Status';
import { QueryError } from './shared';

const NewTemplatePageQuery = graphql(`
  query NewTemplatePage {
    viewer {
      id
      ...NewTemplateForm_viewer
    }
  }
`);

export function NewTemplatePage() {
  useDocumentTitle('New template');
  const navigate = useNavigate();
  const [{ data, error }, reexecute] = useQuery({ query: NewTemplatePageQuery });

  let body;
  if (!data) {
    body = error ? (
      <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
    ) : (
      <LoadingState label="Loading…" />
    );
  } else {
    body = (
      <NewTemplateForm
        viewer={data.viewer}
        onCreated={() => void navigate(TEMPLATES_PATH)}
        onCancel={() => void navigate(TEMPLATES_PATH)}
      />
    );
  }

  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={TEMPLATES_PATH}>Templates</Link> <span aria-hidden="true">/</span>{' '}
        <span aria-current="page">New template</span>
      </nav>
      <PageHeader title="New template" description="Sections of talking points to start agendas from." />
      <Card>{body}</Card>
    </>
  );
}
