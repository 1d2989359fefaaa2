import { useState, type SubmitEvent } from 'react';
import { useMutation } from 'urql';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { formatTimeOfDay } from '../../../lib/dates';
import { describeError, hasFormErrors, noFormErrors, toFormErrors, type FormErrors as Errors } from '../../../lib/errors';
import { useNow } from '../../../lib/hooks';
import { instantToZoned, zonedToInstant } from '../../../lib/zonedTime';
import { Button } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/Dialog';
import { FormErrors, TextField } from '../../../ui/Field';
import { Alert } from '../../../ui/Status';
import { canEndNow } from '../utils/status';

export const MeetingActionsFragment = graphql(`
  fragment MeetingActions_meeting on Meeting {
    id
    status
    startsAt
    oneOnOne {
      id
      counterpart {
        id
        name
      }
    }
  }
`);

const EndMeetingMutation = graphql(`
  mutation EndMeeting($input: MeetingIdInput!) {
    endMeeting(input: $input) {
      meeting {
        id
        status
        startsAt
        endsAt
        isRescheduled
      }
      errors {
        field
        message
        code
      }
    }
  }
`);

const CancelMeetingMutation = graphql(`
  mutation CancelMeeting($input: MeetingIdInput!) {
    cancelMeeting(input: $input) {
      meeting {
        id
        status
        startsAt
        endsAt
        isRescheduled
      }
      errors {
        field
        message
        code
      }
    }
  }
`);

const RescheduleMeetingMutation = graphql(`
  mutation RescheduleMeeting($input: RescheduleMeetingInput!) {
    rescheduleMeeting(input: $input) {
      meeting {
        id
        status
        startsAt
        endsAt
        isRescheduled
      }
      errors {
        field
        message
        code
      }
    }
  }
`);

const CONTEXT = { additionalTypenames: ['Meeting', 'OneOnOne'] };

/** End now, cancel, or move one upcoming meeting (the viewer picks the new time in their zone). */
export function MeetingActions({ meeting, timeZone }: { meeting: FragmentType<typeof MeetingActionsFragment>; timeZone: string }) {
  const m = getFragmentData(MeetingActionsFragment, meeting);
  const now = useNow(30_000);
  const [mode, setMode] = useState<'idle' | 'cancel' | 'reschedule'>('idle');
  const [error, setError] = useState<string | null>(null);
  const [endState, end] = useMutation(EndMeetingMutation);
  const [cancelState, cancel] = useMutation(CancelMeetingMutation);

  if (m.status !== 'UPCOMING') return null;
  const other = m.oneOnOne.counterpart?.name ?? 'the other person';

  async function endNow() {
    setError(null);
    const result = await end({ input: { meetingId: m.id } }, CONTEXT);
    const failure = result.error ? describeError(result.error) : result.data?.endMeeting.errors[0]?.message;
    if (failure) setError(failure);
  }

  async function confirmCancel() {
    setError(null);
    const result = await cancel({ input: { meetingId: m.id } }, CONTEXT);
    const failure = result.error ? describeError(result.error) : result.data?.cancelMeeting.errors[0]?.message;
    if (failure) {
      setError(failure);
      return;
    }
    setMode('idle');
  }

  return (
    <div className="meeting-actions">
      {error && mode === 'idle' ? (
        <Alert tone="error">
          <p>{error}</p>
        </Alert>
      ) : null}
      <div className="meeting-actions__buttons">
        {canEndNow(m.status, m.startsAt, now) ? (
          <Button variant="primary" onClick={() => void endNow()} busy={endState.fetching}>
            End now
          </Button>
        ) : null}
        <Button onClick={() => setMode(mode === 'reschedule' ? 'idle' : 'reschedule')} aria-expanded={mode === 'reschedule'}>
          Reschedule
        </Button>
        <Button
          variant="danger"
          onClick={() => {
            setError(null);
            setMode('cancel');
          }}
        >
          Cancel meeting
        </Button>
      </div>
      {mode === 'reschedule' ? <RescheduleForm meetingId={m.id} startsAt={m.startsAt} timeZone={timeZone} onDone={() => setMode('idle')} /> : null}
      <ConfirmDialog
        open={mode === 'cancel'}
        title="Cancel this meeting?"
        confirmLabel="Cancel meeting"
        cancelLabel="Keep it"
        busy={cancelState.fetching}
        error={error}
        onConfirm={() => void confirmCancel()}
        onCancel={() => setMode('idle')}
      >
        <p>It is cancelled for you and {other}. Open talking points carry over to the next meeting; the series goes on.</p>
      </ConfirmDialog>
    </div>
  );
}

function RescheduleForm({
  meetingId,
  startsAt,
  timeZone,
  onDone,
}: {
  meetingId: string;
  startsAt: string;
  timeZone: string;
  onDone: () => void;
}) {
  const initial = instantToZoned(new Date(startsAt), timeZone);
  const [date, setDate] = useState(initial.date);
  const [time, setTime] = useState(initial.time);
  const [errors, setErrors] = useState<Errors>(noFormErrors);
  const [{ fetching }, reschedule] = useMutation(RescheduleMeetingMutation);
  const zoned = zonedToInstant(date, time, timeZone);
  const zone = timeZone.replaceAll('_', ' ');

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (!zoned) {
      setErrors({ fields: { startsAt: 'Choose a date and a start time.' }, form: [] });
      return;
    }
    setErrors(noFormErrors);
    const result = await reschedule({ input: { meetingId, startsAt: zoned.instant.toISOString() } }, CONTEXT);
    if (result.error) {
      setErrors({ fields: {}, form: [describeError(result.error)] });
      return;
    }
    const payload = result.data?.rescheduleMeeting;
    if (!payload) return;
    const payloadErrors = toFormErrors(payload.errors, ['startsAt']);
    if (hasFormErrors(payloadErrors)) {
      setErrors(payloadErrors);
      return;
    }
    onDone();
  }

  return (
    <form className="form reschedule-form" onSubmit={(event) => void submit(event)} noValidate aria-label="Reschedule">
      <FormErrors messages={errors.form} />
      <div className="reschedule-form__fields">
        <TextField label="New date" type="date" value={date} required onChange={(e) => setDate(e.target.value)} error={errors.fields.startsAt} />
        <TextField
          label="New start time"
          type="time"
          value={time}
          required
          onChange={(e) => setTime(e.target.value)}
          hint={
            zoned?.match === 'gap'
              ? `The clocks skip this time that day; it will start at ${formatTimeOfDay(zoned.instant.toISOString(), timeZone)}.`
              : zoned?.match === 'fold'
                ? 'This time happens twice that day; the first one is used.'
                : `In your time zone (${zone}).`
          }
        />
      </div>
      <p className="muted">Only this meeting moves; the series keeps its rhythm.</p>
      <div className="form__actions">
        <Button type="submit" variant="primary" busy={fetching}>
          Move meeting
        </Button>
        <Button onClick={onDone} disabled={fetching}>
          Keep the time
        </Button>
      </div>
    </form>
  );
}
