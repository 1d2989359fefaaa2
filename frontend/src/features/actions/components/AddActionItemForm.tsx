import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../../gql';
import { describeError, noFormErrors, toFormErrors, type FormErrors as Errors } from '../../../lib/errors';
import { Button } from '../../../ui/Button';
import { FormErrors, SelectField, TextField } from '../../../ui/Field';

const AddActionItemMutation = graphql(`
  mutation AddActionItem($input: AddActionItemInput!) {
    addActionItem(input: $input) {
      actionItem {
        id
      }
      errors {
        field
        message
      }
    }
  }
`);

const NO_POINT = '';
const FIELDS = ['title', 'assigneeId', 'dueOn', 'talkingPointId'];

/** Write down an action item: what, who (either participant), an optional due date and talking point. */
export function AddActionItemForm({
  meetingId,
  viewerId,
  participants,
  talkingPoints,
}: {
  meetingId: string;
  viewerId: string;
  participants: readonly { id: string; name: string }[];
  talkingPoints: readonly { id: string; text: string }[];
}) {
  const [title, setTitle] = useState('');
  const [assigneeId, setAssigneeId] = useState(viewerId);
  const [dueOn, setDueOn] = useState('');
  const [pointId, setPointId] = useState(NO_POINT);
  const [errors, setErrors] = useState<Errors>(noFormErrors);
  const [{ fetching }, add] = useMutation(AddActionItemMutation);
  const point = talkingPoints.some((p) => p.id === pointId) ? pointId : NO_POINT;

  async function submit() {
    setErrors(noFormErrors);
    const result = await add(
      {
        input: {
          meetingId,
          title,
          assigneeId,
          dueOn: dueOn || null,
          talkingPointId: point || null,
        },
      },
      { additionalTypenames: ['ActionItem'] },
    );
    if (result.error) {
      setErrors({ fields: {}, form: [describeError(result.error)] });
      return;
    }
    const payloadErrors = result.data?.addActionItem.errors ?? [];
    if (payloadErrors.length > 0) {
      setErrors(toFormErrors(payloadErrors, FIELDS));
      return;
    }
    setTitle('');
    setDueOn('');
    setPointId(NO_POINT);
  }

  return (
    <form
      className="action-form"
      aria-label="Add action item"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <FormErrors messages={errors.form} />
      <TextField
        label="New action item"
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        error={errors.fields.title}
        maxLength={500}
        placeholder="What needs doing?"
        required
      />
      <div className="action-form__row">
        <SelectField label="Assignee" value={assigneeId} onChange={(event) => setAssigneeId(event.target.value)} error={errors.fields.assigneeId}>
          {participants.map((person) => (
            <option key={person.id} value={person.id}>
              {person.id === viewerId ? `${person.name} (you)` : person.name}
            </option>
          ))}
        </SelectField>
        <TextField label="Due (optional)" type="date" value={dueOn} onChange={(event) => setDueOn(event.target.value)} error={errors.fields.dueOn} />
      </div>
      {talkingPoints.length > 0 ? (
        <SelectField
          label="From talking point (optional)"
          value={point}
          onChange={(event) => setPointId(event.target.value)}
          error={errors.fields.talkingPointId}
        >
          <option value={NO_POINT}>None</option>
          {talkingPoints.map((p) => (
            <option key={p.id} value={p.id}>
              {p.text || 'Untitled talking point'}
            </option>
          ))}
        </SelectField>
      ) : null}
      <div className="action-form__actions">
        <Button type="submit" variant="primary" size="sm" busy={fetching} disabled={!title.trim()}>
          Add action item
        </Button>
      </div>
    </form>
  );
}
