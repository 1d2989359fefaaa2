import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Spinner } from './Status';

export interface ComboboxOption {
  id: string;
  label: string;
  description?: string;
}

export interface ComboboxProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  placeholder?: string;
  /** What the person typed. */
  query: string;
  onQueryChange: (query: string) => void;
  options: readonly ComboboxOption[];
  loading?: boolean;
  /** Shown in the list when the search found nothing. */
  emptyText?: string;
  selected: ComboboxOption | null;
  onSelect: (option: ComboboxOption | null) => void;
  clearLabel?: string;
}

/**
 * A search-as-you-type picker following the WAI-ARIA combobox pattern: arrows move through the
 * options, Enter picks, Escape closes the list; the chosen option shows below with a way to clear it.
 */
export function Combobox({
  label,
  hint,
  error,
  placeholder,
  query,
  onQueryChange,
  options,
  loading = false,
  emptyText = 'No matches',
  selected,
  onSelect,
  clearLabel = 'Clear',
}: ComboboxProps) {
  const id = useId();
  const listId = `${id}-list`;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const showList = open && query.trim().length > 0;
  const activeOption = showList ? options[active] : undefined;

  function pick(option: ComboboxOption) {
    onSelect(option);
    onQueryChange('');
    setOpen(false);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setOpen(true);
        setActive((index) => (options.length ? (index + 1) % options.length : 0));
        break;
      case 'ArrowUp':
        event.preventDefault();
        setOpen(true);
        setActive((index) => (options.length ? (index - 1 + options.length) % options.length : 0));
        break;
      case 'Enter':
        if (showList && activeOption) {
          event.preventDefault();
          pick(activeOption);
        }
        break;
      case 'Escape':
        if (showList) {
          event.preventDefault();
          setOpen(false);
        }
        break;
    }
  }

  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : '', selected ? `${id}-selected` : '']
    .filter(Boolean)
    .join(' ');

  return (
    <div className={`field combobox${error ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {selected ? (
        <div className="combobox__selected" id={`${id}-selected`}>
          <span>
            <strong>{selected.label}</strong>
            {selected.description ? <span className="muted"> · {selected.description}</span> : null}
          </span>
          <button
            type="button"
            className="btn btn--ghost btn--sm"
            onClick={() => onSelect(null)}
            aria-label={`${clearLabel}: ${selected.label}`}
          >
            <span>{clearLabel}</span>
          </button>
        </div>
      ) : null}
      <div className="combobox__control">
        <input
          id={id}
          className="input"
          role="combobox"
          type="search"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={showList}
          aria-controls={listId}
          aria-activedescendant={activeOption ? `${id}-opt-${activeOption.id}` : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          placeholder={placeholder}
          value={query}
          onChange={(event) => {
            onQueryChange(event.target.value);
            setActive(0);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          onFocus={() => setOpen(true)}
        />
        {loading ? (
          <span className="combobox__spinner">
            <Spinner size="sm" />
          </span>
        ) : null}
        <ul className="combobox__list" id={listId} role="listbox" hidden={!showList}>
          {showList && !loading && options.length === 0 ? (
            <li className="combobox__empty" role="presentation">
              {emptyText}
            </li>
          ) : null}
          {options.map((option, index) => (
            <li
              key={option.id}
              id={`${id}-opt-${option.id}`}
              role="option"
              aria-selected={index === active}
              className={`combobox__option${index === active ? ' combobox__option--active' : ''}`}
              // mousedown, not click: it runs before the input's blur closes the list.
              onMouseDown={(event) => {
                event.preventDefault();
                pick(option);
              }}
              onMouseEnter={() => setActive(index)}
            >
              <span>{option.label}</span>
              {option.description ? <span className="muted"> {option.description}</span> : null}
            </li>
          ))}
        </ul>
      </div>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
