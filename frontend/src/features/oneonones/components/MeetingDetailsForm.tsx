import { useState, type SubmitEvent } from 'react';
import { useMutation } from 'urql';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { describeError, hasFormErrors, noFormErrors, toFormErrors, type FormErrors as Errors } from '../../../lib/errors';
import { Button } from '../../../ui/Button';
import { FormErrors, TextAreaField } from '../../../ui/Field';
import { LiveMessage } from '../../../ui/Status';

export const MeetingDetailsFormFragment = graphql(`
  fragment MeetingDetailsForm_meeting on Meeting {
    id
    details
  }
`);

export const UpdateMeetingMutation = graphql(`
  mutation UpdateMeeting($input: UpdateMeetingInput!) {
    updateMeeting(input: $input) {
      meeting {
        id
        title
        hasOwnTitle
        details
      }
      errors {
        field
        message
        code
      }
    }
  }
`);

/** Free text for this meeting only (e.g. where, or what to prepare). */
export function MeetingDetailsForm({ meeting }: { meeting: FragmentType<typeof MeetingDetailsFormFragment> }) {
  const m = getFragmentData(MeetingDetailsFormFragment, meeting);
  const [details, setDetails] = useState(m.details);
  const [errors, setErrors] = useState<Errors>(noFormErrors);
  const [saved, setSaved] = useState('');
  const [{ fetching }, update] = useMutation(UpdateMeetingMutation);

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    setSaved('');
    setErrors(noFormErrors);
    const result = await update({ input: { meetingId: m.id, details } });
    if (result.error) {
      setErrors({ fields: {}, form: [describeError(result.error)] });
      return;
    }
    const payload = result.data?.updateMeeting;
    if (!payload) return;
    const payloadErrors = toFormErrors(payload.errors, ['details']);
    if (hasFormErrors(payloadErrors)) {
      setErrors(payloadErrors);
      return;
    }
    setSaved('Details saved.');
  }

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate aria-label="Meeting details">
      <FormErrors messages={errors.form} />
      <TextAreaField
        label="Details of this meeting"
        hint="A room or a link, what to prepare. Both of you can read and change it; other meetings keep theirs."
        rows={4}
        value={details}
        onChange={(event) => {
          setDetails(event.target.value);
          setSaved('');
        }}
        error={errors.fields.details}
      />
      <div className="form__actions">
        <Button type="submit" busy={fetching} disabled={details === m.details}>
          Save details
        </Button>
        {saved ? <span className="saved-note">{saved}</span> : null}
        <LiveMessage message={saved} />
      </div>
    </form>
  );
}
