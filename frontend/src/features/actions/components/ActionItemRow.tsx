import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { formatDay } from '../../../lib/dates';
import { describeError } from '../../../lib/errors';
import { Button } from '../../../ui/Button';
import { Badge } from '../../../ui/Card';
import { meetingPath } from '../../oneonones/utils/paths';
import { doneLine, dueState } from '../utils/due';
import { EditActionItemForm } from './EditActionItemForm';
import './actions.css';

export const ActionItemRowFragment = graphql(`
  fragment ActionItemRow_actionItem on ActionItem {
    id
    title
    done
    dueOn
    overdue
    doneAt
    assignee {
      id
      name
    }
    doneBy {
      id
      name
    }
    talkingPoint {
      id
      text
    }
    meeting {
      id
      startsAt
      title
    }
  }
`);

const SetActionItemDoneMutation = graphql(`
  mutation SetActionItemDone($input: UpdateActionItemInput!) {
    updateActionItem(input: $input) {
      actionItem {
        id
        done
        doneAt
        overdue
      }
      errors {
        field
        message
      }
    }
  }
`);

/**
 * One action item: a checkbox to complete it (or open it again), who does it, when it is due
 * ("Overdue" in words, not colour alone), who completed it and when, and where it came from.
 */
export function ActionItemRow({
  item,
  viewerId,
  timeZone,
  showMeeting = false,
  showAssignee = true,
  participants,
}: {
  item: FragmentType<typeof ActionItemRowFragment>;
  viewerId: string;
  timeZone: string;
  /** Link to the meeting it was agreed in (lists outside that meeting). */
  showMeeting?: boolean;
  showAssignee?: boolean;
  /** The 1:1's two people: given, the item can be edited here (title, assignee, due date). */
  participants?: readonly { id: string; name: string }[];
}) {
  const a = getFragmentData(ActionItemRowFragment, item);
  const id = useId();
  const [{ fetching }, update] = useMutation(SetActionItemDoneMutation);
  const [error, setError] = useState<string | null>(null);
  // The box follows the click at once; the list catches up when the change comes back.
  const [pending, setPending] = useState<boolean | null>(null);
  const [editing, setEditing] = useState(false);
  if (pending !== null && pending === a.done) setPending(null);
  const checked = pending ?? a.done;
  const due = dueState(a, new Date(), timeZone);
  const assignee = a.assignee ? (a.assignee.id === viewerId ? 'You' : a.assignee.name) : 'No one';

  async function toggle(done: boolean) {
    setError(null);
    setPending(done);
    const result = await update({ input: { actionItemId: a.id, done } }, { additionalTypenames: ['ActionItem'] });
    const failure = result.error ? describeError(result.error) : result.data?.updateActionItem.errors[0]?.message;
    if (failure) {
      setPending(null);
      setError(failure);
    }
  }

  return (
    <li className={`action-item${a.done ? ' action-item--done' : ''}${due.overdue ? ' action-item--overdue' : ''}`}>
      <input
        id={id}
        type="checkbox"
        className="checkbox"
        checked={checked}
        disabled={fetching}
        onChange={(event) => void toggle(event.target.checked)}
        aria-describedby={`${id}-meta`}
      />
      <div className="action-item__main">
        <label htmlFor={id} className="action-item__title">
          {a.title}
        </label>
        <p className="action-item__meta" id={`${id}-meta`}>
          {due.overdue ? <Badge tone="danger">Overdue</Badge> : null}
          {showAssignee ? <span>{assignee}</span> : null}
          {due.text ? <span className={due.overdue ? 'action-item__due--overdue' : undefined}>{due.text}</span> : null}
          {a.done ? <span>{doneLine(a, viewerId, a.doneBy?.id ?? null, timeZone)}</span> : null}
          {a.talkingPoint ? <span>From “{a.talkingPoint.text}”</span> : null}
          {showMeeting && a.meeting ? (
            <span>
              <Link to={meetingPath(a.meeting.id)}>
                {a.meeting.title}, {formatDay(a.meeting.startsAt, new Date(), timeZone)}
              </Link>
            </span>
          ) : null}
        </p>
        {participants && !a.done && !editing ? (
          <Button size="sm" variant="ghost" className="action-item__edit" onClick={() => setEditing(true)} aria-label={`Edit “${a.title}”`}>
            Edit
          </Button>
        ) : null}
        {participants && editing ? (
          <EditActionItemForm item={a} viewerId={viewerId} participants={participants} onDone={() => setEditing(false)} />
        ) : null}
        {error ? (
          <p className="field__error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
    </li>
  );
}
