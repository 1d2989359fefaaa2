import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { AccountActions } from '../features/admin/components/AccountActions';
import { ChangeManagerForm } from '../features/admin/components/ChangeManagerForm';
import { EditUserForm } from '../features/admin/components/EditUserForm';
import { ADMIN_PATH } from '../features/admin/utils/paths';
import { personPath } from '../features/people/utils/paths';
import { graphql } from '../gql';
import { classifyError } from '../lib/errors';
import { useDocumentTitle } from '../lib/hooks';
import { Badge, Card, PageHeader } from '../ui/Card';
import { EmptyState, LoadingState } from '../ui/Status';
import { QueryError } from './shared';

const AdminUserPageQuery = graphql(`
  query AdminUserPage($id: ID!) {
    viewer {
      id
      isAdmin
    }
    node(id: $id) {
      __typename
      ... on User {
        id
        name
        email
        isActive
        ...EditUserForm_user
        ...ChangeManagerForm_user
        ...AccountActions_user
      }
    }
  }
`);

function UserNotFound() {
  return (
    <EmptyState title="This user could not be found">
      <Link to={ADMIN_PATH}>Back to users</Link>
    </EmptyState>
  );
}

export function AdminUserPage() {
  const { id = '' } = useParams();
  const [{ data, error }, reexecute] = useQuery({ query: AdminUserPageQuery, variables: { id } });
  const user = data?.node?.__typename === 'User' ? data.node : null;
  useDocumentTitle(user ? `${user.name} · Admin` : 'User · Admin');

  if (!data) {
    if (error) {
      const kind = classifyError(error).kind;
      if (kind === 'not-found' || kind === 'bad-input') return <UserNotFound />;
      return <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
    }
    return <LoadingState label="Loading user…" />;
  }
  if (!data.viewer.isAdmin) return <EmptyState title="Only administrators can manage users" />;
  if (!user) return <UserNotFound />;
  const isSelf = user.id === data.viewer.id;

  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={ADMIN_PATH}>Users</Link> <span aria-hidden="true">/</span> <span aria-current="page">{user.name}</span>
      </nav>
      <PageHeader
        title={
          <>
            {user.name} {user.isActive ? null : <Badge tone="warning">Deactivated</Badge>}
          </>
        }
        description={user.email}
        actions={
          <Link className="btn btn--secondary" to={personPath(user.id)}>
            <span>View profile</span>
          </Link>
        }
      />
      <div className="stack stack--lg">
        <Card title="Profile" titleId="admin-user-profile">
          <EditUserForm key={user.id} user={user} isSelf={isSelf} />
        </Card>
        <Card title="Manager" titleId="admin-user-manager">
          <ChangeManagerForm key={user.id} user={user} />
        </Card>
        <Card title="Account" titleId="admin-user-account">
          <AccountActions user={user} isSelf={isSelf} />
        </Card>
      </div>
    </>
  );
}
