import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { Avatar, Badge } from '../../../ui/Card';
import { adminUserPath } from '../utils/paths';

export const UserTableRowFragment = graphql(`
  fragment UserTableRow_user on User {
    id
    name
    email
    title
    isAdmin
    isActive
    manager {
      id
      name
    }
  }
`);

function UserTableRow({ user }: { user: FragmentType<typeof UserTableRowFragment> }) {
  const u = getFragmentData(UserTableRowFragment, user);
  return (
    <tr className={u.isActive ? undefined : 'table__row--muted'}>
      <th scope="row" data-label="Name">
        <span className="table__person">
          <Avatar name={u.name} size="sm" />
          <Link to={adminUserPath(u.id)}>{u.name}</Link>
        </span>
      </th>
      <td data-label="Email">{u.email}</td>
      <td data-label="Title">{u.title || <span className="muted">—</span>}</td>
      <td data-label="Manager">{u.manager ? u.manager.name : <span className="muted">—</span>}</td>
      <td data-label="Status">
        <span className="badge-row">
          {u.isActive ? <Badge tone="success">Active</Badge> : <Badge tone="warning">Deactivated</Badge>}
          {u.isAdmin ? <Badge tone="accent">Admin</Badge> : null}
        </span>
      </td>
    </tr>
  );
}

/** Everyone, active or not, with a link to manage each. */
export function UserTable({ users }: { users: readonly { id: string; user: FragmentType<typeof UserTableRowFragment> }[] }) {
  return (
    <div className="table-wrap">
      <table className="table table--stack">
        <caption className="visually-hidden">Users</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Title</th>
            <th scope="col">Manager</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {users.map(({ id, user }) => (
            <UserTableRow key={id} user={user} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
