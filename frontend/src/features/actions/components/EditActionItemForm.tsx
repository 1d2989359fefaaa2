import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../../gql';
import { describeError, noFormErrors, toFormErrors, type FormErrors as Errors } from '../../../lib/errors';
import { Button } from '../../../ui/Button';
import { FormErrors, SelectField, TextField } from '../../../ui/Field';

const EditActionItemMutation = graphql(`
  mutation EditActionItem($input: UpdateActionItemInput!) {
    updateActionItem(input: $input) {
      actionItem {
        id
        title
        dueOn
        overdue
      }
      errors {
        field
        message
      }
    }
  }
`);

const FIELDS = ['title', 'assigneeId', 'dueOn'];

/** Change an action item's title, assignee or due date (an empty date removes it). */
export function EditActionItemForm({
  item,
  viewerId,
  participants,
  onDone,
}: {
  item: { id: string; title: string; dueOn?: string | null; assignee?: { id: string } | null };
  viewerId: string;
  participants: readonly { id: string; name: string }[];
  onDone: () => void;
}) {
  const [title, setTitle] = useState(item.title);
  const [assigneeId, setAssigneeId] = useState(item.assignee?.id ?? viewerId);
  const [dueOn, setDueOn] = useState(item.dueOn ?? '');
  const [errors, setErrors] = useState<Errors>(noFormErrors);
  const [{ fetching }, edit] = useMutation(EditActionItemMutation);

  async function submit() {
    setErrors(noFormErrors);
    const result = await edit(
      { input: { actionItemId: item.id, title, assigneeId, dueOn: dueOn || null, clearDueOn: !dueOn } },
      { additionalTypenames: ['ActionItem'] },
    );
    if (result.error) {
      setErrors({ fields: {}, form: [describeError(result.error)] });
      return;
    }
    const payloadErrors = result.data?.updateActionItem.errors ?? [];
    if (payloadErrors.length > 0) {
      setErrors(toFormErrors(payloadErrors, FIELDS));
      return;
    }
    onDone();
  }

  return (
    <form
      className="action-form action-form--edit"
      aria-label={`Edit “${item.title}”`}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <FormErrors messages={errors.form} />
      <TextField label="Title" value={title} onChange={(event) => setTitle(event.target.value)} error={errors.fields.title} maxLength={500} required />
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
      <div className="action-form__actions">
        <Button type="submit" variant="primary" size="sm" busy={fetching} disabled={!title.trim()}>
          Save
        </Button>
        <Button size="sm" variant="ghost" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
