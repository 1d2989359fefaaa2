import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { Card } from '../../../ui/Card';
import { EmptyState } from '../../../ui/Status';
import { PersonList, PersonListItem } from './PersonListItem';

export const ManagerSectionFragment = graphql(`
  fragment ManagerSection_user on User {
    id
    manager {
      id
      ...PersonListItem_user
    }
  }
`);

/** Whom someone reports to. */
export function ManagerSection({
  user,
  title,
  emptyText,
}: {
  user: FragmentType<typeof ManagerSectionFragment>;
  title: string;
  emptyText: string;
}) {
  const { id, manager } = getFragmentData(ManagerSectionFragment, user);
  return (
    <Card title={title} titleId={`manager-${id}`}>
      {manager ? (
        <PersonList label={title}>
          <PersonListItem user={manager} showManager={false} />
        </PersonList>
      ) : (
        <EmptyState title={emptyText} />
      )}
    </Card>
  );
}
