import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { Avatar, Badge } from '../../../ui/Card';
import { personPath } from '../utils/paths';
import { PersonLink } from './PersonLink';

export const PersonListItemFragment = graphql(`
  fragment PersonListItem_user on User {
    id
    name
    title
    email
    isActive
    manager {
      id
      ...PersonLink_user
    }
  }
`);

/** One person in a list: who they are and whom they report to. */
export function PersonListItem({
  user,
  showManager = true,
}: {
  user: FragmentType<typeof PersonListItemFragment>;
  showManager?: boolean;
}) {
  const person = getFragmentData(PersonListItemFragment, user);
  return (
    <li className="person-item">
      <Avatar name={person.name} />
      <div className="person-item__main">
        <p className="person-item__name">
          <Link to={personPath(person.id)}>{person.name}</Link>
          {person.isActive ? null : <Badge tone="warning">Deactivated</Badge>}
        </p>
        <p className="person-item__meta">{person.title || <span className="muted">No title</span>}</p>
      </div>
      <div className="person-item__aside">
        <a className="person-item__email" href={`mailto:${person.email}`}>
          {person.email}
        </a>
        {showManager ? (
          <p className="person-item__meta">
            {person.manager ? (
              <>
                Reports to <PersonLink user={person.manager} />
              </>
            ) : (
              <span className="muted">No manager</span>
            )}
          </p>
        ) : null}
      </div>
    </li>
  );
}

export function PersonList({ children, label }: { children: ReactNode; label: string }) {
  return (
    <ul className="person-list" aria-label={label}>
      {children}
    </ul>
  );
}
