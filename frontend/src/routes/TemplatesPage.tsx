import { useMemo } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { TemplateLibrary } from '../features/templates/components/TemplateLibrary';
import { NEW_TEMPLATE_PATH } from '../features/templates/utils/paths';
import { graphql } from '../gql';
import { useDocumentTitle } from '../lib/hooks';
import { PageHeader } from '../ui/Card';
import { LoadingState } from '../ui/Status';
import { QueryError } from './shared';

const TemplatesPageQuery = graphql(`
  query TemplatesPage {
    viewer {
      id
      ...TemplateLibrary_viewer
    }
    templates {
      id
      ...TemplateLibrary_template
    }
  }
`);

export function TemplatesPage() {
  useDocumentTitle('Templates');
  const context = useMemo(() => ({ additionalTypenames: ['Template'] }), []);
  const [{ data, error }, reexecute] = useQuery({ query: TemplatesPageQuery, context, requestPolicy: 'cache-and-network' });

  let body;
  if (!data) {
    body = error ? (
      <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
    ) : (
      <LoadingState label="Loading templates…" />
    );
  } else {
    body = <TemplateLibrary viewer={data.viewer} templates={data.templates} />;
  }

  return (
    <>
      <PageHeader
        title="Templates"
        description="Sections of talking points that start a 1:1’s agendas."
        actions={
          <Link className="btn btn--primary" to={NEW_TEMPLATE_PATH}>
            <span>New template</span>
          </Link>
        }
      />
      {body}
    </>
  );
}
