import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { insertMention, matchingPeople, mentionAt, type MentionCandidate, type MentionQuery } from '../utils/mentions';

/**
 * A comment box that offers the other participant's name after "@" (the WAI-ARIA combobox pattern
 * on a multi-line field): arrows move, Enter or Tab picks, Escape closes; "@First Last" is inserted.
 */
export function MentionTextarea({
  label,
  value,
  onChange,
  people,
  placeholder,
  autoFocus,
  onSubmitShortcut,
  rows = 2,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Who may be mentioned (the other participant). */
  people: readonly MentionCandidate[];
  placeholder?: string;
  autoFocus?: boolean;
  /** Ctrl/Cmd+Enter. */
  onSubmitShortcut?: () => void;
  rows?: number;
}) {
  const id = useId();
  const listId = `${id}-mentions`;
  const field = useRef<HTMLTextAreaElement>(null);
  const [mention, setMention] = useState<MentionQuery | null>(null);
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const [active, setActive] = useState(0);
  const options = mention ? matchingPeople(people, mention.query) : [];
  const open = mention !== null && mention.start !== dismissedAt && options.length > 0;
  const activeOption = open ? options[Math.min(active, options.length - 1)] : undefined;

  function track(text: string, caret: number) {
    const next = mentionAt(text, caret);
    if (next?.start !== mention?.start) setActive(0);
    setMention(next);
  }

  function pick(person: MentionCandidate) {
    const element = field.current;
    if (!mention || !element) return;
    const caret = element.selectionStart;
    const next = insertMention(value, mention, caret, person.name);
    onChange(next.text);
    setMention(null);
    requestAnimationFrame(() => {
      element.focus();
      element.setSelectionRange(next.caret, next.caret);
    });
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && onSubmitShortcut) {
      event.preventDefault();
      onSubmitShortcut();
      return;
    }
    if (!open) return;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setActive((index) => (index + 1) % options.length);
        break;
      case 'ArrowUp':
        event.preventDefault();
        setActive((index) => (index - 1 + options.length) % options.length);
        break;
      case 'Enter':
      case 'Tab':
        if (activeOption) {
          event.preventDefault();
          pick(activeOption);
        }
        break;
      case 'Escape':
        event.preventDefault();
        event.stopPropagation();
        setDismissedAt(mention.start);
        break;
    }
  }

  return (
    <div className="field mention-field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <div className="combobox__control">
        <textarea
          ref={field}
          id={id}
          className="input textarea"
          role="combobox"
          aria-multiline="true"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={activeOption ? `${listId}-${activeOption.id}` : undefined}
          aria-describedby={`${id}-hint`}
          rows={rows}
          value={value}
          placeholder={placeholder}
          autoFocus={autoFocus}
          onChange={(event) => {
            onChange(event.target.value);
            track(event.target.value, event.target.selectionStart);
          }}
          onSelect={(event) => track(event.currentTarget.value, event.currentTarget.selectionStart)}
          onKeyDown={onKeyDown}
          onBlur={() => setMention(null)}
        />
        <ul className="combobox__list" id={listId} role="listbox" aria-label="People to mention" hidden={!open}>
          {open
            ? options.map((person, index) => (
                <li
                  key={person.id}
                  id={`${listId}-${person.id}`}
                  role="option"
                  aria-selected={person === activeOption}
                  className={`combobox__option${person === activeOption ? ' combobox__option--active' : ''}`}
                  onMouseDown={(event) => {
                    event.preventDefault();
                    pick(person);
                  }}
                  onMouseEnter={() => setActive(index)}
                >
                  {person.name}
                </li>
              ))
            : null}
        </ul>
      </div>
      <p className="field__hint" id={`${id}-hint`}>
        Type @ to mention {people.length === 1 ? people[0]?.name : 'someone'}; they are notified.
      </p>
    </div>
  );
}
