import { useId, useState, type SubmitEvent } from 'react';
import { useMutation } from 'urql';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import type { UpdateScope } from '../../../gql/graphql';
import { formatDay, formatTimeOfDay } from '../../../lib/dates';
import { describeError, hasFormErrors, noFormErrors, toFormErrors, type FormErrors as Errors } from '../../../lib/errors';
import { instantToZoned } from '../../../lib/zonedTime';
import { Button } from '../../../ui/Button';
import { FormErrors, SelectField, TextField } from '../../../ui/Field';
import { EmptyState } from '../../../ui/Status';
import { durationChoice } from '../utils/duration';
import { readSchedule, type ScheduleDraft } from '../utils/scheduleDraft';
import { ScheduleFields } from './ScheduleFields';
import { SchedulePreview } from './SchedulePreview';
import { TemplatePicker, type TemplatePickerFragment } from './TemplatePicker';

export const EditOneOnOneFormFragment = graphql(`
  fragment EditOneOnOneForm_oneOnOne on OneOnOne {
    id
    title
    frequency
    timezone
    durationMinutes
    template {
      id
    }
    editableMeetings: meetings(status: UPCOMING, first: 50) {
      edges {
        node {
          id
          startsAt
          scheduledStart
          isRescheduled
        }
      }
    }
  }
`);

const UpdateOneOnOneMutation = graphql(`
  mutation UpdateOneOnOne($input: UpdateOneOnOneInput!) {
    updateOneOnOne(input: $input) {
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

const FIELDS = ['fromMeetingId', 'scope', 'title', 'startsAt', 'durationMinutes', 'timezone', 'frequency', 'templateId'];

interface MeetingOption {
  id: string;
  startsAt: string;
  scheduledStart: string;
}

function scheduleFrom(meeting: MeetingOption | undefined, series: { timezone: string; durationMinutes: number }, frequency: ScheduleDraft['frequency']): ScheduleDraft {
  const zoned = meeting ? instantToZoned(new Date(meeting.scheduledStart), series.timezone) : { date: '', time: '' };
  const duration = durationChoice(series.durationMinutes);
  return {
    ...zoned,
    timeZone: series.timezone,
    duration,
    customDuration: duration === 'custom' ? String(series.durationMinutes) : '',
    frequency,
  };
}

/** The first meeting an edit changes: the chosen one, or the one after it. */
function firstChanged(meetings: readonly MeetingOption[], fromId: string, scope: UpdateScope): MeetingOption | undefined {
  const index = meetings.findIndex((m) => m.id === fromId);
  if (index === -1) return undefined;
  return scope === 'FOLLOWING' ? (meetings[index + 1] ?? meetings[index]) : meetings[index];
}

/** Changes a series from one of its upcoming meetings on; only what was changed is sent. */
export function EditOneOnOneForm({
  oneOnOne,
  templates,
  viewerTimeZone,
  fromMeetingId,
  onSaved,
}: {
  oneOnOne: FragmentType<typeof EditOneOnOneFormFragment>;
  templates: readonly FragmentType<typeof TemplatePickerFragment>[];
  viewerTimeZone: string;
  fromMeetingId: string | null;
  onSaved: () => void;
}) {
  const series = getFragmentData(EditOneOnOneFormFragment, oneOnOne);
  const meetings = series.editableMeetings.edges.map((edge) => edge.node);
  const firstId = meetings.find((m) => m.id === fromMeetingId)?.id ?? meetings[0]?.id ?? '';
  const [fromId, setFromId] = useState(firstId);
  const [scope, setScope] = useState<UpdateScope>('CURRENT_AND_FOLLOWING');
  const [title, setTitle] = useState(series.title);
  const [initial, setInitial] = useState(() => scheduleFrom(firstChanged(meetings, firstId, 'CURRENT_AND_FOLLOWING'), series, series.frequency));
  const [schedule, setSchedule] = useState(initial);
  const [templateId, setTemplateId] = useState<string | null>(series.template?.id ?? null);
  const [errors, setErrors] = useState<Errors>(noFormErrors);
  const [{ fetching }, update] = useMutation(UpdateOneOnOneMutation);
  const scopeId = useId();
  const read = readSchedule(schedule);
  const now = new Date();

  if (meetings.length === 0) {
    return (
      <EmptyState title="No upcoming meetings to change">
        <p>Changes to a series start from one of its upcoming meetings.</p>
      </EmptyState>
    );
  }

  // The date and time fields show the first meeting that changes; they follow the choice of
  // meeting and scope unless they were changed by hand.
  function retarget(id: string, nextScope: UpdateScope) {
    setFromId(id);
    setScope(nextScope);
    const next = scheduleFrom(firstChanged(meetings, id, nextScope), series, schedule.frequency);
    if (schedule.date === initial.date && schedule.time === initial.time && schedule.timeZone === initial.timeZone) {
      setSchedule((current) => ({ ...current, date: next.date, time: next.time }));
    }
    setInitial((current) => ({ ...current, date: next.date, time: next.time }));
  }

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const local: { field: string; message: string }[] = [];
    if (!title.trim()) local.push({ field: 'title', message: 'Give the 1:1 a title.' });
    if (!read.startsAt) local.push({ field: 'startsAt', message: 'Choose a date and a start time.' });
    if (!read.duration.ok) local.push({ field: 'durationMinutes', message: read.duration.message });
    if (local.length || !read.startsAt || !read.duration.ok) {
      setErrors(toFormErrors(local, FIELDS));
      return;
    }
    const timeChanged =
      schedule.date !== initial.date || schedule.time !== initial.time || schedule.timeZone !== initial.timeZone;
    const templateChanged = templateId !== (series.template?.id ?? null);
    const input = {
      oneOnOneId: series.id,
      fromMeetingId: fromId,
      scope,
      ...(title.trim() !== series.title ? { title: title.trim() } : {}),
      ...(timeChanged ? { startsAt: read.startsAt } : {}),
      ...(schedule.timeZone !== series.timezone ? { timezone: schedule.timeZone } : {}),
      ...(read.duration.minutes !== series.durationMinutes ? { durationMinutes: read.duration.minutes } : {}),
      ...(schedule.frequency !== series.frequency ? { frequency: schedule.frequency } : {}),
      ...(templateChanged ? (templateId ? { templateId } : { clearTemplate: true }) : {}),
    };
    if (Object.keys(input).length === 3) {
      setErrors({ fields: {}, form: ['Nothing has changed yet.'] });
      return;
    }
    setErrors(noFormErrors);
    const result = await update({ input }, { additionalTypenames: ['Meeting'] });
    if (result.error) {
      setErrors({ fields: {}, form: [describeError(result.error)] });
      return;
    }
    const payload = result.data?.updateOneOnOne;
    if (!payload) return;
    const payloadErrors = toFormErrors(payload.errors, FIELDS);
    if (hasFormErrors(payloadErrors)) {
      setErrors(payloadErrors);
      return;
    }
    onSaved();
  }

  return (
    <form className="form oneonone-form" onSubmit={(event) => void submit(event)} noValidate aria-label="Edit series">
      <FormErrors messages={errors.form} />
      <div className="apply-from">
        <SelectField
          label="Starting from"
          value={fromId}
          onChange={(event) => retarget(event.target.value, scope)}
          error={errors.fields.fromMeetingId}
          hint="Meetings before this one keep their time, title and template."
        >
          {meetings.map((meeting, index) => (
            <option key={meeting.id} value={meeting.id}>
              {formatDay(meeting.startsAt, now, viewerTimeZone)} · {formatTimeOfDay(meeting.startsAt, viewerTimeZone)}
              {index === 0 ? ' (next meeting)' : ''}
              {meeting.isRescheduled ? ' (rescheduled)' : ''}
            </option>
          ))}
        </SelectField>
        <fieldset className="field fieldset" aria-describedby={`${scopeId}-hint`}>
          <legend className="field__label">Apply to</legend>
          <div className="radio-row">
            <label className="radio">
              <input
                type="radio"
                name={`${scopeId}-scope`}
                checked={scope === 'CURRENT_AND_FOLLOWING'}
                onChange={() => retarget(fromId, 'CURRENT_AND_FOLLOWING')}
              />
              This and following meetings
            </label>
            <label className="radio">
              <input type="radio" name={`${scopeId}-scope`} checked={scope === 'FOLLOWING'} onChange={() => retarget(fromId, 'FOLLOWING')} />
              Only following meetings
            </label>
          </div>
          <p className="field__hint" id={`${scopeId}-hint`}>
            Rescheduled meetings keep their own time. Nothing written in a meeting is lost.
          </p>
          {errors.fields.scope ? <p className="field__error">{errors.fields.scope}</p> : null}
        </fieldset>
      </div>
      <div className="oneonone-form__grid">
        <div className="oneonone-form__fields">
          <TextField label="Title" value={title} maxLength={200} onChange={(event) => setTitle(event.target.value)} error={errors.fields.title} />
          <ScheduleFields
            value={schedule}
            onChange={(patch) => setSchedule((current) => ({ ...current, ...patch }))}
            errors={errors.fields}
            dateLabel="Date of the first changed meeting"
          />
        </div>
        <aside className="oneonone-form__aside">
          <SchedulePreview startsAt={read.startsAt} timeZone={schedule.timeZone} frequency={schedule.frequency} viewerTimeZone={viewerTimeZone} />
        </aside>
      </div>
      <TemplatePicker templates={templates} value={templateId} onChange={setTemplateId} error={errors.fields.templateId} />
      <div className="form__actions">
        <Button type="submit" variant="primary" busy={fetching}>
          Save changes
        </Button>
      </div>
    </form>
  );
}
