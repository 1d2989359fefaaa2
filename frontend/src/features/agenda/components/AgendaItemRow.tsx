import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { AgendaItem } from '../utils/document';
import { TOPICS, isTopic } from '../utils/topics';
import { AgendaItemText } from './AgendaItemText';
import { CarriedMarks } from './CarriedMark';

export interface AgendaItemActions {
  setDone: (id: string, done: boolean) => void;
  setTopic: (id: string, topic: string | null) => void;
  /** This person started (id) or stopped (null) working on a talking point. */
  focus: (id: string | null) => void;
  remove: (id: string) => void;
  move: (id: string, direction: 'up' | 'down') => void;
}

/** Someone else editing a talking point (presence). */
export interface EditingMarker {
  name: string;
  /** One of the avatar hues (0–5). */
  hue: number;
}

/** One talking point: drag handle, done checkbox, shared text, topic, move and remove buttons. */
export function AgendaItemRow({
  item,
  position,
  canMoveUp,
  canMoveDown,
  actions,
  editing,
}: {
  item: AgendaItem;
  position: number;
  canMoveUp: boolean;
  canMoveDown: boolean;
  actions: AgendaItemActions;
  editing: readonly EditingMarker[];
}) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: item.id });
  const style = { transform: CSS.Translate.toString(transform), transition };
  const name = item.text.trim() || `Talking point ${position}`;
  const topic = isTopic(item.topic) ? item.topic : null;
  const editedBy = editing[0];
  const classes = [
    'agenda-item',
    item.done ? 'agenda-item--done' : '',
    isDragging ? 'agenda-item--dragging' : '',
    // Outlined in the colour of (the first of) whoever else is editing it.
    editedBy ? `agenda-item--edited agenda-item--hue-${editedBy.hue}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <li
      ref={setNodeRef}
      style={style}
      onFocus={() => actions.focus(item.id)}
      onBlur={(event) => {
        if (!(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget))) actions.focus(null);
      }}
      className={classes}
    >
      <button
        type="button"
        ref={setActivatorNodeRef}
        className="agenda-handle"
        {...attributes}
        {...listeners}
        aria-label={`Drag to reorder: ${name}`}
        title="Drag to reorder"
      >
        <span aria-hidden="true">⠿</span>
      </button>
      <input
        type="checkbox"
        className="checkbox agenda-item__done"
        checked={item.done}
        aria-label={`Done: ${name}`}
        onChange={(event) => actions.setDone(item.id, event.target.checked)}
      />
      <div className="agenda-item__field">
        <AgendaItemText yText={item.yText} label={`Talking point ${position}`} />
        {editing.map((marker) => (
          <span key={marker.name} className={`agenda-editing agenda-editing--hue-${marker.hue}`}>
            {marker.name} is editing
          </span>
        ))}
        <CarriedMarks from={item.carriedFrom} to={item.carriedTo} />
      </div>
      <select
        className={topic ? `agenda-topic agenda-topic--set agenda-topic--${topic.toLowerCase().replaceAll('_', '-')}` : 'agenda-topic'}
        aria-label={`Topic: ${name}`}
        value={topic ?? ''}
        onChange={(event) => actions.setTopic(item.id, event.target.value || null)}
      >
        <option value="">Topic</option>
        {TOPICS.map((t) => (
          <option key={t.value} value={t.value}>
            {t.label}
          </option>
        ))}
      </select>
      <div className="agenda-item__actions">
        <button
          type="button"
          className="agenda-icon-button"
          id={`agenda-up-${item.id}`}
          aria-label={`Move up: ${name}`}
          title="Move up"
          disabled={!canMoveUp}
          onClick={() => actions.move(item.id, 'up')}
        >
          <span aria-hidden="true">↑</span>
        </button>
        <button
          type="button"
          className="agenda-icon-button"
          id={`agenda-down-${item.id}`}
          aria-label={`Move down: ${name}`}
          title="Move down"
          disabled={!canMoveDown}
          onClick={() => actions.move(item.id, 'down')}
        >
          <span aria-hidden="true">↓</span>
        </button>
        <button
          type="button"
          className="agenda-icon-button agenda-icon-button--danger"
          aria-label={`Delete: ${name}`}
          title="Delete"
          onClick={() => actions.remove(item.id)}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
    </li>
  );
}
