import { useId, useState, type SubmitEvent } from 'react';
import { Button } from '../../../ui/Button';
import { LockIcon } from './LockIcon';

/** "Add talking point" for one section (or the end of the agenda). */
export function AddTalkingPointForm({
  label,
  placeholder = 'Add talking point',
  onAdd,
  onAddPrivately,
}: {
  label: string;
  placeholder?: string;
  onAdd: (text: string) => void;
  /** Adds it as a private talking point (seen by its author alone). */
  onAddPrivately?: (text: string) => void;
}) {
  const [text, setText] = useState('');
  const [privately, setPrivately] = useState(false);
  const id = useId();

  function submit(event: SubmitEvent) {
    event.preventDefault();
    const trimmed = text.trim();
    if (!trimmed) return;
    if (privately && onAddPrivately) onAddPrivately(trimmed);
    else onAdd(trimmed);
    setText('');
  }

  return (
    <form className="agenda-add" onSubmit={submit} aria-label={label}>
      <label className="visually-hidden" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="input agenda-add__input"
        placeholder={placeholder}
        maxLength={2000}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <Button type="submit" size="sm" variant={text.trim() ? 'primary' : 'ghost'} disabled={!text.trim()}>
        Add
      </Button>
      {onAddPrivately ? (
        <label className="agenda-add__private" title="Only you will see it, until you share it">
          <input type="checkbox" className="checkbox" checked={privately} onChange={(event) => setPrivately(event.target.checked)} />
          <LockIcon />
          <span>Add privately</span>
        </label>
      ) : null}
    </form>
  );
}
