import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { Card } from '../../../ui/Card';
import { EmptyState } from '../../../ui/Status';
import { ActionItemRow } from './ActionItemRow';

export const YourActionItemsSectionFragment = graphql(`
  fragment YourActionItemsSection_user on User {
    id
    timezone
    actionItems(done: false, first: 20) {
      totalCount
      edges {
        node {
          id
          overdue
          ...ActionItemRow_actionItem
        }
      }
    }
  }
`);

/** The viewer's open action items across their 1:1s, overdue ones first, on the home page. */
export function YourActionItemsSection({ user }: { user: FragmentType<typeof YourActionItemsSectionFragment> }) {
  const u = getFragmentData(YourActionItemsSectionFragment, user);
  const connection = u.actionItems;
  const items = (connection?.edges ?? []).map((edge) => edge.node);
  const ordered = [...items.filter((item) => item.overdue), ...items.filter((item) => !item.overdue)];
  const overdue = items.filter((item) => item.overdue).length;
  const total = connection?.totalCount ?? 0;
  return (
    <Card
      title={
        <>
          Your action items <span className="count">{total}</span>
        </>
      }
      titleId="home-action-items"
    >
      {ordered.length === 0 ? (
        <EmptyState title="Nothing to do">
          <p>Action items assigned to you in your 1:1s show here.</p>
        </EmptyState>
      ) : (
        <>
          {overdue > 0 ? <p className="muted list-footnote">{overdue === 1 ? '1 is overdue.' : `${overdue} are overdue.`}</p> : null}
          <ul className="action-list" aria-label="Your open action items">
            {ordered.map((item) => (
              <ActionItemRow key={item.id} item={item} viewerId={u.id} timeZone={u.timezone} showMeeting showAssignee={false} />
            ))}
          </ul>
          {total > ordered.length ? <p className="muted list-footnote">Showing {ordered.length} of {total}.</p> : null}
        </>
      )}
    </Card>
  );
}
