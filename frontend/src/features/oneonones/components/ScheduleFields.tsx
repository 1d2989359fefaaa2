import { formatTimeOfDay } from '../../../lib/dates';
import { SelectField, TextField } from '../../../ui/Field';
import { TimeZoneSelect } from '../../admin/components/TimeZoneSelect';
import { DURATION_CHOICES, MAX_DURATION, MIN_DURATION } from '../utils/duration';
import { FREQUENCIES, formatDuration, frequencyOptionLabel } from '../utils/frequency';
import { readSchedule, type ScheduleDraft } from '../utils/scheduleDraft';
import type { Frequency } from '../../../gql/graphql';

export interface ScheduleErrors {
  startsAt?: string | undefined;
  timezone?: string | undefined;
  durationMinutes?: string | undefined;
  frequency?: string | undefined;
}

/**
 * Date, start time, time zone, length and rhythm of a 1:1. The date and time are read in the chosen
 * zone; a time the clocks skip or pass twice that day is explained under the time.
 */
export function ScheduleFields({
  value,
  onChange,
  errors,
  dateLabel = 'Date',
}: {
  value: ScheduleDraft;
  onChange: (patch: Partial<ScheduleDraft>) => void;
  errors: ScheduleErrors;
  dateLabel?: string;
}) {
  const { startsAt, match } = readSchedule(value);
  const zone = value.timeZone.replaceAll('_', ' ');
  const timeHint =
    match === 'gap' && startsAt
      ? `The clocks skip this time that day in ${zone}; it will start at ${formatTimeOfDay(startsAt, value.timeZone)}.`
      : match === 'fold'
        ? `This time happens twice that day in ${zone} (the clocks go back); the first one is used.`
        : undefined;
  return (
    <div className="schedule-fields">
      <TextField
        label={dateLabel}
        type="date"
        value={value.date}
        required
        onChange={(event) => onChange({ date: event.target.value })}
        error={errors.startsAt}
      />
      <TextField
        label="Start time"
        type="time"
        value={value.time}
        required
        onChange={(event) => onChange({ time: event.target.value })}
        hint={timeHint}
      />
      <TimeZoneSelect value={value.timeZone} onChange={(timeZone) => onChange({ timeZone })} error={errors.timezone} />
      <div className="schedule-fields__duration">
        <SelectField
          label="Duration"
          value={value.duration}
          onChange={(event) => onChange({ duration: event.target.value })}
          error={value.duration === 'custom' ? undefined : errors.durationMinutes}
        >
          {DURATION_CHOICES.map((minutes) => (
            <option key={minutes} value={String(minutes)}>
              {formatDuration(minutes)}
            </option>
          ))}
          <option value="custom">Custom…</option>
        </SelectField>
        {value.duration === 'custom' ? (
          <TextField
            label="Minutes"
            type="number"
            inputMode="numeric"
            min={MIN_DURATION}
            max={MAX_DURATION}
            value={value.customDuration}
            onChange={(event) => onChange({ customDuration: event.target.value })}
            error={errors.durationMinutes}
            hint={`${MIN_DURATION}–${MAX_DURATION}`}
          />
        ) : null}
      </div>
      <SelectField
        label="Repeats"
        value={value.frequency}
        onChange={(event) => onChange({ frequency: event.target.value as Frequency })}
        error={errors.frequency}
      >
        {FREQUENCIES.map((frequency) => (
          <option key={frequency} value={frequency}>
            {frequencyOptionLabel(frequency)}
          </option>
        ))}
      </SelectField>
    </div>
  );
}
