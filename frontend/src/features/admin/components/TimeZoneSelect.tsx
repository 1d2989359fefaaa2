import { useMemo } from 'react';
import { listTimeZones } from '../../../lib/dates';
import { SelectField } from '../../../ui/Field';

export function TimeZoneSelect({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (timeZone: string) => void;
  error?: string | undefined;
}) {
  const zones = useMemo(() => {
    const all = listTimeZones();
    return all.includes(value) ? all : [value, ...all];
  }, [value]);
  return (
    <SelectField label="Time zone" value={value} onChange={(event) => onChange(event.target.value)} error={error}>
      {zones.map((zone) => (
        <option key={zone} value={zone}>
          {zone.replaceAll('_', ' ')}
        </option>
      ))}
    </SelectField>
  );
}
