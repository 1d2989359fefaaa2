import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { UserTable } from '../features/admin/components/UserTable';
import { NEW_USER_PATH } from '../features/admin/utils/paths';
import { ADMIN_EMAILS_PATH } from '../features/mail/utils/paths';
import { graphql } from '../gql';
import { useAccumulatedConnection, useDebouncedValue, useDocumentTitle } from '../lib/hooks';
import { Button } from '../ui/Button';
import { Card, PageHeader } from '../ui/Card';
import { TextField } from '../ui/Field';
import { EmptyState, LiveMessage, LoadingState } from '../ui/Status';
import { QueryError } from './shared';

const PAGE_SIZE = 50;

const AdminUsersPageQuery = graphql(`
  query AdminUsersPage($search: String, $first: Int!, $after: String) {
    viewer {
      id
      isAdmin
    }
    people(search: $search, first: $first, after: $after, includeInactive: true) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          ...UserTableRow_user
        }
      }
    }
  }
`);

function AdminUsers({ search }: { search: string }) {
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: AdminUsersPageQuery,
    variables: { search: search || null, first: PAGE_SIZE, after },
  });
  const users = useAccumulatedConnection(data?.people, after === null);
  const retry = () => reexecute({ requestPolicy: 'network-only' });

  if (!users) {
    if (error) return <QueryError error={error} onRetry={retry} />;
    return <LoadingState label="Loading users…" />;
  }
  if (data && !data.viewer.isAdmin) return <EmptyState title="Only administrators can manage users" />;
  const total = users.totalCount ?? users.edges.length;
  return (
    <>
      <LiveMessage message={fetching ? '' : `${total} ${total === 1 ? 'user' : 'users'}`} />
      {users.edges.length === 0 ? (
        <EmptyState title={search ? `No user matches “${search}”` : 'No users yet'} />
      ) : (
        <UserTable users={users.edges.map(({ node }) => ({ id: node.id, user: node }))} />
      )}
      {error && after !== null ? <QueryError error={error} onRetry={retry} /> : null}
      {users.pageInfo.hasNextPage ? (
        <div className="load-more">
          <Button onClick={() => setAfter(users.pageInfo.endCursor)} busy={fetching && after !== null}>
            Load more
          </Button>
          <span className="muted">
            Showing {users.edges.length} of {total}
          </span>
        </div>
      ) : null}
    </>
  );
}

export function AdminUsersPage() {
  useDocumentTitle('Users · Admin');
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const search = useDebouncedValue(text.trim(), 300);

  return (
    <>
      <PageHeader
        title="Users"
        description="Add people, change their managers and manage their accounts."
        actions={
          <>
            <Link className="btn btn--secondary" to={ADMIN_EMAILS_PATH}>
              <span>Email delivery</span>
            </Link>
            <Link className="btn btn--primary" to={NEW_USER_PATH}>
              <span>Add user</span>
            </Link>
          </>
        }
      />
      <Card>
        <form role="search" className="search" onSubmit={(event) => event.preventDefault()}>
          <TextField
            label="Search users"
            type="search"
            placeholder="Name, title or email"
            value={text}
            autoComplete="off"
            onChange={(event) => {
              setText(event.target.value);
              const value = event.target.value.trim();
              setParams(value ? { q: value } : {}, { replace: true });
            }}
          />
        </form>
        <AdminUsers key={search} search={search} />
      </Card>
    </>
  );
}
