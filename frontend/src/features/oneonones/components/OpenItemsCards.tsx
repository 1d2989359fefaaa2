import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { Card } from '../../../ui/Card';
import { ActionItemRow } from '../../actions/components/ActionItemRow';

export const OpenItemsFragment = graphql(`
  fragment OpenItems_oneOnOne on OneOnOne {
    id
    openTalkingPoints {
      id
      text
    }
    openActionItems {
      id
      ...ActionItemRow_actionItem
    }
  }
`);

/**
 * What is still open in a 1:1: action items not done yet, and unchecked talking points no later
 * meeting took over (a one-time or ended 1:1). Cards without anything in them are left out.
 */
export function OpenItemsCards({
  oneOnOne,
  viewerId,
  timeZone,
}: {
  oneOnOne: FragmentType<typeof OpenItemsFragment>;
  viewerId: string;
  timeZone: string;
}) {
  const o = getFragmentData(OpenItemsFragment, oneOnOne);
  return (
    <>
      {o.openActionItems.length > 0 ? (
        <Card
          title={
            <>
              Open action items <span className="count">{o.openActionItems.length}</span>
            </>
          }
          titleId="series-open-actions"
        >
          <ul className="action-list" aria-label="Open action items">
            {o.openActionItems.map((item) => (
              <ActionItemRow key={item.id} item={item} viewerId={viewerId} timeZone={timeZone} showMeeting />
            ))}
          </ul>
        </Card>
      ) : null}
      {o.openTalkingPoints.length > 0 ? (
        <Card
          title={
            <>
              Open items <span className="count">{o.openTalkingPoints.length}</span>
            </>
          }
          titleId="series-open-points"
        >
          <p className="muted">Talking points left unchecked with no meeting to come to carry them to.</p>
          <ul className="open-points">
            {o.openTalkingPoints.map((point) => (
              <li key={point.id}>{point.text || 'Untitled talking point'}</li>
            ))}
          </ul>
        </Card>
      ) : null}
    </>
  );
}
