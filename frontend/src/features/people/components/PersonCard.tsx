import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { Avatar, Badge } from '../../../ui/Card';
import { LocalTime } from './LocalTime';

export const PersonCardFragment = graphql(`
  fragment PersonCard_user on User {
    id
    name
    title
    email
    timezone
    isAdmin
    isActive
  }
`);

/** Who someone is: name, title, email and their time of day. */
export function PersonCard({
  user,
  headingLevel = 2,
}: {
  user: FragmentType<typeof PersonCardFragment>;
  headingLevel?: 1 | 2;
}) {
  const person = getFragmentData(PersonCardFragment, user);
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <div className="person-card">
      <div className="person-card__header">
        <Avatar name={person.name} size="lg" />
        <div>
          <Heading className="person-card__name">
            {person.name}{' '}
            {person.isAdmin ? <Badge tone="accent">Admin</Badge> : null}
            {person.isActive ? null : <Badge tone="warning">Deactivated</Badge>}
          </Heading>
          <p className="person-card__title">{person.title || <span className="muted">No title</span>}</p>
        </div>
      </div>
      <dl className="facts">
          <div>
            <dt>Email</dt>
            <dd>
              <a href={`mailto:${person.email}`}>{person.email}</a>
            </dd>
          </div>
          <div>
            <dt>Local time</dt>
            <dd>
              <LocalTime timeZone={person.timezone} />
            </dd>
          </div>
          <div>
            <dt>Time zone</dt>
            <dd>{person.timezone}</dd>
          </div>
      </dl>
    </div>
  );
}
