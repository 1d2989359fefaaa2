import { Card } from '../../../ui/Card';
import { EmptyState, LoadingState } from '../../../ui/Status';
import { useMeetingActionItems } from '../hooks/useMeetingActionItems';
import { ActionItemRow } from './ActionItemRow';
import { AddActionItemForm } from './AddActionItemForm';

/** The action items agreed in this meeting (open first) and the form to add one; live. */
export function ActionItemsCard({ meetingId }: { meetingId: string }) {
  const { meeting, viewer, error } = useMeetingActionItems(meetingId);
  if (!meeting || !viewer) {
    return (
      <Card title="Action items" titleId="meeting-action-items">
        {error ? <p className="muted">The action items could not be loaded.</p> : <LoadingState label="Loading action items…" />}
      </Card>
    );
  }
  const open = meeting.actionItems.length;
  return (
    <Card
      title={
        <>
          Action items <span className="count">{open}</span>
        </>
      }
      titleId="meeting-action-items"
    >
      {meeting.actionItems.length === 0 ? (
        <EmptyState title="No action items yet" />
      ) : (
        <ul className="action-list" aria-label="Action items from this meeting">
          {meeting.actionItems.map((item) => (
            <ActionItemRow
              key={item.id}
              item={item}
              viewerId={viewer.id}
              timeZone={viewer.timezone}
              participants={meeting.oneOnOne.participants}
            />
          ))}
        </ul>
      )}
      <AddActionItemForm
        meetingId={meeting.id}
        viewerId={viewer.id}
        participants={meeting.oneOnOne.participants}
        talkingPoints={meeting.talkingPoints.filter((point) => !point.private)}
      />
    </Card>
  );
}
