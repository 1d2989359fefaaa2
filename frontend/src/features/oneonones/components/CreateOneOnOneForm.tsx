import { useState, type SubmitEvent } from 'react';
import { useMutation } from 'urql';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { describeError, hasFormErrors, noFormErrors, toFormErrors, type FormErrors as Errors } from '../../../lib/errors';
import { addDays, instantToZoned } from '../../../lib/zonedTime';
import { Button } from '../../../ui/Button';
import { CheckboxField, FormErrors, TextField } from '../../../ui/Field';
import { PersonPicker, type PickedPerson } from '../../people/components/PersonPicker';
import { readSchedule, type ScheduleDraft } from '../utils/scheduleDraft';
import { defaultTitle } from '../utils/status';
import { ScheduleFields } from './ScheduleFields';
import { SchedulePreview } from './SchedulePreview';
import { TemplatePicker, type TemplatePickerFragment } from './TemplatePicker';

export const CreateOneOnOneFormViewerFragment = graphql(`
  fragment CreateOneOnOneForm_viewer on User {
    id
    name
    timezone
  }
`);

export const CreateOneOnOneFormPersonFragment = graphql(`
  fragment CreateOneOnOneForm_person on User {
    id
    name
    title
  }
`);

const CreateOneOnOneMutation = graphql(`
  mutation CreateOneOnOne($input: CreateOneOnOneInput!) {
    createOneOnOne(input: $input) {
      oneOnOne {
        id
      }
      errors {
        field
        message
        code
      }
    }
  }
`);

const FIELDS = ['participantId', 'title', 'startsAt', 'durationMinutes', 'timezone', 'frequency', 'templateId', 'sendInvitations'];

/** Tomorrow at 10:00 in the viewer's zone: a sensible first meeting to start from. */
function initialSchedule(timeZone: string): ScheduleDraft {
  const today = instantToZoned(new Date(), timeZone).date;
  return { date: addDays(today, 1), time: '10:00', timeZone, duration: '30', customDuration: '', frequency: 'WEEKLY' };
}

/** Starts a 1:1 with someone: who, title, first meeting, length, rhythm and template. */
export function CreateOneOnOneForm({
  viewer,
  person,
  templates,
  onCreated,
}: {
  viewer: FragmentType<typeof CreateOneOnOneFormViewerFragment>;
  /** Someone chosen already (from their person page). */
  person: FragmentType<typeof CreateOneOnOneFormPersonFragment> | null;
  templates: readonly FragmentType<typeof TemplatePickerFragment>[];
  onCreated: (oneOnOneId: string) => void;
}) {
  const me = getFragmentData(CreateOneOnOneFormViewerFragment, viewer);
  const preset = getFragmentData(CreateOneOnOneFormPersonFragment, person);
  const presetPerson = preset && preset.id !== me.id ? { id: preset.id, name: preset.name, title: preset.title } : null;
  const [other, setOther] = useState<PickedPerson | null>(presetPerson);
  const [title, setTitle] = useState(presetPerson ? defaultTitle(me.name, presetPerson.name) : '');
  const [titleEdited, setTitleEdited] = useState(false);
  const [schedule, setSchedule] = useState<ScheduleDraft>(() => initialSchedule(me.timezone));
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [sendInvitations, setSendInvitations] = useState(true);
  const [errors, setErrors] = useState<Errors>(noFormErrors);
  const [{ fetching }, create] = useMutation(CreateOneOnOneMutation);
  const read = readSchedule(schedule);

  function choosePerson(person: PickedPerson | null) {
    setOther(person);
    if (!titleEdited) setTitle(person ? defaultTitle(me.name, person.name) : '');
  }

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const local: { field: string; message: string }[] = [];
    if (!other) local.push({ field: 'participantId', message: 'Choose the person to meet.' });
    if (!title.trim()) local.push({ field: 'title', message: 'Give the 1:1 a title.' });
    if (!read.startsAt) local.push({ field: 'startsAt', message: 'Choose a date and a start time.' });
    if (!read.duration.ok) local.push({ field: 'durationMinutes', message: read.duration.message });
    if (local.length || !other || !read.startsAt || !read.duration.ok) {
      setErrors(toFormErrors(local, FIELDS));
      return;
    }
    setErrors(noFormErrors);
    const result = await create(
      {
        input: {
          participantId: other.id,
          title: title.trim(),
          startsAt: read.startsAt,
          durationMinutes: read.duration.minutes,
          timezone: schedule.timeZone,
          frequency: schedule.frequency,
          templateId,
          sendInvitations,
        },
      },
      { additionalTypenames: ['OneOnOne', 'Meeting'] },
    );
    if (result.error) {
      setErrors({ fields: {}, form: [describeError(result.error)] });
      return;
    }
    const payload = result.data?.createOneOnOne;
    if (!payload) return;
    const payloadErrors = toFormErrors(payload.errors, FIELDS);
    if (hasFormErrors(payloadErrors)) {
      setErrors(payloadErrors);
      return;
    }
    if (payload.oneOnOne) onCreated(payload.oneOnOne.id);
  }

  return (
    <form className="form oneonone-form" onSubmit={(event) => void submit(event)} noValidate aria-label="New 1:1">
      <FormErrors messages={errors.form} />
      <div className="oneonone-form__grid">
        <div className="oneonone-form__fields">
          <PersonPicker
            label="With"
            hint="Anyone in your organisation."
            value={other}
            onChange={choosePerson}
            excludeIds={[me.id]}
            error={errors.fields.participantId}
          />
          <TextField
            label="Title"
            value={title}
            maxLength={200}
            onChange={(event) => {
              setTitle(event.target.value);
              setTitleEdited(true);
            }}
            error={errors.fields.title}
          />
          <ScheduleFields
            value={schedule}
            onChange={(patch) => setSchedule((current) => ({ ...current, ...patch }))}
            errors={errors.fields}
            dateLabel="First meeting"
          />
        </div>
        <aside className="oneonone-form__aside">
          <SchedulePreview
            startsAt={read.startsAt}
            timeZone={schedule.timeZone}
            frequency={schedule.frequency}
            viewerTimeZone={me.timezone}
          />
        </aside>
      </div>
      <TemplatePicker templates={templates} value={templateId} onChange={setTemplateId} error={errors.fields.templateId} />
      <CheckboxField
        label="Email calendar invitations to both of us"
        hint={
          sendInvitations
            ? 'You and the other person each get an invitation to add the meetings to your calendars.'
            : 'No invitation emails: Tandem tells the other person in the app only.'
        }
        checked={sendInvitations}
        onChange={(event) => setSendInvitations(event.target.checked)}
        error={errors.fields.sendInvitations}
      />
      <div className="form__actions">
        <Button type="submit" variant="primary" busy={fetching}>
          Create 1:1
        </Button>
      </div>
    </form>
  );
}
