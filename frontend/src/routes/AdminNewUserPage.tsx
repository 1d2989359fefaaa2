import { Link } from 'react-router';
import { useQuery } from 'urql';
import { CreateUserForm } from '../features/admin/components/CreateUserForm';
import { ADMIN_PATH } from '../features/admin/utils/paths';
import { graphql } from '../gql';
import { useDocumentTitle } from '../lib/hooks';
import { Card, PageHeader } from '../ui/Card';
import { EmptyState, LoadingState } from '../ui/Status';
import { QueryError } from './shared';

const AdminNewUserPageQuery = graphql(`
  query AdminNewUserPage {
    viewer {
      id
      isAdmin
    }
  }
`);

export function AdminNewUserPage() {
  useDocumentTitle('Add user · Admin');
  const [{ data, error }, reexecute] = useQuery({ query: AdminNewUserPageQuery });
  if (!data) {
    if (error) return <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
    return <LoadingState />;
  }
  if (!data.viewer.isAdmin) return <EmptyState title="Only administrators can add users" />;
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={ADMIN_PATH}>Users</Link> <span aria-hidden="true">/</span> <span aria-current="page">Add user</span>
      </nav>
      <PageHeader title="Add user" />
      <Card>
        <CreateUserForm />
      </Card>
    </>
  );
}
