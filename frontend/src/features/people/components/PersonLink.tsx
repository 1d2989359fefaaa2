import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { personPath } from '../utils/paths';

export const PersonLinkFragment = graphql(`
  fragment PersonLink_user on User {
    id
    name
  }
`);

export function PersonLink({ user }: { user: FragmentType<typeof PersonLinkFragment> }) {
  const person = getFragmentData(PersonLinkFragment, user);
  return <Link to={personPath(person.id)}>{person.name}</Link>;
}
