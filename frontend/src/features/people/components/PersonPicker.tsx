import { useState } from 'react';
import { Combobox, type ComboboxOption } from '../../../ui/Combobox';
import { usePeopleSearch } from '../hooks/usePeopleSearch';

export interface PickedPerson {
  id: string;
  name: string;
  title?: string;
}

/** Search-and-pick one person (e.g. a manager). `excludeIds` keeps someone out of the options. */
export function PersonPicker({
  label,
  hint,
  error,
  value,
  onChange,
  excludeIds = [],
}: {
  label: string;
  hint?: string;
  error?: string | undefined;
  value: PickedPerson | null;
  onChange: (person: PickedPerson | null) => void;
  excludeIds?: readonly string[];
}) {
  const [query, setQuery] = useState('');
  const { people, fetching, error: searchFailed } = usePeopleSearch(query);
  const options: ComboboxOption[] = people
    .filter((person) => !excludeIds.includes(person.id))
    .map((person) => ({ id: person.id, label: person.name, description: person.title || person.email }));
  const selected: ComboboxOption | null = value
    ? { id: value.id, label: value.name, ...(value.title ? { description: value.title } : {}) }
    : null;
  return (
    <Combobox
      label={label}
      hint={hint}
      error={error ?? (searchFailed ? 'Searching people failed. Try again.' : undefined)}
      placeholder={value ? 'Search to pick someone else' : 'Search by name or email'}
      query={query}
      onQueryChange={setQuery}
      options={options}
      loading={fetching && query.trim().length > 0}
      emptyText="No one matches"
      selected={selected}
      onSelect={(option) =>
        onChange(option ? { id: option.id, name: option.label, ...(option.description ? { title: option.description } : {}) } : null)
      }
      clearLabel="Remove"
    />
  );
}
