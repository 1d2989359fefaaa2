import { Card } from '../../../ui/Card';
import { useMeetingActionItems } from '../hooks/useMeetingActionItems';
import { ActionItemRow } from './ActionItemRow';

/**
 * "Follow up on action items from the prior 1:1": the open items of earlier meetings, at the top
 * of the meeting page. Nothing shows when there are none.
 */
export function FollowUpCard({ meetingId }: { meetingId: string }) {
  const { meeting, viewer } = useMeetingActionItems(meetingId);
  if (!meeting || !viewer || meeting.openActionItemsFromBefore.length === 0) return null;
  const items = meeting.openActionItemsFromBefore;
  return (
    <Card
      title={
        <>
          Follow up on action items from the prior 1:1 <span className="count">{items.length}</span>
        </>
      }
      titleId="meeting-follow-up"
      className="follow-up"
    >
      <ul className="action-list" aria-label="Open action items from earlier meetings">
        {items.map((item) => (
          <ActionItemRow key={item.id} item={item} viewerId={viewer.id} timeZone={viewer.timezone} showMeeting />
        ))}
      </ul>
    </Card>
  );
}
