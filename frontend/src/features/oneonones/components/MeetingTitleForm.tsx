import { useState, type SubmitEvent } from 'react';
import { useMutation } from 'urql';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { describeError, hasFormErrors, noFormErrors, toFormErrors, type FormErrors as Errors } from '../../../lib/errors';
import { Button } from '../../../ui/Button';
import { FormErrors, TextField } from '../../../ui/Field';
import { UpdateMeetingMutation } from './MeetingDetailsForm';

export const MeetingTitleFormFragment = graphql(`
  fragment MeetingTitleForm_meeting on Meeting {
    id
    title
    hasOwnTitle
    oneOnOne {
      id
      title
    }
  }
`);

/** A title for this meeting only; empty returns to the series' title. */
export function MeetingTitleForm({
  meeting,
  onDone,
}: {
  meeting: FragmentType<typeof MeetingTitleFormFragment>;
  onDone: () => void;
}) {
  const m = getFragmentData(MeetingTitleFormFragment, meeting);
  const [title, setTitle] = useState(m.hasOwnTitle ? m.title : '');
  const [errors, setErrors] = useState<Errors>(noFormErrors);
  const [{ fetching }, update] = useMutation(UpdateMeetingMutation);

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    setErrors(noFormErrors);
    const result = await update({ input: { meetingId: m.id, title: title.trim() } });
    if (result.error) {
      setErrors({ fields: {}, form: [describeError(result.error)] });
      return;
    }
    const payload = result.data?.updateMeeting;
    if (!payload) return;
    const payloadErrors = toFormErrors(payload.errors, ['title']);
    if (hasFormErrors(payloadErrors)) {
      setErrors(payloadErrors);
      return;
    }
    onDone();
  }

  return (
    <form className="form inline-edit" onSubmit={(event) => void submit(event)} noValidate aria-label="Meeting title">
      <FormErrors messages={errors.form} />
      <TextField
        label="Title of this meeting"
        value={title}
        maxLength={200}
        placeholder={m.oneOnOne.title}
        hint={`Only this meeting changes. Leave empty to use the series title “${m.oneOnOne.title}”.`}
        onChange={(event) => setTitle(event.target.value)}
        error={errors.fields.title}
        autoFocus
      />
      <div className="form__actions">
        <Button type="submit" variant="primary" size="sm" busy={fetching}>
          Save title
        </Button>
        <Button size="sm" onClick={onDone} disabled={fetching}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
